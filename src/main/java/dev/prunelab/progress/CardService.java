package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.DesiredRetention;
import dev.prunelab.account.User;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Lesson;
import dev.prunelab.progress.fsrs.Grade;
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
 * Flashcard reviews: the queue of cards due (cards whose time has come, then new cards in learning-path order, a
 * limited number per day; once those are done, cards in their learning steps due within {@link #LEARN_AHEAD}, so a
 * card graded Again comes back in the same session), grading, and the interval each grade would give
 * ({@link CardScheduler}). A session may be kept to one lesson's cards.
 */
@ApplicationScoped
@Transactional
public class CardService {

    /** New cards introduced per learner per day in the session over all lessons. */
    static final int NEW_PER_DAY = 15;

    /** How early a card in its learning steps is shown when nothing else is due (Anki's "learn ahead limit"). */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final ContentService content;
    private final CurrentLearner current;
    private final ProgressService progress;
    private final CardScheduler scheduler = new CardScheduler();
    private final Clock clock;

    public CardService(ContentService content, CurrentLearner current, ProgressService progress) {
        this.content = content;
        this.current = current;
        this.progress = progress;
        this.clock = Clock.systemUTC();
    }

    /**
     * A card to review and what each grade would schedule.
     *
     * @param next      the interval each grade gives, as minutes and as text ("1 min", "3 days")
     * @param remaining the cards in this session's queue now, this one included
     */
    public record Due(
            Flashcard card,
            String lessonTitle,
            boolean isNew,
            Map<Grade, Interval> next,
            int reviewedToday,
            int remaining) {}

    /** An interval until a card is due again. */
    public record Interval(long minutes, String label) {}

    /** What a grade did: the interval until the card is due again. */
    public record Reviewed(Grade grade, Interval interval, int days) {}

    /**
     * The lesson a review session is kept to: none for a blank id (every lesson's cards).
     *
     * @throws InvalidInput naming the lesson if the id names none
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Lesson> sessionLesson(String lessonId) {
        if (lessonId == null || lessonId.isBlank()) {
            return Optional.empty();
        }
        String id = lessonId.strip();
        return Optional.of(content.catalog()
                .lesson(id)
                .orElseThrow(() -> InvalidInput.of(
                        "lesson",
                        "must be the id of a lesson on the learning path, got '"
                                + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'")));
    }

    /** The next card of the whole collection to review, if any is due. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Due> next() {
        return next(Optional.empty());
    }

    /**
     * The next card to review, if any is due: cards whose time has come (longest waiting first), then new cards, then
     * cards in their learning steps due within {@link #LEARN_AHEAD}.
     *
     * @param lesson keep the session to this lesson's cards (its new cards are not limited per day: the learner
     *               asked for them)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Due> next(Optional<Lesson> lesson) {
        Instant now = clock.instant();
        ContentCatalog catalog = content.catalog();
        Optional<Long> learner = current.findId();
        Map<String, Flashcard> cards =
                lesson.map(l -> catalog.flashcards(l.id())).orElseGet(catalog::flashcards).stream()
                        .collect(Collectors.toMap(Flashcard::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<CardState> states = learner.map(CardState::forLearner).orElse(List.of());
        List<CardState> mine =
                states.stream().filter(s -> cards.containsKey(s.cardId)).toList();
        List<Flashcard> queue = new ArrayList<>();
        mine.stream().filter(s -> !s.dueAt.isAfter(now)).forEach(s -> queue.add(cards.get(s.cardId)));
        Set<String> seen = states.stream().map(s -> s.cardId).collect(Collectors.toSet());
        Instant dayAgo = now.minus(Duration.ofDays(1));
        long reviewedToday = learner.map(id -> ProgressEvent.count(
                        "learnerId = ?1 and kind = ?2 and createdAt > ?3", id, ProgressEvent.Kind.CARD_REVIEW, dayAgo))
                .orElse(0L);
        long newAllowed = lesson.isPresent() ? cards.size() : Math.max(0, NEW_PER_DAY - introducedSince(dayAgo));
        cards.values().stream()
                .filter(c -> !seen.contains(c.id()))
                .limit(newAllowed)
                .forEach(queue::add);
        if (queue.isEmpty()) {
            mine.stream()
                    .filter(s -> s.learningStep != null && !s.dueAt.isAfter(now.plus(LEARN_AHEAD)))
                    .forEach(s -> queue.add(cards.get(s.cardId)));
        }
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        Flashcard card = queue.get(0);
        Optional<CardState> state =
                mine.stream().filter(s -> s.cardId.equals(card.id())).findFirst();
        String lessonTitle = catalog.lesson(card.lessonId()).map(Lesson::title).orElse(card.lessonId());
        return Optional.of(
                new Due(card, lessonTitle, state.isEmpty(), previews(state, now), (int) reviewedToday, queue.size()));
    }

    /** New cards the current learner first reviewed since then (any lesson). */
    private long introducedSince(Instant since) {
        return current.findId()
                .map(id -> ProgressEvent.forLearner(id, ProgressEvent.Kind.CARD_REVIEW).stream()
                        .collect(Collectors.toMap(e -> e.subject, e -> e.createdAt, (a, b) -> a))
                        .values()
                        .stream()
                        .filter(t -> t.isAfter(since))
                        .count())
                .orElse(0L);
    }

    private Map<Grade, Interval> previews(Optional<CardState> state, Instant now) {
        double retention = retention();
        Map<Grade, Interval> next = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            next.put(grade, interval(scheduler.next(state, grade, now, retention)));
        }
        return next;
    }

    private static Interval interval(CardScheduler.Schedule schedule) {
        return new Interval(schedule.interval().toMinutes(), schedule.label());
    }

    /**
     * Grades a card for the current learner and schedules its next review.
     *
     * @throws InvalidInput naming the card if its id is unknown
     */
    public Reviewed review(String cardId, Grade grade) {
        if (content.catalog().flashcards().stream().noneMatch(c -> c.id().equals(cardId))) {
            throw InvalidInput.of("card", "must be the id of a flashcard, got '" + cardId + "'");
        }
        Instant now = clock.instant();
        long learner = current.require().id;
        Optional<CardState> existing = CardState.find(learner, cardId);
        CardScheduler.Schedule schedule = scheduler.next(existing, grade, now, retention());
        CardState state = existing.orElseGet(() -> {
            CardState created = new CardState();
            created.learnerId = learner;
            created.cardId = cardId;
            return created;
        });
        state.stability = schedule.memory().stability();
        state.difficulty = schedule.memory().difficulty();
        state.reps += 1;
        state.lapses += schedule.lapse() ? 1 : 0;
        state.learningStep = schedule.step().orElse(null);
        state.lastReviewAt = now;
        state.dueAt = now.plus(schedule.interval());
        if (existing.isEmpty()) {
            state.persist();
        }
        progress.recordFor(learner, ProgressEvent.Kind.CARD_REVIEW, cardId, null, (double) grade.value(), grade.name());
        return new Reviewed(grade, interval(schedule), schedule.days());
    }

    /** The signed-in user's desired retention, or 0.9 for guests. */
    double retention() {
        return current.userId()
                .map(id -> User.<User>findById(id))
                .map(u -> u.desiredRetention)
                .orElse(DesiredRetention.DEFAULT);
    }
}
