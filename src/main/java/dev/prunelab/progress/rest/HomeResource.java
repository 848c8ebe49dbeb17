package dev.prunelab.progress.rest;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.progress.WelcomeService;
import dev.prunelab.web.AnonymousPage;
import dev.prunelab.web.AnonymousPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The home page: the question, the plan (learn, lab, practise, mock interview) with time estimates and a lab chart;
 * for a returning learner also where to continue and the cards due. A first-time visitor (no account, no guest
 * progress) gets the same page as every other, rendered once per catalog.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(QuestionCard card, Plan plan, Optional<WelcomeService.Welcome> welcome);
    }

    /**
     * The four steps' sizes, for the time estimates.
     *
     * @param readingMinutes the reading time of every lesson together
     * @param answerMinutes  the length of a spoken answer to the question
     */
    public record Plan(int lessons, int readingMinutes, int presets, int answerMinutes) {

        static Plan of(ContentCatalog catalog, QuestionCard card) {
            return new Plan(
                    catalog.lessons().size(),
                    catalog.lessons().stream().mapToInt(Lesson::minutes).sum(),
                    catalog.presets().size(),
                    card.minutes());
        }

        /** The reading time rounded to the half hour: "about 4½ hours". */
        public String readingTime() {
            int halfHours = Math.max(1, Math.round(readingMinutes / 30f));
            String hours = halfHours / 2 + (halfHours % 2 == 1 ? "½" : "");
            return "about " + (halfHours < 2 ? "½" : hours) + (halfHours <= 2 ? " hour" : " hours");
        }
    }

    private final ContentService content;
    private final WelcomeService welcomes;
    private final CurrentLearner learner;

    public HomeResource(ContentService content, WelcomeService welcomes, CurrentLearner learner) {
        this.content = content;
        this.welcomes = welcomes;
        this.learner = learner;
    }

    @GET
    @AnonymousPage(capacity = 1)
    public TemplateInstance home() {
        ContentCatalog catalog = content.catalog();
        QuestionCard card = catalog.featuredQuestion()
                .orElseThrow(() -> new NotFoundException("No question card is published yet."));
        Plan plan = Plan.of(catalog, card);
        if (!learner.signedIn() && learner.guestToken().isEmpty()) {
            return Templates.home(card, plan, Optional.empty());
        }
        return AnonymousPages.personal(Templates.home(card, plan, welcomes.welcome()));
    }
}
