package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;

/** The shape checks every layer and model builder shares, with messages that name the argument. */
final class Shapes {

    private Shapes() {}

    static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }

    static void requireColumns(String what, Matrix x, int expected) {
        if (x.cols != expected) {
            throw new IllegalArgumentException(what + " must have " + expected + " columns, got " + x.cols);
        }
    }
}
