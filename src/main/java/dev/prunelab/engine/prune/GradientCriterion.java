package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.nn.SoftmaxCrossEntropy;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The criteria that need gradients: Taylor and SNIP score |w·g| with g the mean-loss gradient; the
 * Fisher saliency scores ½·E[g²]·w² from per-sample gradients. The network's gradients are left
 * cleared afterwards (training starts from clean gradients anyway).
 */
final class GradientCriterion implements Criterion {

    enum Kind {
        TAYLOR,
        SNIP,
        FISHER
    }

    private final Kind kind;
    private final Samples data;
    private final int batchSize;

    GradientCriterion(Kind kind, Samples data, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        this.kind = kind;
        this.data = data;
        this.batchSize = batchSize;
    }

    @Override
    public List<float[]> scores(Network network, List<Parameter> weights) {
        if (data.width() != network.inputSize()) {
            throw new IllegalArgumentException(
                    "data width must equal the network input size " + network.inputSize() + ", got " + data.width());
        }
        List<float[]> gradientStatistic = new ArrayList<>();
        for (Parameter w : weights) {
            gradientStatistic.add(new float[w.size()]);
        }
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        int width = data.width();
        for (int start = 0; start < data.rows(); start += batchSize) {
            int rows = Math.min(batchSize, data.rows() - start);
            float[] slice = Arrays.copyOfRange(data.features(), start * width, (start + rows) * width);
            loss.forward(network.forward(new Matrix(rows, width, slice)), data.labels(), start);
            network.backward(loss.gradient());
            float share = (float) rows / data.rows(); // batch means → overall mean
            for (int p = 0; p < weights.size(); p++) {
                float[] g = weights.get(p).grad();
                float[] acc = gradientStatistic.get(p);
                for (int i = 0; i < g.length; i++) {
                    acc[i] += kind == Kind.FISHER ? g[i] * g[i] * share : g[i] * share;
                }
            }
        }
        network.zeroGrad();
        return toScores(weights, gradientStatistic);
    }

    private List<float[]> toScores(List<Parameter> weights, List<float[]> statistic) {
        double total = 0;
        for (int p = 0; p < weights.size(); p++) {
            float[] w = weights.get(p).value();
            float[] s = statistic.get(p);
            for (int i = 0; i < s.length; i++) {
                s[i] = kind == Kind.FISHER ? 0.5f * s[i] * w[i] * w[i] : Math.abs(w[i] * s[i]);
                total += s[i];
            }
        }
        if (kind == Kind.SNIP && total > 0) {
            for (float[] s : statistic) {
                for (int i = 0; i < s.length; i++) {
                    s[i] = (float) (s[i] / total);
                }
            }
        }
        return statistic;
    }
}
