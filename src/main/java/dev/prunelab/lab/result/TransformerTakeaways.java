package dev.prunelab.lab.result;

import dev.prunelab.lab.result.TransformerResult.Arm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a transformer experiment shows, as a few sentences written from its own figures: a pure function of the
 * result, so the same result always reads the same. Each takeaway appears only when the run has the models it
 * compares.
 *
 * <pre>{@code
 * List<String> lines = TransformerTakeaways.of(result.transformer());
 * }</pre>
 */
public final class TransformerTakeaways {

    private static final String UNSTRUCTURED = "unstructured";
    private static final String TWO_FOUR = "2:4";
    private static final String MAGNITUDE = "magnitude";
    private static final String WANDA = "wanda";
    private static final String SPARSEGPT = "sparsegpt";

    private TransformerTakeaways() {}

    public static List<String> of(TransformerResult result) {
        List<String> lines = new ArrayList<>();
        Arm dense = result.dense();
        lines.add(String.format(
                Locale.ROOT,
                "The dense model ranks the right answer first for %s of the %d flashcard questions and in the top five"
                        + " for %s: the ceiling every pruned model is measured against.",
                percent(dense.recallAt1()),
                result.cards(),
                percent(dense.recallAt5())));
        for (String pattern : List.of(UNSTRUCTURED, TWO_FOUR)) {
            ordering(result, pattern).ifPresent(lines::add);
        }
        patternCost(result).ifPresent(lines::add);
        embeddingShare(result).ifPresent(lines::add);
        structured(result).ifPresent(lines::add);
        return lines;
    }

    /** The methods at one pattern and the largest target they share, closest to dense first. */
    private static Optional<String> ordering(TransformerResult result, String pattern) {
        List<Arm> arms =
                result.arms().stream().filter(a -> a.pattern().equals(pattern)).toList();
        if (arms.size() < 2) {
            return Optional.empty();
        }
        double target = arms.stream().mapToDouble(Arm::target).max().orElseThrow();
        List<Arm> ranked = arms.stream()
                .filter(a -> a.target() == target)
                .sorted(Comparator.comparingDouble(Arm::meanCosine).reversed())
                .toList();
        if (ranked.size() < 2) {
            return Optional.empty();
        }
        List<String> parts = ranked.stream()
                .map(a -> String.format(
                        Locale.ROOT, "%s (cosine %.3f, recall@5 %s)", a.name(), a.meanCosine(), percent(a.recallAt5())))
                .toList();
        Arm best = ranked.get(0);
        Arm worst = ranked.get(ranked.size() - 1);
        String verdict =
                worst.criterion().equals(MAGNITUDE) && !best.criterion().equals(MAGNITUDE)
                        ? " The methods that read calibration text keep the model closer to dense than magnitude does, as the"
                                + " papers report."
                        : "";
        return Optional.of(String.format(
                        Locale.ROOT,
                        "At %s %s sparsity, closest to the dense embeddings first: ",
                        percent(target),
                        pattern)
                + String.join(", ", parts) + "." + verdict);
    }

    /** What 2:4 costs each method against unstructured at the same 50%, and Wanda's lead over magnitude in each. */
    private static Optional<String> patternCost(TransformerResult result) {
        Optional<Arm> magnitudeFree = find(result, MAGNITUDE, UNSTRUCTURED, 0.5);
        Optional<Arm> magnitudeFixed = find(result, MAGNITUDE, TWO_FOUR, 0.5);
        Optional<Arm> wandaFree = find(result, WANDA, UNSTRUCTURED, 0.5);
        Optional<Arm> wandaFixed = find(result, WANDA, TWO_FOUR, 0.5);
        if (magnitudeFree.isEmpty() || magnitudeFixed.isEmpty() || wandaFree.isEmpty() || wandaFixed.isEmpty()) {
            return Optional.empty();
        }
        double leadFree = wandaFree.get().recallAt5() - magnitudeFree.get().recallAt5();
        double leadFixed = wandaFixed.get().recallAt5() - magnitudeFixed.get().recallAt5();
        String sparseGpt = find(result, SPARSEGPT, TWO_FOUR, 0.5)
                .map(a -> String.format(Locale.ROOT, ", SparseGPT's %.3f", a.meanCosine()))
                .orElse("");
        return Optional.of(String.format(
                Locale.ROOT,
                "The 2:4 pattern costs more than free placement at the same 50%%: magnitude's cosine falls from %.3f to"
                        + " %.3f, Wanda's from %.3f to %.3f%s. Wanda's recall@5 lead over magnitude is %s points"
                        + " unstructured and %s points at 2:4%s.",
                magnitudeFree.get().meanCosine(),
                magnitudeFixed.get().meanCosine(),
                wandaFree.get().meanCosine(),
                wandaFixed.get().meanCosine(),
                sparseGpt,
                points(leadFree),
                points(leadFixed),
                leadFixed < leadFree ? ": it shrinks under the fixed pattern" : ""));
    }

    /** How little of the model half the linear weights are, because the embeddings are never pruned. */
    private static Optional<String> embeddingShare(TransformerResult result) {
        Arm dense = result.dense();
        return result.arms().stream()
                .filter(a -> a.pattern().equals(UNSTRUCTURED) || a.pattern().equals(TWO_FOUR))
                .findFirst()
                .map(a -> String.format(
                        Locale.ROOT,
                        "Pruning %s of the linear layers' weights removes %s of all %s parameters: the embeddings, %s of"
                                + " the model, are never pruned. Stored as CSR the pruned model takes %s against %s"
                                + " dense; the zeros save time only on kernels built for them.",
                        percent(a.target()),
                        percent((double) (a.linearWeights() - a.linearNonZero()) / a.parameters()),
                        millions(a.parameters()),
                        percent(dense.embeddingShare()),
                        megabytes(a.bytesSparse()),
                        megabytes(dense.bytesDense())));
    }

    /** The largest structured cut: what it saves in parameters and encode time, and what it costs in recall. */
    private static Optional<String> structured(TransformerResult result) {
        Arm dense = result.dense();
        return result.arms().stream()
                .filter(a -> a.encodeMillis() != null && !a.role().equals(TransformerResult.DENSE))
                .max(Comparator.comparingDouble(Arm::target))
                .filter(a -> dense.encodeMillis() != null)
                .map(a -> String.format(
                        Locale.ROOT,
                        "Removing %s of every block's heads and FFN neurons leaves %s parameters of %s (the embeddings"
                                + " now %s of them) and encodes in %.0f ms instead of %.0f ms (%.2f×), for recall@5 %s"
                                + " against %s dense: structure buys real speed on ordinary kernels.",
                        percent(a.target()),
                        millions(a.parameters()),
                        millions(dense.parameters()),
                        percent(a.embeddingShare()),
                        a.encodeMillis(),
                        dense.encodeMillis(),
                        a.encodeMillis() / dense.encodeMillis(),
                        percent(a.recallAt5()),
                        percent(dense.recallAt5())));
    }

    private static Optional<Arm> find(TransformerResult result, String criterion, String pattern, double target) {
        return result.arms().stream()
                .filter(a -> a.criterion().equals(criterion) && a.pattern().equals(pattern) && a.target() == target)
                .findFirst();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f", 100 * difference);
    }

    private static String millions(long count) {
        return String.format(Locale.ROOT, "%.1fM", count / 1e6);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
