package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Uniform random scores from a generator seeded per call, so the same seed gives the same mask. */
final class RandomCriterion implements Criterion {

    private final long seed;

    RandomCriterion(long seed) {
        this.seed = seed;
    }

    @Override
    public List<float[]> scores(Network network, List<Parameter> weights) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> all = new ArrayList<>();
        for (Parameter w : weights) {
            float[] s = new float[w.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = (float) random.nextDouble();
            }
            all.add(s);
        }
        return all;
    }
}
