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

    /** The drill every drill test diagnoses, and a good diagnosis of it. */
    public static final String DRILL = "not-faster";

    public static final String DRILL_DIAGNOSIS = """
            Short answer: nothing skips the zeros. prune.remove only bakes the mask into a plain dense tensor, so the \
            same dense kernel multiplies the zeros and the work is unchanged; the FLOP counter assumes zeros are \
            skipped but no kernel skips them. First I'd check the artefact: print the layer shapes, which are the same. \
            Then I'd prune whole filters with Torch-Pruning so the layers are rebuilt smaller, or use 2:4 with \
            TensorRT on an Ampere GPU, and benchmark p50 and p99 latency at the real batch size after warm-up, \
            re-checking accuracy.""";

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
