package dev.prunelab.practice;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Drill;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debugging drills as practice: a learner's diagnosis is a practice attempt at the drill's id, graded by the drill's
 * rubric through {@link AttemptService} (so it is stored, shown in progress and compared like any other answer), with
 * the drill's own time box unless another is chosen.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DrillService {

    private final ContentService content;
    private final AttemptService attempts;

    public DrillService(ContentService content, AttemptService attempts) {
        this.content = content;
        this.attempts = attempts;
    }

    /** Every drill, by number. */
    public List<Drill> drills() {
        return content.catalog().drills();
    }

    public Optional<Drill> find(String id) {
        return content.catalog().drill(id);
    }

    /**
     * Grades and stores a diagnosis.
     *
     * @param timeBoxMinutes the time box to judge the length against, or null for the drill's own
     * @throws InvalidInput naming the field, for an answer over 20,000 characters, a time box outside 1–60 minutes or
     *     an elapsed time outside 0–86,400 seconds
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttemptService.Submission diagnose(
            Drill drill, String answer, Integer timeBoxMinutes, Integer elapsedSeconds) {
        return attempts.submit(
                drill.id(), answer, timeBoxMinutes == null ? drill.minutes() : timeBoxMinutes, elapsedSeconds);
    }

    /** The current learner's diagnoses of a drill, oldest first. */
    public List<AttemptView> history(Drill drill) {
        return attempts.history(drill.id()).stream()
                .map(a -> AttemptView.of(a, attempts.feedback(a)))
                .toList();
    }

    /** One of the current learner's diagnoses of this drill; empty for another drill's or another learner's. */
    public Optional<AttemptView> attempt(Drill drill, long attemptId) {
        return attempts.find(attemptId)
                .filter(a -> a.questionId.equals(drill.id()))
                .map(a -> AttemptView.of(a, attempts.feedback(a)));
    }

    /** A lesson section to read after a drill: "Structured pruning › Dependency groups" and its address. */
    public record Reading(String title, String href) {}

    /** The lesson sections a drill links to, with their titles. */
    public List<Reading> reading(Drill drill) {
        ContentCatalog catalog = content.catalog();
        return drill.lessons().stream()
                .map(link -> catalog.lesson(link.lessonId())
                        .map(lesson -> new Reading(
                                lesson.title()
                                        + lesson.headings().stream()
                                                .filter(h -> h.anchor().equals(link.anchor()))
                                                .map(h -> " › " + h.text())
                                                .findFirst()
                                                .orElse(""),
                                link.href()))
                        .orElseGet(() -> new Reading(link.href(), link.href())))
                .toList();
    }

    /** The overall score of the current learner's latest diagnosis of each drill they have answered, by drill id. */
    public Map<String, Double> latestScores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Drill drill : drills()) {
            List<Attempt> history = attempts.history(drill.id());
            if (!history.isEmpty()) {
                scores.put(drill.id(), history.get(history.size() - 1).overall);
            }
        }
        return scores;
    }
}
