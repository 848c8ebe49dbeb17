package dev.prunelab.engine.bench;

import dev.prunelab.engine.tensor.Kernels;
import dev.prunelab.engine.transformer.PaddedBatches;
import dev.prunelab.engine.transformer.SentenceEncoder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code minilm} workload (shared/bench/MINILM.md): all-MiniLM-L6-v2 in the engine.
 *
 * <ul>
 *   <li>{@code minilm-load}: seconds to read the model from the classpath, and the process's resident
 *       memory before and after (each after a GC).
 *   <li>{@code minilm-encode}: the 226 flashcard fronts then backs in consecutive padded batches of 32,
 *       one untimed pass then the median of three timed ones (tokenizing, forward, pooling), the batches
 *       shared by {@code --threads} threads; as the references define it. {@code packed_seconds} is the same
 *       work the way {@link SentenceEncoder} does it (no padding, calling thread only).
 *   <li>{@code minilm-answer}: a 700-word answer split into sentences, encoded by {@link SentenceEncoder}
 *       on one thread: p50 and p95 of 50 warm runs, the feedback engine's budget.
 * </ul>
 */
final class MinilmWorkload {

    static final Path CARDS = Path.of("content", "flashcards");
    static final Path ANSWER =
            Path.of("src/test/resources/dev/prunelab/practice/feedback/calibration/legacy/excellent-full-answer.md");
    static final int BATCH = 32;
    static final int ANSWER_WORDS = 700;
    private static final int TIMED_PASSES = 3;
    private static final int ANSWER_WARM_UP = 10;
    private static final int ANSWER_RUNS = 50;

    private MinilmWorkload() {}

    /**
     * @param parts {@code "load"} (load only), {@code "encode"} (load, encode, answer), {@code "prune"} (load,
     *     prune lines) or {@code "all"}
     */
    static void run(String parts, int threads, PrintStream out) {
        SentenceEncoder encoder = load(out);
        if (parts.equals("load")) {
            return;
        }
        Flashcards cards = Flashcards.read(CARDS);
        if (!parts.equals("prune")) {
            out.println(Json.object(encode(encoder, cards.all(), threads)));
            out.println(Json.object(answer(encoder)));
        }
        if (!parts.equals("encode")) {
            MinilmPruneLines.run(encoder, cards, out);
        }
    }

    static SentenceEncoder load(PrintStream out) {
        long before = residentBytesAfterGc();
        long heapBefore = heapUsed();
        long start = System.nanoTime();
        SentenceEncoder encoder = SentenceEncoder.readFromClasspath();
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = residentBytesAfterGc();
        long heapAfter = heapUsed();
        long parameters =
                encoder.model().embeddingParameters() + encoder.model().blockParameters();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "minilm-load");
        line.put("seconds", Json.round(seconds, 3));
        line.put("parameters", parameters);
        line.put("model_mb", Json.round(parameters * 4 / 1e6, 1));
        line.put("rss_before_mb", Json.round(before / 1e6, 1));
        line.put("rss_after_mb", Json.round(after / 1e6, 1));
        line.put("rss_growth_mb", Json.round((after - before) / 1e6, 1));
        line.put("heap_growth_mb", Json.round((heapAfter - heapBefore) / 1e6, 1));
        out.println(Json.object(line));
        return encoder;
    }

    static Map<String, Object> encode(SentenceEncoder encoder, List<String> sentences, int threads) {
        double[] padded = new double[TIMED_PASSES];
        double[] packed = new double[TIMED_PASSES];
        int tokenCount = 0;
        List<int[]> tokens = List.of();
        for (int pass = -1; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            tokens = sentences.stream().map(encoder.tokenizer()::encode).toList();
            PaddedBatches.encode(encoder.model(), tokens, BATCH, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            encoder.encode(sentences);
            double packedSeconds = (System.nanoTime() - start) / 1e9;
            if (pass >= 0) {
                padded[pass] = seconds;
                packed[pass] = packedSeconds;
            }
        }
        for (int[] t : tokens) {
            tokenCount += t.length;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "minilm-encode");
        line.put("engine", "prunelab-" + Kernels.gemm().name());
        line.put("threads", threads);
        line.put("sentences", sentences.size());
        line.put("tokens", tokenCount);
        line.put("batch", BATCH);
        line.put("seconds", Json.round(median(padded), 4));
        line.put(
                "runs", Arrays.stream(padded).map(s -> Json.round(s, 4)).boxed().toList());
        line.put("padded_rows", PaddedBatches.paddedRows(tokens, BATCH));
        line.put("packed_seconds", Json.round(median(packed), 4));
        return line;
    }

    private static Map<String, Object> answer(SentenceEncoder encoder) {
        List<String> sentences = answerSentences();
        int tokens = sentences.stream().mapToInt(encoder::countTokens).sum();
        for (int i = 0; i < ANSWER_WARM_UP; i++) {
            encoder.encode(sentences);
        }
        double[] millis = new double[ANSWER_RUNS];
        for (int i = 0; i < ANSWER_RUNS; i++) {
            long start = System.nanoTime();
            encoder.encode(sentences);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "minilm-answer");
        line.put("threads", 1);
        line.put("words", ANSWER_WORDS);
        line.put("sentences", sentences.size());
        line.put("tokens", tokens);
        line.put("p50_ms", Json.round(millis[ANSWER_RUNS / 2], 1));
        line.put("p95_ms", Json.round(millis[(int) Math.ceil(0.95 * ANSWER_RUNS) - 1], 1));
        line.put("runs", ANSWER_RUNS);
        return line;
    }

    /** The first 700 words of a calibration answer (front matter dropped), split after . ! or ?. */
    static List<String> answerSentences() {
        String text;
        try {
            text = Files.readString(ANSWER, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ANSWER, e);
        }
        String body = text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
        String[] words = body.trim().split("\\s+");
        String first = String.join(" ", Arrays.copyOf(words, Math.min(ANSWER_WORDS, words.length)));
        List<String> sentences = new ArrayList<>();
        for (String sentence : first.split("(?<=[.!?])\\s+")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Resident set size from /proc (Linux), after asking for a full GC; 0 where /proc is missing. */
    static long residentBytesAfterGc() {
        System.gc();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
