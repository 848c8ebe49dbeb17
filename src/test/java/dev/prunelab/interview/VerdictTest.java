package dev.prunelab.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict's thresholds and the reasons it gives. */
class VerdictTest {

    private static List<InterviewReport.Row> rows(Double foundations, Double evaluation) {
        return List.of(
                new InterviewReport.Row("foundations", "Foundations", foundations, null),
                new InterviewReport.Row("evaluation", "Evaluation & metrics", evaluation, null));
    }

    @Test
    void aHighMeanWithEveryDimensionSolidAndEveryQuestionAnsweredIsStrong() {
        Verdict verdict = Verdict.of(3.4, false, rows(3.6, 3.0), 3, 3, true);
        assertThat(verdict.level()).isEqualTo(Verdict.Level.STRONG);
        assertThat(verdict.reasons())
                .containsExactly(
                        "Overall 3.4 / 4, at or above the 3.2 of a strong answer.",
                        "Weakest dimension: Evaluation & metrics at 3.0 / 4.",
                        "3 of 3 questions answered.");
    }

    @Test
    void aWeakDimensionHoldsAGoodMeanAtBorderlineAndSaysWhy() {
        Verdict verdict = Verdict.of(2.8, false, rows(3.8, 1.0), 2, 2, true);
        assertThat(verdict.level()).isEqualTo(Verdict.Level.BORDERLINE);
        assertThat(verdict.reasons())
                .contains("Weakest dimension: Evaluation & metrics at 1.0 / 4, below the 1.5 a pass needs in every"
                        + " dimension.");
    }

    @Test
    void aStrongMeanWithAQuestionLeftIsAPass() {
        Verdict verdict = Verdict.of(3.5, false, rows(3.6, 3.0), 3, 2, true);
        assertThat(verdict.level()).isEqualTo(Verdict.Level.PASS);
        assertThat(verdict.reasons()).contains("2 of 3 questions answered: a strong verdict needs every one.");
    }

    @Test
    void lowScoresOrNoMainAnswerAreNotYet() {
        assertThat(Verdict.of(1.5, false, rows(1.5, 1.5), 1, 1, true).level()).isEqualTo(Verdict.Level.NOT_YET);
        Verdict unanswered = Verdict.of(0, false, rows(null, null), 1, 0, false);
        assertThat(unanswered.level()).isEqualTo(Verdict.Level.NOT_YET);
        assertThat(unanswered.reasons().get(0))
                .isEqualTo("The main question was not answered, so there is nothing to judge it on.");
    }

    @Test
    void theInterviewersScoresWeighOverTheEngines() {
        List<InterviewReport.Row> rows = List.of(new InterviewReport.Row("evaluation", "Evaluation & metrics", 3.5, 1));
        Verdict verdict = Verdict.of(2.6, true, rows, 1, 1, true);
        assertThat(verdict.level()).isEqualTo(Verdict.Level.BORDERLINE);
        assertThat(verdict.reasons().get(0)).isEqualTo("Overall 2.6 / 4 from the interviewer's scores.");
    }
}
