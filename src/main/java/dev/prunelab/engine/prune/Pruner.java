package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies pruning methods to networks: the shared part of {@code torch.nn.utils.prune}. A method
 * computes a mask; the pruner combines it with the current one (successive prunings compose), sets it
 * beside the weight, and {@link #remove(Network)} makes it permanent.
 *
 * <pre>{@code
 * // 90% global magnitude pruning of all weight matrices (biases kept)
 * Pruner.prune(net, Criterion.magnitude(), PruningMethod.unstructured(), Scope.GLOBAL, Amount.fraction(0.9));
 * // remove half the hidden neurons by L2 norm, then physically shrink the layers
 * Pruner.prune(net, Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER, Amount.fraction(0.5));
 * Network small = Shrinker.shrink(net);
 * }</pre>
 */
public final class Pruner {

    private Pruner() {}

    /**
     * Prunes the network's weight matrices.
     *
     * <p>Unstructured and N:M methods cover every weight matrix. The structured row method covers every
     * layer except the output layer (its rows are the classes), and prunes a removed unit's bias with it
     * so the unit outputs exactly zero and {@link Shrinker} can delete it without changing the function.
     *
     * @param network the model, pruned in place
     * @param criterion importance scores
     * @param method how a mask is computed from scores
     * @param scope {@link Scope#GLOBAL} ranks all entries together (unstructured only)
     * @param amount fraction or count of the still-unpruned candidates
     */
    public static void prune(Network network, Criterion criterion, PruningMethod method, Scope scope, Amount amount) {
        boolean structured = method.removesRows();
        if (scope == Scope.GLOBAL && !method.ranksSingleEntries()) {
            throw new IllegalArgumentException("scope GLOBAL must use the unstructured method, got "
                    + method.getClass().getSimpleName());
        }
        List<Layer> targets = weightedLayers(network, structured);
        List<Parameter> weights = targets.stream().map(Pruner::weightOf).toList();
        List<float[]> scores = criterion.scores(network, weights);
        if (scope == Scope.GLOBAL) {
            pruneGlobal(weights, scores, amount);
            return;
        }
        for (int i = 0; i < weights.size(); i++) {
            prune(weights.get(i), scores.get(i), method, amount);
            if (structured) {
                pruneBiasesOfEmptyRows(targets.get(i));
            }
        }
    }

    /**
     * Prunes one weight: the method's mask is set beside it (combined with any earlier mask).
     *
     * @param weight the parameter
     * @param scores one score per entry
     * @param method the mask computation
     * @param amount fraction or count of its unpruned entries (units for structured methods)
     */
    public static void prune(Parameter weight, float[] scores, PruningMethod method, Amount amount) {
        if (scores.length != weight.size()) {
            throw new IllegalArgumentException(
                    "scores length must be " + weight.size() + " for " + weight.name() + ", got " + scores.length);
        }
        float[] current = currentMask(weight);
        float[] computed = method.computeMask(scores, current, weight.rows(), weight.cols(), amount);
        weight.setMask(combine(current, computed));
    }

    /**
     * Global unstructured pruning: ranks the unpruned entries of all weights together.
     *
     * @param weights the parameters
     * @param scores one array per parameter
     * @param amount fraction or count of all their unpruned entries together
     */
    public static void pruneGlobal(List<Parameter> weights, List<float[]> scores, Amount amount) {
        int total = weights.stream().mapToInt(Parameter::size).sum();
        float[] allScores = new float[total];
        float[] allMask = new float[total];
        int offset = 0;
        for (int p = 0; p < weights.size(); p++) {
            Parameter w = weights.get(p);
            System.arraycopy(scores.get(p), 0, allScores, offset, w.size());
            System.arraycopy(currentMask(w), 0, allMask, offset, w.size());
            offset += w.size();
        }
        float[] newMask = Unstructured.INSTANCE.computeMask(allScores, allMask, 1, total, amount);
        offset = 0;
        for (Parameter w : weights) {
            float[] slice = Arrays.copyOfRange(newMask, offset, offset + w.size());
            w.setMask(combine(currentMask(w), slice));
            offset += w.size();
        }
    }

    /**
     * Unstructured pruning up to a target sparsity: prunes just enough more entries (a count) that
     * {@code round(sparsity · total)} are masked, over all weights together ({@link Scope#GLOBAL}) or in
     * each weight ({@link Scope#LAYER}). The iterative and gradual schedules use it.
     *
     * @param network the model, pruned in place
     * @param criterion importance scores
     * @param scope where the sparsity is counted
     * @param sparsity target share of masked weights, in [0, 1), not below the current one
     */
    public static void pruneTo(Network network, Criterion criterion, Scope scope, double sparsity) {
        SparsityCheck.require("sparsity", sparsity);
        List<Parameter> weights = network.prunableWeights();
        List<float[]> scores = criterion.scores(network, weights);
        if (scope == Scope.GLOBAL) {
            long total = weights.stream().mapToLong(Parameter::size).sum();
            long masked = weights.stream().mapToLong(Pruner::maskedCount).sum();
            pruneGlobal(weights, scores, Amount.count(extraToReach(sparsity, total, masked)));
            return;
        }
        for (int i = 0; i < weights.size(); i++) {
            Parameter w = weights.get(i);
            Amount more = Amount.count(extraToReach(sparsity, w.size(), maskedCount(w)));
            prune(w, scores.get(i), PruningMethod.unstructured(), more);
        }
    }

    /**
     * One step of a schedule: prunes from sparsity {@code from}, reached by the earlier steps, up to {@code to}. A
     * method that ranks single entries masks exactly {@code round(to · total)} weights ({@link #pruneTo}); one that
     * removes units removes {@code (to − from) / (1 − from)} of the units still there; a fixed pattern such as N:M
     * applies its pattern.
     *
     * @param from sparsity already reached, in [0, to]
     * @param to target sparsity, in [from, 1)
     */
    public static void pruneStep(
            Network network, Criterion criterion, PruningMethod method, Scope scope, double from, double to) {
        SparsityCheck.require("sparsity", to);
        if (method.ranksSingleEntries()) {
            pruneTo(network, criterion, scope, to);
        } else {
            prune(network, criterion, method, scope, Amount.fraction((to - from) / (1 - from)));
        }
    }

    private static long extraToReach(double sparsity, long total, long masked) {
        long wanted = Math.round(sparsity * total);
        if (wanted < masked) {
            throw new IllegalArgumentException("sparsity must be >= the current " + (double) masked / total
                    + " (pruning never regrows weights), got " + sparsity);
        }
        return wanted - masked;
    }

    private static long maskedCount(Parameter w) {
        return w.mask() == null ? 0 : w.size() - countOnes(w.mask());
    }

    private static long countOnes(float[] mask) {
        long ones = 0;
        for (float m : mask) {
            if (m != 0f) {
                ones++;
            }
        }
        return ones;
    }

    /** Makes every mask permanent (like {@code prune.remove}): zeros stay, masks are dropped. */
    public static void remove(Network network) {
        for (Parameter p : network.parameters()) {
            p.removeMask();
        }
    }

    /** Successive prunings compose: an entry survives only if every mask keeps it. */
    static float[] combine(float[] current, float[] computed) {
        float[] combined = new float[current.length];
        for (int i = 0; i < combined.length; i++) {
            combined[i] = current[i] * computed[i];
        }
        return combined;
    }

    private static float[] currentMask(Parameter weight) {
        if (weight.mask() != null) {
            return weight.mask();
        }
        float[] ones = new float[weight.size()];
        Arrays.fill(ones, 1f);
        return ones;
    }

    /** Dense and conv layers; without the output layer when pruning units. */
    static List<Layer> weightedLayers(Network network, boolean withoutOutputLayer) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Dense || layer instanceof Conv2d) {
                layers.add(layer);
            }
        }
        if (withoutOutputLayer) {
            layers.remove(layers.size() - 1);
        }
        return layers;
    }

    static Parameter weightOf(Layer layer) {
        return layer instanceof Dense dense ? dense.weight() : ((Conv2d) layer).weight();
    }

    static Parameter biasOf(Layer layer) {
        return layer instanceof Dense dense ? dense.bias() : ((Conv2d) layer).bias();
    }

    private static void pruneBiasesOfEmptyRows(Layer layer) {
        Parameter weight = weightOf(layer);
        Parameter bias = biasOf(layer);
        float[] biasMask = currentMask(bias).clone();
        float[] mask = weight.mask();
        for (int r = 0; r < weight.rows(); r++) {
            boolean empty = true;
            for (int c = 0; c < weight.cols() && empty; c++) {
                empty = mask[r * weight.cols() + c] == 0f;
            }
            if (empty) {
                biasMask[r] = 0f;
            }
        }
        bias.setMask(biasMask);
    }
}
