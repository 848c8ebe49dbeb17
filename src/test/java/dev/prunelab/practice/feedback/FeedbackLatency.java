package dev.prunelab.practice.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Benchmark: the time to grade one answer of about 700 words on the calling thread, warm, embeddings included (the
 * answer's sentences and clauses are encoded on every call; the rubric phrases are packaged). Prints p50, p95 and max.
 * Run with one core: {@code taskset -c 0 ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.prunelab.practice.feedback.FeedbackLatency}.
 */
public final class FeedbackLatency {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        FeedbackEngine engine = CalibrationSet.engine();
        List<CalibrationSet.Sample> excellent = CalibrationSet.tuning().stream()
                .filter(s -> s.question().equals("model-pruning") && s.grade() >= 8)
                .toList();
        StringBuilder answer = new StringBuilder();
        for (int i = 0; AnswerText.of(answer.toString()).words() < 700; i++) {
            answer.append(excellent.get(i % excellent.size()).answer()).append("\n\n");
        }
        String text = trim(answer.toString(), 700);
        int words = AnswerText.of(text).words();
        for (int i = 0; i < 10; i++) {
            engine.evaluate("model-pruning", text, OptionalInt.empty());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.evaluate("model-pruning", text, OptionalInt.empty());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "feedback latency: %d words, %d runs, p50 %.0f ms, p95 %.0f ms, max %.0f ms, %d processors%n",
                words,
                runs,
                ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[runs - 1],
                Runtime.getRuntime().availableProcessors());
    }

    private static String trim(String text, int words) {
        String[] tokens = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append(token).append(' ');
            if (AnswerText.of(out.toString()).words() >= words) {
                break;
            }
        }
        return out.toString().strip();
    }
}
