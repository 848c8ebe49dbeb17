package dev.prunelab.lab.spec;

import dev.prunelab.engine.data.DataSet;
import java.util.List;

/**
 * An experiment that may run: merged with its preset, checked within the lab's budgets, and typed, one variant per
 * kind of model, each holding only the settings it uses. Made by {@link SpecResolver#resolve}; its
 * {@link #toRequest() canonical request} is what is stored and keyed on.
 */
public sealed interface ExperimentSpec permits ExperimentSpec.Network, ExperimentSpec.Tree {

    /** The preset it started from, or null for a custom experiment. */
    String preset();

    DataSet dataset();

    /** Data rows used (a seeded stratified sample when fewer than the data set has). */
    int rows();

    /** Same spec and seed, same numbers. */
    long seed();

    Model model();

    /** The same experiment with another seed ("run again with seed …"). */
    ExperimentSpec withSeed(long seed);

    /** The spec as a request again, with only the fields that run: its JSON is the result store's key. */
    ExperimentRequest toRequest();

    default boolean isTree() {
        return this instanceof Tree;
    }

    /** A network experiment: an MLP or a CNN, trained dense, then pruned along every arm of its sweep. */
    sealed interface Network extends ExperimentSpec permits Mlp, Cnn {
        Sweep sweep();
    }

    /** @param hidden hidden layer widths, e.g. [64, 32] */
    record Mlp(String preset, DataSet dataset, int rows, List<Integer> hidden, Sweep sweep, long seed)
            implements Network {
        public Mlp {
            hidden = List.copyOf(hidden);
        }

        @Override
        public Model model() {
            return Model.MLP;
        }

        @Override
        public Mlp withSeed(long seed) {
            return new Mlp(preset, dataset, rows, hidden, sweep, seed);
        }

        @Override
        public ExperimentRequest toRequest() {
            return Canonical.network(this, hidden);
        }
    }

    /** A LeNet-5 style CNN on an image data set. */
    record Cnn(String preset, DataSet dataset, int rows, Sweep sweep, long seed) implements Network {
        @Override
        public Model model() {
            return Model.CNN;
        }

        @Override
        public Cnn withSeed(long seed) {
            return new Cnn(preset, dataset, rows, sweep, seed);
        }

        @Override
        public ExperimentRequest toRequest() {
            return Canonical.network(this, null);
        }
    }

    /**
     * A CART tree, pruned by minimal cost complexity.
     *
     * @param folds cross-validation folds for choosing alpha
     */
    record Tree(String preset, DataSet dataset, int rows, SplitCriterion criterion, int folds, long seed)
            implements ExperimentSpec {
        @Override
        public Model model() {
            return Model.TREE;
        }

        @Override
        public Tree withSeed(long seed) {
            return new Tree(preset, dataset, rows, criterion, folds, seed);
        }

        @Override
        public ExperimentRequest toRequest() {
            return new ExperimentRequest(
                    preset,
                    dataset.id(),
                    Model.TREE.id(),
                    null,
                    criterion.id(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    rows,
                    folds,
                    null,
                    seed);
        }
    }

    /** Writes network specs back as requests. */
    final class Canonical {
        private Canonical() {}

        static ExperimentRequest network(Network spec, List<Integer> hidden) {
            Sweep s = spec.sweep();
            return new ExperimentRequest(
                    spec.preset(),
                    spec.dataset().id(),
                    spec.model().id(),
                    hidden,
                    s.criterion().id(),
                    s.granularity().id(),
                    s.scope() == null ? null : s.scope().id(),
                    s.schedule().id(),
                    s.rounds(),
                    s.sparsities(),
                    s.epochs(),
                    s.fineTuneEpochs(),
                    spec.rows(),
                    null,
                    s.compare().id(),
                    spec.seed());
        }
    }
}
