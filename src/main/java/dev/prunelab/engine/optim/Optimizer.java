package dev.prunelab.engine.optim;

import dev.prunelab.engine.nn.Parameter;
import java.util.List;

/**
 * Updates parameters from their gradients. Every implementation keeps the pruning invariant: after
 * {@link #step()} a masked value is exactly 0, and its optimizer state (momentum, Adam moments) is 0
 * too, so neither the next step nor stale state can regrow it.
 */
public abstract class Optimizer {

    protected final List<Parameter> parameters;
    protected final float learningRate;
    protected final float weightDecay;

    /**
     * @param parameters what to update
     * @param learningRate step size, in (0, 10]
     * @param weightDecay L2 penalty added to the gradient (PyTorch's {@code weight_decay}), in [0, 1)
     */
    protected Optimizer(List<Parameter> parameters, double learningRate, double weightDecay) {
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("learningRate must be in (0, 10], got " + learningRate);
        }
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            throw new IllegalArgumentException("weightDecay must be in [0, 1), got " + weightDecay);
        }
        this.parameters = List.copyOf(parameters);
        this.learningRate = (float) learningRate;
        this.weightDecay = (float) weightDecay;
    }

    /** One update of every parameter from its current gradient. */
    public final void step() {
        beginStep();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            float[] mask = p.mask();
            if (mask == null) {
                update(i, p.value(), p.grad());
            } else {
                updateMasked(i, p, mask);
            }
        }
    }

    /**
     * Updates a pruned parameter: whatever the update does at masked entries is undone, and the state
     * there is cleared. Subclasses may fuse the passes; the values and the state must come out the same (the
     * gradient is scratch after a step: every backward pass overwrites it).
     */
    protected void updateMasked(int index, Parameter p, float[] mask) {
        update(index, p.value(), p.grad());
        maskState(index, mask);
        p.applyMask();
    }

    /** Called once per step before the parameters are visited (e.g. to advance a step counter). */
    protected void beginStep() {}

    /**
     * Updates one parameter's values in place.
     *
     * @param index the parameter's position, to find its state
     * @param value the values
     * @param grad the gradient (already masked)
     */
    protected abstract void update(int index, float[] value, float[] grad);

    /** Zeroes the state kept for masked entries of parameter {@code index}. */
    protected abstract void maskState(int index, float[] mask);

    /** Multiplies each state array by the mask. */
    protected static void multiplyByMask(float[] state, float[] mask) {
        for (int j = 0; j < state.length; j++) {
            state[j] *= mask[j];
        }
    }

    /** The list of state arrays, one zeroed array per parameter. */
    protected final float[][] newState() {
        float[][] state = new float[parameters.size()][];
        for (int i = 0; i < state.length; i++) {
            state[i] = new float[parameters.get(i).size()];
        }
        return state;
    }
}
