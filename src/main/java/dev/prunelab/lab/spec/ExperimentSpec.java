package dev.prunelab.lab.spec;

import dev.prunelab.engine.data.DataSet;
import java.util.List;

/**
 * An experiment that may run: merged with its preset, checked within the lab's budgets, and typed, one variant per
 * kind of model, each holding only the settings it uses. Made by {@link SpecResolver#resolve}; its
 * {@link #toRequest() canonical request} is what is stored and keyed on.
 */
public sealed interface ExperimentSpec permits ExperimentSpec.OnData, ExperimentSpec.Transformer {

    /** The preset it started from, or null for a custom experiment. */
    String preset();

    /** Data rows used (a seeded stratified sample when fewer than the data set has); the transformer's cards. */
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

    default boolean isTransformer() {
        return this instanceof Transformer;
    }

    /** Which result sections the page shows: {@code network}, {@code tree} or {@code transformer}. */
    default String kind() {
        return isTree() ? "tree" : isTransformer() ? "transformer" : "network";
    }

    /** Whether the result has decision-boundary pictures (a network on a generated 2-D data set). */
    default boolean drawsBoundary() {
        return this instanceof Network network && network.dataset().generated();
    }

    /** An experiment that trains its model on one of the engine's data sets. */
    sealed interface OnData extends ExperimentSpec permits Network, Tree {
        DataSet dataset();
    }

    /** A network experiment: an MLP or a CNN, trained dense, then pruned along every arm of its sweep. */
    sealed interface Network extends OnData permits Mlp, Cnn {
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
            implements OnData {
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

    /**
     * The pretrained all-MiniLM-L6-v2, pruned without retraining and scored against its dense self on flashcard
     * retrieval. Its arms: the dense model, then every compared criterion and pattern at every sparsity.
     *
     * @param rows        the flashcards evaluated: the first ones by id (all of them when there are fewer)
     * @param criterion   how weights, or heads and neurons, are ranked
     * @param granularity unstructured, n:m (2:4, at sparsity 0.5 only) or neurons (attention heads and FFN neurons,
     *     the same share of each in every block)
     * @param sparsities  shares of the linear layers' weights, or of the heads and neurons, ascending and distinct
     * @param compare     none, criterion (every method at this granularity) or criterion-and-granularity (every
     *     one-shot method, unstructured and 2:4)
     * @param seed        kept for the "run again" form; the run has no randomness
     */
    record Transformer(
            String preset,
            int rows,
            TransformerCriterion criterion,
            Granularity granularity,
            List<Double> sparsities,
            Compare compare,
            long seed)
            implements ExperimentSpec {
        public Transformer {
            sparsities = List.copyOf(sparsities);
        }

        @Override
        public Model model() {
            return Model.MINILM;
        }

        @Override
        public Transformer withSeed(long seed) {
            return new Transformer(preset, rows, criterion, granularity, sparsities, compare, seed);
        }

        @Override
        public ExperimentRequest toRequest() {
            return new ExperimentRequest(
                    preset,
                    null,
                    Model.MINILM.id(),
                    null,
                    criterion.id(),
                    granularity.id(),
                    null,
                    null,
                    null,
                    sparsities,
                    null,
                    null,
                    rows,
                    null,
                    compare.id(),
                    seed);
        }

        /** Whether heads and neurons are removed (then the shrunk model is timed) rather than single weights. */
        public boolean structured() {
            return granularity == Granularity.NEURONS;
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
