package dev.prunelab.engine.tree;

import java.util.Arrays;

/**
 * Finds the best split of a node exactly as scikit-learn's {@code BestSplitter} does, on presorted
 * columns: each feature keeps its samples sorted by value, segment by segment, and a split stably
 * partitions every segment, so no node sorts again. Features known to be constant in a node are
 * never evaluated below it, so their segments are not maintained.
 *
 * <p>scikit-learn's definitions reproduced here: feature values are float32; two sorted neighbours
 * closer than {@code 1e-7f} (float arithmetic) are treated as equal, so no split falls between them;
 * a candidate is scored by the proxy {@code -nRight * impurityRight - nLeft * impurityLeft} and kept
 * only when strictly better; the threshold is {@code lo / 2.0 + hi / 2.0} in double, replaced by
 * {@code lo} when it rounds up to {@code hi}.
 */
final class BestSplitter {

    private static final float FEATURE_THRESHOLD = 1e-7f;

    private final int rows;
    private final int featureCount;
    private final int classes;
    private final int[] labels;
    private final Criterion criterion;
    private final int minSamplesLeaf;
    /** Per feature f, positions [f * rows + start, f * rows + end) hold the node's samples sorted by value. */
    private final int[] sortedSamples;

    private final float[] sortedValues;
    private final FeatureDraw draw;

    // scratch, reused by every node
    /** 1 if the sample goes to the left child of the split being applied, else 0. */
    private final int[] goesLeft;

    private final boolean[] constantBelow;
    private final int[] spillSamples;
    private final float[] spillValues;
    private final int[] leftCounts;
    private final int[] rightCounts;

    // the best split of the last node searched
    int bestFeature;
    double bestThreshold;
    int bestPosition;
    double impurityLeft;
    double impurityRight;
    double improvement;
    final int[] bestLeftCounts;
    final int[] bestRightCounts;
    int constantsForChildren;

    BestSplitter(float[] features, int[] labels, int featureCount, int classes, TreeOptions options) {
        this.rows = labels.length;
        this.featureCount = featureCount;
        this.classes = classes;
        this.labels = labels;
        this.criterion = options.criterion();
        this.minSamplesLeaf = options.minSamplesLeaf();
        this.sortedSamples = new int[featureCount * rows];
        this.sortedValues = new float[featureCount * rows];
        this.draw = new FeatureDraw(featureCount, FeatureDraw.SKLEARN_RANDOM_STATE_0);
        this.goesLeft = new int[rows];
        this.constantBelow = new boolean[featureCount];
        this.spillSamples = new int[rows];
        this.spillValues = new float[rows];
        this.leftCounts = new int[classes];
        this.rightCounts = new int[classes];
        this.bestLeftCounts = new int[classes];
        this.bestRightCounts = new int[classes];
        presort(features);
    }

    /** Sorts every column once; later nodes only partition these orders. */
    private void presort(float[] features) {
        RadixArgsort argsort = new RadixArgsort(rows);
        for (int f = 0; f < featureCount; f++) {
            int[] order = argsort.sort(features, f, featureCount, rows);
            int base = f * rows;
            for (int i = 0; i < rows; i++) {
                sortedSamples[base + i] = order[i];
                sortedValues[base + i] = features[order[i] * featureCount + f];
            }
        }
    }

