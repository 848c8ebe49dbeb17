package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.DesiredRetention;
import dev.prunelab.account.User;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Flashcard;
import dev.prunelab.progress.fsrs.Fsrs;
import dev.prunelab.progress.fsrs.Grade;
import dev.prunelab.progress.fsrs.MemoryState;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flashcard reviews scheduled by FSRS: the queue of due cards (reviewed cards whose due time has come, then new
 * cards in learning-path order, a limited number per day), grading, and the next interval for each grade.
 */
@ApplicationScoped
@Transactional
public class CardService {

    /** New cards introduced per learner per day. */
    static final int NEW_PER_DAY = 15;

    private final ContentService content;
    private final CurrentLearner current;
    private final ProgressService progress;
    private final Fsrs fsrs = new Fsrs();
    private final Clock clock;

    public CardService(ContentService content, CurrentLearner current, ProgressService progress) {
        this.content = content;
        this.current = current;
        this.progress = progress;
        this.clock = Clock.systemUTC();
    }

    /** A card to review and what each grade would schedule. */
    public record Due(
            Flashcard card, boolean isNew, Map<Grade, Integer> nextIntervalDays, int reviewedToday, int remaining) {}

    /** The next card to review, if any is due: due reviews first (most overdue first), then new cards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Due> next() {
        Instant now = clock.instant();
        Optional<Long> learner = current.findId();
        List<CardState> states = learner.map(CardState::forLearner).orElse(List.of());
        Map<String, Flashcard> cards = content.catalog().flashcards().stream()
                .collect(Collectors.toMap(Flashcard::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<Flashcard> queue = new ArrayList<>();
        states.stream()
                .filter(s -> !s.dueAt.isAfter(now) && cards.containsKey(s.cardId))
                .forEach(s -> queue.add(cards.get(s.cardId)));
        Set<String> seen = states.stream().map(s -> s.cardId).collect(Collectors.toSet());
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Map<String, Instant> firstReview = learner.map(
                        id -> ProgressEvent.forLearner(id, ProgressEvent.Kind.CARD_REVIEW).stream()
                                .collect(Collectors.toMap(e -> e.subject, e -> e.createdAt, (a, b) -> a)))
                .orElse(Map.of());
        long introducedToday =
                firstReview.values().stream().filter(t -> t.isAfter(dayAgo)).count();
        long reviewedToday = learner.map(id -> ProgressEvent.count(
                        "learnerId = ?1 and kind = ?2 and createdAt > ?3", id, ProgressEvent.Kind.CARD_REVIEW, dayAgo))
                .orElse(0L);
        cards.values().stream()
                .filter(c -> !seen.contains(c.id()))
                .limit(Math.max(0, NEW_PER_DAY - introducedToday))
                .forEach(queue::add);
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        Flashcard card = queue.get(0);
        Optional<CardState> state = learner.flatMap(id -> CardState.find(id, card.id()));
        return Optional.of(new Due(card, state.isEmpty(), previews(state, now), (int) reviewedToday, queue.size()));
    }

    private Map<Grade, Integer> previews(Optional<CardState> state, Instant now) {
        double retention = retention();
        Map<Grade, Integer> days = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            days.put(grade, Fsrs.intervalDays(nextState(state, grade, now).stability(), retention));
        }
        return days;
    }

    private MemoryState nextState(Optional<CardState> state, Grade grade, Instant now) {
        if (state.isEmpty()) {
            return fsrs.first(grade);
        }
        double elapsedDays = Duration.between(state.get().lastReviewAt, now).toSeconds() / 86400.0;
        return fsrs.next(new MemoryState(state.get().stability, state.get().difficulty), elapsedDays, grade);
    }

    /**
     * Grades a card for the current learner and schedules its next review.
     *
     * @return the days until it is due again
     * @throws InvalidInput naming the card if its id is unknown
     */
    public int review(String cardId, Grade grade) {
        if (content.catalog().flashcards().stream().noneMatch(c -> c.id().equals(cardId))) {
            throw InvalidInput.of("card", "must be the id of a flashcard, got '" + cardId + "'");
        }
        Instant now = clock.instant();
        long learner = current.require().id;
        Optional<CardState> existing = CardState.find(learner, cardId);
        MemoryState next = nextState(existing, grade, now);
        int days = Fsrs.intervalDays(next.stability(), retention());
        CardState state = existing.orElseGet(() -> {
            CardState created = new CardState();
            created.learnerId = learner;
            created.cardId = cardId;
            return created;
        });
        state.stability = next.stability();
        state.difficulty = next.difficulty();
        state.reps += 1;
        state.lapses += grade == Grade.AGAIN && existing.isPresent() ? 1 : 0;
        state.lastReviewAt = now;
        state.dueAt = now.plus(Duration.ofDays(days));
        if (existing.isEmpty()) {
            state.persist();
        }
        progress.recordFor(learner, ProgressEvent.Kind.CARD_REVIEW, cardId, null, (double) grade.value(), grade.name());
        return days;
    }

    /** The signed-in user's desired retention, or 0.9 for guests. */
    double retention() {
        return current.userId()
                .map(id -> User.<User>findById(id))
                .map(u -> u.desiredRetention)
                .orElse(DesiredRetention.DEFAULT);
    }
}
