package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.Learner;
import dev.prunelab.content.LessonViewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Records what learners do. Every record commits before the caller's response is sent, so an acknowledged action is
 * never lost. Guests get a learner (and a browser-session cookie) on their first recorded action.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    static final int MAX_DETAIL = 2000;

    private final CurrentLearner current;

    public ProgressService(CurrentLearner current) {
        this.current = current;
    }

    /**
     * Records an activity of the current visitor, creating their learner if needed.
     *
     * @param kind    what happened
     * @param subject which lesson, question, card, experiment… (at most 100 characters)
     * @param correct for quiz answers, whether it was right; otherwise null
     * @param score   a score where there is one; otherwise null
     * @param detail  optional short detail (cut to 2000 characters)
     * @return the stored event
     */
    public ProgressEvent record(ProgressEvent.Kind kind, String subject, Boolean correct, Double score, String detail) {
        return recordFor(current.require().id, kind, subject, correct, score, detail);
    }

    /** Records an activity for a known learner (for work that finishes outside the request, such as an experiment). */
    public ProgressEvent recordFor(
            long learnerId, ProgressEvent.Kind kind, String subject, Boolean correct, Double score, String detail) {
        if (subject == null || subject.isBlank() || subject.length() > 100) {
            throw new IllegalArgumentException("subject must be 1–100 characters, got '" + subject + "'");
        }
        ProgressEvent event = new ProgressEvent();
        event.learnerId = learnerId;
        event.kind = kind;
        event.subject = subject;
        event.correct = correct;
        event.score = score;
        event.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL));
        event.createdAt = Instant.now();
        event.persist();
        return event;
    }

    /** Records an activity only if the visitor already is a learner (used for passive events such as opening a page). */
    public Optional<ProgressEvent> recordIfKnown(ProgressEvent.Kind kind, String subject) {
        return current.find().map((Learner learner) -> recordFor(learner.id, kind, subject, null, null, null));
    }

    /**
     * A lesson page was shown: recorded for visitors who are already learners (no guest is created for reading), at
     * most once per learner, lesson and day (UTC), so reloading a page cannot grow the table.
     */
    void onLessonViewed(@Observes LessonViewed viewed) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        current.findId()
                .filter(id -> !ProgressEvent.exists(id, ProgressEvent.Kind.LESSON_OPENED, viewed.lessonId(), today))
                .ifPresent(id -> recordFor(id, ProgressEvent.Kind.LESSON_OPENED, viewed.lessonId(), null, null, null));
    }

    /** The current visitor's events, oldest first (empty for a visitor who has done nothing yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressEvent> events() {
        return current.findId().map(ProgressEvent::forLearner).orElse(List.of());
    }
}
