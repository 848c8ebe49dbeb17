package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.LessonState;
import dev.prunelab.content.Quiz;
import dev.prunelab.web.Json;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Study next follows the path and the learner's gaps; each lesson's state for the reading pages. */
@QuarkusTest
class StudyPlanTest {

    @Inject
    ContentService content;

    @Inject
    Json json;

    ContentCatalog catalog;
    List<Lesson> path;
    final List<ProgressEvent> events = new ArrayList<>();

    @BeforeEach
    void catalog() {
        catalog = content.catalog();
        path = catalog.lessons();
    }

    private void event(ProgressEvent.Kind kind, String subject, Boolean correct) {
        ProgressEvent e = new ProgressEvent();
        e.kind = kind;
        e.subject = subject;
        e.correct = correct;
        e.detail = kind == ProgressEvent.Kind.QUIZ_ANSWER ? "lesson:1" : null;
        e.createdAt = Instant.EPOCH;
        events.add(e);
    }

    private void open(int... indices) {
        for (int i : indices) {
            event(ProgressEvent.Kind.LESSON_OPENED, path.get(i).id(), null);
        }
    }

    private StudyPlan plan() {
        return StudyPlan.of(catalog, events, List.of(), json);
    }

    @Test
    void aNewLearnerStartsAtTheFirstLesson() {
        StudyPlan.StudyNext next = plan().studyNext().orElseThrow();
        assertThat(next.lesson().lessonId()).isEqualTo(path.get(0).id());
        assertThat(next.reason()).isEqualTo("Next on the path: not read yet.");
    }

    @Test
    void anEarlierLessonNotReadComesBeforeALaterOneThatWas() {
        open(0, 1, 2, 9);
        assertThat(plan().studyNext().orElseThrow().lesson().lessonId())
                .isEqualTo(path.get(3).id());
    }

    @Test
    void aQuizAnswerToRevisitSendsTheLearnerBackToItsLesson() {
        open(0, 1, 2, 3, 4);
        Quiz.Question q =
                catalog.quiz(path.get(1).id()).orElseThrow().questions().get(0);
        event(ProgressEvent.Kind.QUIZ_ANSWER, q.id(), false);
        event(ProgressEvent.Kind.QUIZ_ANSWER, q.id(), false);
        StudyPlan.StudyNext next = plan().studyNext().orElseThrow();
        assertThat(next.lesson().lessonId()).isEqualTo(path.get(1).id());
        assertThat(next.reason()).isEqualTo("1 quiz question to revisit.");

        // a new attempt that gets it right closes the gap
        event(ProgressEvent.Kind.QUIZ_RESTARTED, path.get(1).id(), null);
        event(ProgressEvent.Kind.QUIZ_ANSWER, q.id(), true);
        assertThat(plan().studyNext().orElseThrow().lesson().lessonId())
                .isEqualTo(path.get(5).id());
    }

    @Test
    void onceEveryLessonIsReadTheWeakestComesNext() {
        for (int i = 0; i < path.size(); i++) {
            open(i);
        }
        Quiz quiz = catalog.quiz(path.get(0).id()).orElseThrow();
        quiz.questions().forEach(q -> event(ProgressEvent.Kind.QUIZ_ANSWER, q.id(), true));
        StudyPlan.StudyNext next = plan().studyNext().orElseThrow();
        assertThat(next.lesson().lessonId()).isNotEqualTo(path.get(0).id());
        assertThat(next.reason()).isEqualTo("Your weakest lesson: mastery 0%.");
        assertThat(plan().pathNext()).isEmpty();
    }

    @Test
    void lessonStatesSayReadCompletedQuizScoreAndMastery() {
        Lesson first = path.get(0);
        Quiz quiz = catalog.quiz(first.id()).orElseThrow();
        event(ProgressEvent.Kind.LESSON_COMPLETED, first.id(), null);
        event(ProgressEvent.Kind.QUIZ_ANSWER, quiz.questions().get(0).id(), true);
        event(ProgressEvent.Kind.QUIZ_ANSWER, quiz.questions().get(1).id(), false);
        event(ProgressEvent.Kind.QUIZ_ANSWER, quiz.questions().get(1).id(), true);
        open(1);
        var states = plan().lessonStates();
        LessonState done = states.get(first.id());
        assertThat(done.stage()).isEqualTo(LessonState.Stage.COMPLETED);
        assertThat(done.quizText()).isEqualTo("Quiz 1½/" + quiz.questions().size() + " so far");
        assertThat(done.masteryPercent()).isPositive();
        assertThat(states.get(path.get(1).id()).stage()).isEqualTo(LessonState.Stage.READ);
        assertThat(states.get(path.get(2).id()).stage()).isEqualTo(LessonState.Stage.NOT_STARTED);
        assertThat(states.get(path.get(2).id()).quizText()).isEqualTo("Quiz not taken");
        assertThat(states.get(path.get(2).id()).studyNext()).isEqualTo("Next on the path: not read yet.");
        assertThat(states.values().stream().filter(s -> !s.studyNext().isEmpty()))
                .hasSize(1);
    }
}
