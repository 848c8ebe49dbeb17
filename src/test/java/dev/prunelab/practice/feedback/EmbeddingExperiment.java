package dev.prunelab.practice.feedback;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Measures whether all-MiniLM-L6-v2 (quantized, ONNX, in-process) improves the engine on the calibration set:
 * rank correlation and per-dimension agreement, load time, time per answer and memory.
 */
final class EmbeddingExperiment {

    /** Cosine similarities below FLOOR count as 0 and above CEILING as 1 (MiniLM puts unrelated sentences near 0.1–0.3). */
    static final double FLOOR = Double.parseDouble(System.getProperty("floor", "0.35")), CEILING = 0.8;

    static final class MiniLm implements SemanticSimilarity {
        final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        final Map<String, float[]> cache = new HashMap<>();

        synchronized float[] embed(String text) {
            return cache.computeIfAbsent(text, t -> model.embed(TextSegment.from(t)).content().vector());
        }

        @Override
        public Scorer prepare(List<List<String>> references) {
            List<List<float[]>> vectors = new ArrayList<>();
            for (List<String> texts : references) {
                List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
                vectors.add(model.embedAll(segments).content().stream().map(Embedding::vector).toList());
            }
            return sentence -> {
                float[] s = embed(sentence);
                double[] result = new double[vectors.size()];
                for (int p = 0; p < vectors.size(); p++) {
                    double best = 0;
                    for (float[] r : vectors.get(p)) {
                        best = Math.max(best, cosine(s, r));
                    }
                    result[p] = Math.max(0, Math.min(1, (best - FLOOR) / (CEILING - FLOOR)));
                }
                return result;
            };
        }
    }

    static long rssMb() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long rssBefore = rssMb();
        long t0 = System.nanoTime();
        MiniLm miniLm = new MiniLm();
        long modelMs = (System.nanoTime() - t0) / 1_000_000;
        miniLm.embed("warm up");
        System.out.printf(Locale.ROOT, "resident memory: %d MB before the model, %d MB after loading it%n", rssBefore, rssMb());
        for (double share : new double[] {0.0, 0.2, 0.4, 0.6, 1.0}) {
            long t1 = System.nanoTime();
            FeedbackEngine engine = new FeedbackEngine(CalibrationSet.catalog(), share == 0 ? null : miniLm, share);
            long buildMs = (System.nanoTime() - t1) / 1_000_000;
            System.gc();
            long memory = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
            List<double[]> tuning = new ArrayList<>(), held = new ArrayList<>();
            int agree = 0, total = 0;
            long t2 = System.nanoTime();
            for (CalibrationSet.Sample s : CalibrationSet.samples()) {
                Feedback f = engine.evaluate(s.question(), s.answer(), OptionalInt.empty());
                boolean isHeld = CalibrationSet.HELD_OUT.contains(s.id());
                (isHeld ? held : tuning).add(new double[] {s.overall(), f.overall()});
                for (Feedback.DimensionScore d : f.dimensions()) {
                    agree += Math.abs(d.score() - s.grades().get(d.id())) <= 1.0 ? 1 : 0;
                    total++;
                }
            }
            long perAnswer = (System.nanoTime() - t2) / 1_000_000 / CalibrationSet.samples().size();
            List<double[]> all = new ArrayList<>(tuning);
            all.addAll(held);
            System.out.printf(Locale.ROOT, "share=%.1f rho tuning=%.3f held-out=%.3f all=%.3f dims within 1: %d/%d "
                    + "| model load %d ms, engine build %d ms, %d ms per answer, heap +%d MB%n", share,
                    CalibrationReport.rho(tuning), CalibrationReport.rho(held), CalibrationReport.rho(all), agree, total,
                    modelMs, buildMs, perAnswer, memory);
        }
    }
}
