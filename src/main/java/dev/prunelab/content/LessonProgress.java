package dev.prunelab.content;

import java.util.Map;
import java.util.Optional;

/**
 * What the current visitor has done with the lessons, for the reading pages. Implemented by the progress feature,
 * which sits above content: the reading pages know it only through this interface (as accounts know the features'
 * data only through {@code LearnerData}).
 */
public interface LessonProgress {

    /**
     * Each lesson's state for the current visitor, by lesson id; empty for a visitor who has no progress and no
     * account (they get the page every such visitor gets).
     */
    Optional<Map<String, LessonState>> ofCurrentVisitor();

    /** Marks a lesson complete for the current visitor, making a guest learner if needed; idempotent. */
    void complete(String lessonId);
}
