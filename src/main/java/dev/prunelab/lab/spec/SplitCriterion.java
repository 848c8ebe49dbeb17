package dev.prunelab.lab.spec;

import dev.prunelab.engine.tree.Criterion;

/** The impurity a decision tree splits on. */
public enum SplitCriterion implements Choice {
    GINI,
    ENTROPY;

    public Criterion engine() {
        return this == GINI ? Criterion.GINI : Criterion.ENTROPY;
    }
}
