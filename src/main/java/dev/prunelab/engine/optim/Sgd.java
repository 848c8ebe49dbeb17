package dev.prunelab.engine.optim;

import dev.prunelab.engine.nn.Parameter;
import java.util.List;

/**
 * Stochastic gradient descent with heavy-ball momentum, as PyTorch's {@code torch.optim.SGD}
 * (dampening 0): {@code buf = momentum·buf + g; w −= lr·buf}, with {@code g = grad + weightDecay·w}.
 *
 * <pre>{@code
 * Optimizer sgd = new Sgd(network.parameters(), 0.1, 0.9, 5e-4);
 * }</pre>
 */
public final class Sgd extends Optimizer {

    private final float momentum;
    private final float[][] velocity;

    /**
     * @param momentum in [0, 1)
     * @see Optimizer#Optimizer(List, double, double) for the other arguments
     */
    public Sgd(List<Parameter> parameters, double learningRate, double momentum, double weightDecay) {
        super(parameters, learningRate, weightDecay);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.momentum = (float) momentum;
        this.velocity = newState();
    }

    @Override
    protected void update(int index, float[] value, float[] grad) {
        float[] buf = velocity[index];
        for (int j = 0; j < value.length; j++) {
            float g = grad[j] + weightDecay * value[j];
            buf[j] = momentum * buf[j] + g;
            value[j] -= learningRate * buf[j];
        }
    }

    @Override
    protected void maskState(int index, float[] mask) {
        multiplyByMask(velocity[index], mask);
    }
}
