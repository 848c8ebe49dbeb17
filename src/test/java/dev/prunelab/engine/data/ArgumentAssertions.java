package dev.prunelab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts the engine's bad-input contract: an IllegalArgumentException with an exact message. */
public final class ArgumentAssertions {

    private ArgumentAssertions() {}

    /** Runs {@code call} and checks it throws IllegalArgumentException with message {@code expected}. */
    public static void assertMessage(String expected, Executable call) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
