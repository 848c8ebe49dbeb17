package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.train.StepHook;
import java.util.ArrayList;
import java.util.List;

/**
 * Movement pruning scores (Sanh et al. 2020): {@code S = −Σₜ w·∂L/∂w} accumulated over fine-tuning
 * steps, so weights moving away from zero score high and weights shrinking toward zero score low.
 * Register it as the trainer's {@link StepHook}, fine-tune, then use it as the {@link Criterion}.
 *
 * <pre>{@code
 * MovementScores movement = new MovementScores(network.prunableWeights());
 * new Trainer(3, 32, 0).afterBackward(movement).fit(network, adam, train);
 * Pruner.prune(network, movement, PruningMethod.unstructured(), Scope.GLOBAL, Amount.fraction(0.8));
 * }</pre>
 */
public final class MovementScores implements StepHook, Criterion {

    private final List<Parameter> tracked;
    private final List<float[]> accumulated = new ArrayList<>();

    /** @param weights the weights whose movement is tracked (the ones to prune later) */
    public MovementScores(List<Parameter> weights) {
        this.tracked = List.copyOf(weights);
        for (Parameter w : tracked) {
            accumulated.add(new float[w.size()]);
        }
    }

    @Override
    public void afterBackward(Network network) {
        for (int p = 0; p < tracked.size(); p++) {
            float[] w = tracked.get(p).value();
            float[] g = tracked.get(p).grad();
            float[] s = accumulated.get(p);
            for (int i = 0; i < s.length; i++) {
                s[i] -= w[i] * g[i];
            }
        }
    }

    @Override
    public List<float[]> scores(Network network, List<Parameter> weights) {
        List<float[]> result = new ArrayList<>();
        for (Parameter w : weights) {
            int index = tracked.indexOf(w);
            if (index < 0) {
                throw new IllegalArgumentException("weights must be tracked by these movement scores, got " + w.name());
            }
            result.add(accumulated.get(index).clone());
        }
        return result;
    }
}
