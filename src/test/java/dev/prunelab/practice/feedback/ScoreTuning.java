package dev.prunelab.practice.feedback;

import dev.prunelab.practice.feedback.CalibrationSet.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Tuning aid: fits the {@link ScoreModel} constants on the tuning answers only (the held-out answers are scored once
 * with the result and never looked at one by one). Minimises the mean absolute error of overall × 2.5 against the
 * grade plus 8 × (1 − Spearman ρ), over a grid.
 */
public final class ScoreTuning {

    public static void main(String[] args) {
        FeedbackEngine engine = CalibrationSet.engine();
        List<Sample> tuning = CalibrationSet.tuning().stream()
                .filter(s -> AnswerText.of(s.answer()).words() >= FeedbackEngine.MIN_WORDS)
                .toList();
        List<ScoreModel.Evidence> evidence = new ArrayList<>();
        for (Sample s : tuning) {
            evidence.add(engine.evidence(s.question(), s.answer(), OptionalInt.empty()));
        }
        double[] grades = tuning.stream().mapToDouble(Sample::grade).toArray();
        ScoreModel best = ScoreModel.FITTED;
        double bestLoss = loss(best, evidence, grades);
        System.out.printf(Locale.ROOT, "current %s loss %.3f%n", best, bestLoss);
        for (double saturation : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
            for (double curve : new double[] {0.5, 0.6, 0.8, 1.0, 1.2})
                for (double decay : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
                    for (double penalty : new double[] {0.2, 0.4, 0.6, 0.8, 1.0})
                        for (double onTopic : new double[] {0.3, 0.4, 0.5, 0.6, 0.7})
                            for (double brevity : new double[] {0, 0.25, 0.5, 0.75, 1.0}) {
                                ScoreModel m = new ScoreModel(saturation, curve, decay, penalty, onTopic, brevity);
                                double loss = loss(m, evidence, grades);
                                if (loss < bestLoss) {
                                    bestLoss = loss;
                                    best = m;
                                }
                            }
        System.out.printf(Locale.ROOT, "best    %s loss %.3f%n", best, bestLoss);
    }

    static double loss(ScoreModel model, List<ScoreModel.Evidence> evidence, double[] grades) {
        double[] scores = new double[grades.length];
        double error = 0;
        for (int i = 0; i < grades.length; i++) {
            scores[i] = Math.round(model.score(evidence.get(i)).overall() * 10) / 10.0;
            error += Math.abs(scores[i] * 2.5 - grades[i]);
        }
        return error / grades.length + 8 * (1 - CalibrationSet.spearman(grades, scores));
    }
}
