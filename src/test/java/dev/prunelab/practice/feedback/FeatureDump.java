package dev.prunelab.practice.feedback;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Tuning aid: writes the misconception detector's raw evidence for every test sentence as CSV. */
public final class FeatureDump {

    public static void main(String[] args) throws IOException {
        FeedbackEngine engine =
                new FeedbackEngine(CalibrationSet.catalog(), CalibrationSet.meaning(), ScoreModel.FITTED, true);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            out.println(
                    "case,held,kind,target,m,unit,cosA,lexA,cosC,lexC,cosR,marg,framed,hedged,whole,expl,absmis,crux,cosP,cosK,text");
            int n = 0;
            for (MisconceptionSentences.Case c : MisconceptionSentences.all()) {
                int u = 0;
                for (var entry : engine.misconceptionFeatures(c.question(), c.sentence())) {
                    for (Map.Entry<String, double[]> f : entry.getValue().entrySet()) {
                        out.println(row(
                                String.valueOf(n),
                                c.heldOut(),
                                c.kind().toString(),
                                c.misconception(),
                                f.getKey(),
                                u,
                                f.getValue(),
                                entry.getKey()));
                    }
                    u++;
                }
                n++;
            }
            for (CalibrationSet.Sample s : CalibrationSet.all()) {
                int u = 0;
                for (var entry : engine.misconceptionFeatures(s.question(), s.answer())) {
                    for (Map.Entry<String, double[]> f : entry.getValue().entrySet()) {
                        out.println(row(
                                "A:" + s.id(),
                                s.heldOut(),
                                s.states().contains(f.getKey()) ? "STATES" : "ANSWER",
                                f.getKey(),
                                f.getKey(),
                                u,
                                f.getValue(),
                                entry.getKey()));
                    }
                    u++;
                }
            }
        }
    }

    /** One CSV row: case, held, kind, target, misconception, unit, the features, the claim's text. */
    private static String row(
            String kase, boolean held, String kind, String target, String m, int unit, double[] features, Unit claim) {
        StringBuilder row = new StringBuilder();
        row.append(kase)
                .append(',')
                .append(held ? 1 : 0)
                .append(',')
                .append(kind)
                .append(',')
                .append(target);
        row.append(',').append(m).append(',').append(unit);
        for (double v : features) {
            row.append(String.format(Locale.ROOT, ",%.4f", v));
        }
        return row.append(",\"")
                .append(claim.claim().text().replace("\"", "'"))
                .append('"')
                .toString();
    }
}
