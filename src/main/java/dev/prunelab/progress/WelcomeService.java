package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the home page tells a returning learner: where to continue on the path and how many cards are due. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WelcomeService {

    private static final Set<ProgressEvent.Kind> READING =
            EnumSet.of(ProgressEvent.Kind.LESSON_OPENED, ProgressEvent.Kind.LESSON_COMPLETED);

    /**
     * @param continueWith the first lesson on the path not read yet (empty once every lesson is read)
     * @param cardsDue     the flashcards the review session would show now (due reviews and today's new cards)
     */
    public record Welcome(Optional<Lesson> continueWith, int lessonsRead, int lessonCount, int cardsDue) {}

    private final ContentService content;
    private final CurrentLearner learner;
    private final CardService cards;

    public WelcomeService(ContentService content, CurrentLearner learner, CardService cards) {
        this.content = content;
        this.learner = learner;
        this.cards = cards;
    }

    /** The welcome of a signed-in user or a guest with progress; empty for a visitor who has done nothing yet. */
    public Optional<Welcome> welcome() {
        Optional<Long> learnerId = learner.findId();
        if (learnerId.isEmpty() && !learner.signedIn()) {
            return Optional.empty();
        }
        Set<String> read = learnerId.map(ProgressEvent::forLearner).orElse(List.of()).stream()
                .filter(e -> READING.contains(e.kind))
                .map(e -> e.subject)
                .collect(Collectors.toSet());
        List<Lesson> path = content.catalog().lessons();
        return Optional.of(new Welcome(
                path.stream().filter(l -> !read.contains(l.id())).findFirst(),
                (int) path.stream().filter(l -> read.contains(l.id())).count(),
                path.size(),
                cards.next().map(CardService.Due::remaining).orElse(0)));
    }
}
