package dev.prunelab.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Answers for flow tests: the bodies of the earlier graded samples kept under the calibration set's {@code legacy/}. */
public final class SampleAnswers {

    public static final String EXCELLENT = "excellent-full-answer";
    public static final String WEAK = "weak-vague";
    public static final String MATH_NO_EVALUATION = "math-heavy-no-evaluation";
    public static final String GPU_STRONG = "gpu-speedup-strong";
    public static final String SHORT = "Pruning removes weights that matter little, so the model gets smaller.";

    private SampleAnswers() {}

    /** The answer text of a calibration sample (without its front matter). */
    public static String body(String sampleId) {
        try {
            String text = Files.readString(
                    Path.of("src/test/resources/dev/prunelab/practice/feedback/calibration/legacy", sampleId + ".md"));
            int end = text.indexOf("\n---", 4);
            return text.substring(text.indexOf('\n', end + 1) + 1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
