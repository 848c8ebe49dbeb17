package dev.prunelab.content.rest;

import dev.prunelab.content.ClosestLessons;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.LessonProgress;
import dev.prunelab.content.LessonState;
import dev.prunelab.content.LessonViewed;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.search.SearchResults;
import dev.prunelab.web.AnonymousPage;
import dev.prunelab.web.AnonymousPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The reading pages: question cards, the learning path, lessons and search. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LearnResource {

    /** Results (lessons, questions, presets) on one page of search results. */
    static final int RESULTS_PER_PAGE = 20;

    static final int MAX_QUERY_LENGTH = 200;
    /** Distinct search pages kept for anonymous visitors (the queries come from visitors, so the cache is bounded). */
    static final int CACHED_SEARCHES = 512;
    /** Reading pages kept for anonymous visitors: one per lesson or card, with room to spare. */
    static final int CACHED_PAGES = 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(QuestionCard card, ContentCatalog catalog);

        static native TemplateInstance path(
                List<TrackLessons> tracks, ContentCatalog catalog, Map<String, LessonState> states);

        static native TemplateInstance lesson(
                Lesson lesson,
                ContentCatalog catalog,
                Optional<Lesson> previous,
                Optional<Lesson> next,
                boolean completed);

        static native TemplateInstance lesson$completion(Lesson lesson, Optional<Lesson> next, boolean completed);

        static native TemplateInstance search(String query, SearchResults results, String notice);

        static native TemplateInstance missingLesson(String id, List<Lesson> suggestions, String query);
    }

    /** Where the lesson page confirms that the lesson is complete. */
    static final String COMPLETION_ANCHOR = "lesson-completion";

    /** Lessons suggested on the page for a lesson id that names none. */
    static final int SUGGESTIONS = 3;

    /** One part of the learning path and its lessons in order. */
    public record TrackLessons(Lesson.Track track, List<Lesson> lessons) {}

    private final ContentService content;
    private final Event<LessonViewed> lessonViewed;
    private final LessonProgress progress;

    public LearnResource(ContentService content, Event<LessonViewed> lessonViewed, LessonProgress progress) {
        this.content = content;
        this.lessonViewed = lessonViewed;
        this.progress = progress;
    }

    @GET
    @Path("questions/{id}")
    @AnonymousPage(capacity = CACHED_PAGES)
    public TemplateInstance question(@PathParam("id") String id) {
        ContentCatalog catalog = content.catalog();
        QuestionCard card = catalog.question(id)
                .orElseThrow(() -> new NotFoundException("There is no question card '" + abbreviate(id) + "'."));
        return Templates.question(card, catalog);
    }

    /** The learning path; a visitor with progress sees each lesson's state and the lesson to study next. */
    @GET
    @Path("learn")
    @AnonymousPage(capacity = CACHED_PAGES)
    public TemplateInstance learningPath() {
        ContentCatalog catalog = content.catalog();
        List<TrackLessons> tracks = Arrays.stream(Lesson.Track.values())
                .map(track -> new TrackLessons(track, catalog.lessons(track)))
                .filter(t -> !t.lessons().isEmpty())
                .toList();
        Optional<Map<String, LessonState>> states = progress.ofCurrentVisitor();
        if (states.isPresent()) {
            return AnonymousPages.personal(Templates.path(tracks, catalog, states.get()));
        }
        return Templates.path(tracks, catalog, Map.of());
    }

    @GET
    @Path("learn/{id}")
    @AnonymousPage(capacity = CACHED_PAGES)
    public TemplateInstance lesson(@PathParam("id") String id) {
        ContentCatalog catalog = content.catalog();
        Optional<Lesson> found = catalog.lesson(id);
        if (found.isEmpty()) {
            throw missingLesson(catalog, abbreviate(id));
        }
        Lesson lesson = found.get();
        lessonViewed.fire(new LessonViewed(lesson.id()));
        Optional<Map<String, LessonState>> states = progress.ofCurrentVisitor();
        if (states.isPresent()) {
            boolean completed = Optional.ofNullable(states.get().get(lesson.id()))
                    .map(LessonState::completed)
                    .orElse(false);
            return AnonymousPages.personal(
                    Templates.lesson(lesson, catalog, catalog.previous(lesson), catalog.next(lesson), completed));
        }
        return Templates.lesson(lesson, catalog, catalog.previous(lesson), catalog.next(lesson), false);
    }

    /**
     * Marks a lesson complete. A form post is answered with the lesson page at its end, which now says so; the page's
     * script asks for {@code partial=true} and swaps in just that confirmation, where the learner is looking.
     */
    @POST
    @Path("learn/{id}/complete")
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") String id, @QueryParam("partial") boolean partial) {
        ContentCatalog catalog = content.catalog();
        Lesson lesson = catalog.lesson(id).orElseThrow(() -> missingLesson(catalog, abbreviate(id)));
        progress.complete(lesson.id());
        if (partial) {
            return Response.ok(Templates.lesson$completion(lesson, catalog.next(lesson), true)
                            .render())
                    .build();
        }
        return Response.seeOther(URI.create(lesson.href() + "#" + COMPLETION_ANCHOR))
                .build();
    }

    /**
     * A reading page that answers with an error status (a lesson id that names none, a search it cannot run) and says
     * why in the page's own words, where a generic error page would lose the context.
     */
    static final class ErrorPage extends RuntimeException {
        private final int status;
        private final String page;

        ErrorPage(int status, TemplateInstance page) {
            super(null, null, false, false);
            this.status = status;
            this.page = page.render();
        }
    }

    /** 404 with the closest lesson ids and a search for the id's words. */
    private static ErrorPage missingLesson(ContentCatalog catalog, String id) {
        return new ErrorPage(
                404,
                Templates.missingLesson(
                        id, ClosestLessons.to(id, catalog.lessons(), SUGGESTIONS), ClosestLessons.asQuery(id)));
    }

    @ServerExceptionMapper
    public Response errorPage(ErrorPage e) {
        return Response.status(e.status)
                .type("text/html;charset=UTF-8")
                .entity(e.page)
                .build();
    }

    @GET
    @Path("search")
    @AnonymousPage(capacity = CACHED_SEARCHES)
    public TemplateInstance search(@QueryParam("q") String query, @QueryParam("page") String page) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw badSearch(
                    q.substring(0, MAX_QUERY_LENGTH),
                    "Your search is too long: use at most " + MAX_QUERY_LENGTH + " characters.");
        }
        int number;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw badSearch(q, "page must be a whole number from 1, got '" + abbreviate(page) + "'.");
        }
        return Templates.search(q, content.search(q, number, RESULTS_PER_PAGE), "");
    }

    private static ErrorPage badSearch(String query, String notice) {
        return new ErrorPage(400, Templates.search(query, SearchResults.none(), notice));
    }

    /** Echo at most a short, safe piece of a user-supplied id in messages. */
    static String abbreviate(String id) {
        return id.length() > 60 ? id.substring(0, 60) + "…" : id;
    }
}
