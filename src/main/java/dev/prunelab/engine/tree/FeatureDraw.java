package dev.prunelab.engine.tree;

import java.util.Arrays;

/**
 * The order in which the splitter visits features, reproducing scikit-learn's best splitter with
 * {@code random_state=0} and {@code max_features=None}: a Fisher-Yates draw over a features array that
 * persists from node to node, driven by scikit-learn's 32-bit xorshift generator, skipping features
 * already known to be constant in the node. The order only decides which of several equally good
 * splits wins (the first strictly better one is kept), but reproducing it makes trees identical to
 * scikit-learn's even on data with ties, such as the integer pixels of digits.
 */
final class FeatureDraw {

    /**
     * The splitter's generator state for {@code random_state=0}:
     * {@code numpy.random.RandomState(0).randint(0, 2**31 - 1)}.
     */
    static final int SKLEARN_RANDOM_STATE_0 = 209_652_396;

    private final int featureCount;
    private final int[] features;
    private final int[] constantFeatures;
    private int state;

    // per-node draw, names as in the loop invariant: features[0, drawnConstants) drawn known constants,
    // [drawnConstants, knownConstants) known constants not drawn yet, [knownConstants, totalConstants)
    // constants found in this node, [totalConstants, undrawnEnd) not drawn yet, [undrawnEnd, F) evaluated
    private int undrawnEnd;
    private int visited;
    private int foundConstants;
    private int drawnConstants;
    private int knownConstants;
    private int totalConstants;
    private int current;

    FeatureDraw(int featureCount, int seedState) {
        this.featureCount = featureCount;
        this.features = new int[featureCount];
        this.constantFeatures = new int[featureCount];
        for (int f = 0; f < featureCount; f++) {
            features[f] = f;
        }
        this.state = seedState;
    }

    /** Starts the draw for a node whose ancestors found {@code known} constant features. */
    void startNode(int known) {
        undrawnEnd = featureCount;
        visited = 0;
        foundConstants = 0;
        drawnConstants = 0;
        knownConstants = known;
        totalConstants = known;
    }

    /** The next feature to evaluate, or -1 when every feature not known to be constant was visited. */
    int next() {
        while (undrawnEnd > totalConstants && (visited < featureCount || visited <= foundConstants + drawnConstants)) {
            visited++;
            int drawn = randomInt(drawnConstants, undrawnEnd - foundConstants);
            if (drawn < knownConstants) {
                swap(drawnConstants, drawn);
                drawnConstants++;
                continue;
            }
            current = drawn + foundConstants;
            return features[current];
        }
        return -1;
    }

    /** The feature returned last is constant in this node (and so in all its descendants). */
    void markConstant() {
        swap(current, totalConstants);
        foundConstants++;
        totalConstants++;
    }

    /** The feature returned last was evaluated as a split candidate. */
    void markEvaluated() {
        undrawnEnd--;
        swap(undrawnEnd, current);
    }

    /**
     * Ends the node: restores the known constants' order for siblings and records the new ones.
     *
     * @return the number of features constant in this node, for its children
     */
    int finishNode() {
        System.arraycopy(constantFeatures, 0, features, 0, knownConstants);
        System.arraycopy(features, knownConstants, constantFeatures, knownConstants, foundConstants);
        return totalConstants;
    }

    /** Marks in {@code out} the first {@code count} constant features (valid after {@link #finishNode}). */
    void markConstants(int count, boolean[] out) {
        Arrays.fill(out, false);
        for (int i = 0; i < count; i++) {
            out[constantFeatures[i]] = true;
        }
    }

    private int randomInt(int low, int high) {
        if (state == 0) {
            state = 1;
        }
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return low + (state & 0x7FFF_FFFF) % (high - low);
    }

    private void swap(int i, int j) {
        int kept = features[i];
        features[i] = features[j];
        features[j] = kept;
    }
}