    /**
     * Searches the best split of the node holding positions [start, end).
     *
     * @param counts         class counts of the node
     * @param impurity       impurity of the node
     * @param knownConstants number of features found constant by the node's ancestors
     * @return whether a valid split exists; if so the {@code best*} fields and children impurities are set
     */
    boolean search(int start, int end, int[] counts, double impurity, int knownConstants) {
        int nodeSamples = end - start;
        double bestProxy = Double.NEGATIVE_INFINITY;
        bestPosition = end;
        draw.startNode(knownConstants);
        for (int feature = draw.next(); feature >= 0; feature = draw.next()) {
            int base = feature * rows;
            if (sortedValues[base + end - 1] <= sortedValues[base + start] + FEATURE_THRESHOLD) {
                draw.markConstant();
                continue;
            }
            draw.markEvaluated();
            System.arraycopy(counts, 0, rightCounts, 0, classes);
            Arrays.fill(leftCounts, 0);
            long squaresLeft = 0;
            long squaresRight = sumOfSquares(counts);
            for (int p = start; p < end - 1; p++) {
                int label = labels[sortedSamples[base + p]];
                squaresLeft += 2L * leftCounts[label] + 1;
                leftCounts[label]++;
                squaresRight -= 2L * rightCounts[label] - 1;
                rightCounts[label]--;
                float value = sortedValues[base + p];
                float next = sortedValues[base + p + 1];
                int left = p + 1 - start;
                int right = nodeSamples - left;
                if (next <= value + FEATURE_THRESHOLD || left < minSamplesLeaf || right < minSamplesLeaf) {
                    continue;
                }
                double proxy = -(double) right * criterion.impurity(rightCounts, 0, classes, squaresRight, right)
                        - (double) left * criterion.impurity(leftCounts, 0, classes, squaresLeft, left);
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestFeature = feature;
                    bestPosition = p + 1;
                    bestThreshold = value / 2.0 + next / 2.0;
                    if (bestThreshold == next || Double.isInfinite(bestThreshold)) {
                        bestThreshold = value;
                    }
                }
            }
        }
        constantsForChildren = draw.finishNode();
        if (bestPosition >= end) {
            return false;
        }
        childrenImpurities(start, end, counts, impurity);
        return true;
    }

    private void childrenImpurities(int start, int end, int[] counts, double impurity) {
        Arrays.fill(bestLeftCounts, 0);
        int base = bestFeature * rows;
        for (int p = start; p < bestPosition; p++) {
            bestLeftCounts[labels[sortedSamples[base + p]]]++;
        }
        for (int c = 0; c < classes; c++) {
            bestRightCounts[c] = counts[c] - bestLeftCounts[c];
        }
        double node = end - start;
        double left = bestPosition - start;
        double right = end - bestPosition;
        impurityLeft = criterion.impurity(bestLeftCounts, 0, classes, bestPosition - start);
        impurityRight = criterion.impurity(bestRightCounts, 0, classes, end - bestPosition);
        improvement = (node / rows) * (impurity - (right / node * impurityRight) - (left / node * impurityLeft));
    }

    private long sumOfSquares(int[] counts) {
        long sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += (long) counts[c] * counts[c];
        }
        return sum;
    }

    /**
     * Applies the last found split: every maintained feature segment of [start, end) is stably
     * partitioned into the samples going left, then those going right.
     */
    void partition(int start, int end) {
        int bestBase = bestFeature * rows;
        for (int p = start; p < end; p++) {
            goesLeft[sortedSamples[bestBase + p]] = p < bestPosition ? 1 : 0;
        }
        draw.markConstants(constantsForChildren, constantBelow);
        for (int f = 0; f < featureCount; f++) {
            if (f == bestFeature || constantBelow[f]) {
                continue; // already partitioned, or never evaluated again below this node
            }
            int base = f * rows;
            int kept = base + start;
            int spilled = 0;
            for (int p = base + start; p < base + end; p++) {
                // branch-free: the side is data dependent, so a branch would mispredict half the time
                int sample = sortedSamples[p];
                float value = sortedValues[p];
                int left = goesLeft[sample];
                sortedSamples[kept] = sample;
                sortedValues[kept] = value;
                spillSamples[spilled] = sample;
                spillValues[spilled] = value;
                kept += left;
                spilled += 1 - left;
            }
            System.arraycopy(spillSamples, 0, sortedSamples, kept, spilled);
            System.arraycopy(spillValues, 0, sortedValues, kept, spilled);
        }
    }
}
