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
                        StringBuilder row = new StringBuilder();
                        row.append(n)
                                .append(',')
                                .append(c.heldOut() ? 1 : 0)
                                .append(',')
                                .append(c.kind())
                                .append(',')
                                .append(c.misconception())
                                .append(',')
                                .append(f.getKey())
                                .append(',')
                                .append(u);
                        for (double v : f.getValue()) {
                            row.append(String.format(Locale.ROOT, ",%.4f", v));
                        }
                        row.append(",\"")
                                .append(entry.getKey().claim().text().replace("\"", "'"))
                                .append('"');
                        out.println(row);
                    }
                    u++;
                }
                n++;
            }
            for (CalibrationSet.Sample s : CalibrationSet.all()) {
                int u = 0;
                for (var entry : engine.misconceptionFeatures(s.question(), s.answer())) {
                    for (Map.Entry<String, double[]> f : entry.getValue().entrySet()) {
                        StringBuilder row = new StringBuilder();
                        row.append("A:")
                                .append(s.id())
                                .append(',')
                                .append(s.heldOut() ? 1 : 0)
                                .append(',')
                                .append(s.states().contains(f.getKey()) ? "STATES" : "ANSWER")
                                .append(',')
                                .append(f.getKey())
                                .append(',')
                                .append(f.getKey())
                                .append(',')
                                .append(u);
                        for (double v : f.getValue()) {
                            row.append(String.format(Locale.ROOT, ",%.4f", v));
                        }
                        row.append(",\"")
                                .append(entry.getKey().claim().text().replace("\"", "'"))
                                .append('"');
                        out.println(row);
                    }
                    u++;
                }
            }
        }
    }
}
