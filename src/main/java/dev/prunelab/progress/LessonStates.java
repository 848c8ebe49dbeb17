package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.LessonProgress;
import dev.prunelab.content.LessonState;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reading pages' view of progress: each lesson's state, and marking a lesson complete. */
@ApplicationScoped
@Transactional
public class LessonStates implements LessonProgress {

    private final ContentService content;
    private final CurrentLearner current;
    private final ProgressService progress;
    private final Json json;

    public LessonStates(ContentService content, CurrentLearner current, ProgressService progress, Json json) {
        this.content = content;
        this.current = current;
        this.progress = progress;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Map<String, LessonState>> ofCurrentVisitor() {
        Optional<Long> learner = current.findId();
        if (learner.isEmpty() && !current.signedIn()) {
            return Optional.empty();
        }
        return Optional.of(plan(learner).lessonStates());
    }

    /** The study plan of a learner (of somebody who has done nothing yet when empty). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StudyPlan plan(Optional<Long> learner) {
        return StudyPlan.of(
                content.catalog(),
                learner.map(ProgressEvent::forLearner).orElse(List.of()),
                learner.map(CardState::forLearner).orElse(List.of()),
                json);
    }

    @Override
    public void complete(String lessonId) {
        boolean done = current.findId()
                .map(id -> ProgressEvent.count(
                                "learnerId = ?1 and kind = ?2 and subject = ?3",
                                id,
                                ProgressEvent.Kind.LESSON_COMPLETED,
                                lessonId)
                        > 0)
                .orElse(false);
        if (!done) {
            progress.record(ProgressEvent.Kind.LESSON_COMPLETED, lessonId, null, null, null);
        }
    }
}
