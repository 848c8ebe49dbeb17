package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.LessonState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** What the home page tells a returning learner: where to continue on the path and how many cards are due. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WelcomeService {

    /**
     * @param continueWith the first lesson on the path not read yet or with quiz answers to revisit (empty once every
     *                     lesson is read and its quiz answers stand)
     * @param cardsDue     the flashcards the review session would show now (due reviews and today's new cards)
     */
    public record Welcome(Optional<Lesson> continueWith, int lessonsRead, int lessonCount, int cardsDue) {}

    private final LessonStates lessons;
    private final CurrentLearner learner;
    private final CardService cards;

    public WelcomeService(LessonStates lessons, CurrentLearner learner, CardService cards) {
        this.lessons = lessons;
        this.learner = learner;
        this.cards = cards;
    }

    /** The welcome of a signed-in user or a guest with progress; empty for a visitor who has done nothing yet. */
    public Optional<Welcome> welcome() {
        Optional<Long> learnerId = learner.findId();
        if (learnerId.isEmpty() && !learner.signedIn()) {
            return Optional.empty();
        }
        StudyPlan plan = lessons.plan(learnerId);
        return Optional.of(new Welcome(
                plan.pathNext().map(StudyPlan.Entry::lesson),
                (int) plan.entries().stream()
                        .filter(e -> e.stage() != LessonState.Stage.NOT_STARTED)
                        .count(),
                plan.entries().size(),
                cards.next().map(CardService.Due::remaining).orElse(0)));
    }
}
