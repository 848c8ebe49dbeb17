package dev.prunelab.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.spec.TestPresets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Same spec and seed, same numbers: small experiments of every schedule, granularity, criterion and comparison, with
 * the SHA-256 of their result JSON pinned (measured latencies left out, they are timings). A refactoring of the lab or
 * the engine that changes any accuracy, sparsity, histogram, per-class figure or decision boundary fails here.
 */
class PinnedResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            schedules   | {"dataset":"moons","rows":200,"hidden":[16],"epochs":4,"fineTuneEpochs":1,"sparsities":[0.5,0.9],"compare":"schedule","rounds":2,"seed":3} | 1e3caa667158d27d463f2821120804dc935ff5b69b87fb92487839a0c87231a1
            lottery     | {"dataset":"moons","rows":200,"hidden":[16,16],"epochs":2,"schedule":"lottery","rounds":2,"sparsities":[0.8],"seed":5} | 5063b5d01cade855cb2c2f55e7836040670911a2676cef92646681de74f283ee
            n:m         | {"dataset":"moons","rows":200,"hidden":[16,8],"epochs":3,"fineTuneEpochs":1,"granularity":"n:m","scope":"layer","compare":"granularity","sparsities":[0.5,0.75],"seed":1} | 4cbe629fdc4588e1b6e20fbb3491ec32b7713672d16ccbb3b4f05521b453194e
            snip        | {"dataset":"moons","rows":200,"hidden":[16],"epochs":3,"fineTuneEpochs":1,"criterion":"snip","compare":"criterion","sparsities":[0.5,0.9],"seed":2} | 0f45867d9f836dd19de0408d2a5fc6210b2fad3d425e9480c6738b1b455a2b24
            neurons     | {"dataset":"moons","rows":200,"hidden":[16,16],"epochs":3,"fineTuneEpochs":1,"granularity":"neurons","scope":"layer","schedule":"iterative","rounds":2,"sparsities":[0.5],"seed":4} | b09f421dcb57222ab230975fec19d028567daf9e83e097e56e11b750d7a6cee7
            scope       | {"dataset":"spirals","rows":200,"hidden":[16],"epochs":3,"fineTuneEpochs":1,"compare":"scope","sparsities":[0.7],"seed":8} | 7d1309a34f20b7407dd8f00cb45594edb926450c3cc9e7252b7b55d44d048f64
            cnn         | {"dataset":"digits","model":"cnn","rows":300,"epochs":1,"fineTuneEpochs":0,"sparsities":[0.5],"seed":6} | e9f2b76ba25a0549c72def7070d1ac9b08ce4811ba10fc1b6b2df6551ce82f00
            tree        | {"dataset":"iris","model":"tree","criterion":"entropy","seed":7} | 87fa1d7ee01e6b6c09bfb282d3d2aff2e45c89c86b434b2d5885662fc1b1d5c1
            """)
    void resultsOfASpecAndSeedStayTheSame(String name, String request, String pinned) throws Exception {
        ExperimentResult result =
                ExperimentRunner.run(TestPresets.resolve(request).orThrow(), RunContext.silent());
        String digest = sha256(withoutTimings(result));
        System.out.printf("pinned %-8s | %s%n", name, digest);
        assertThat(digest).as(name).isEqualTo(pinned);
    }

    /** The result as JSON without the measured latencies. */
    private static String withoutTimings(ExperimentResult result) throws Exception {
        JsonNode tree = JSON.valueToTree(result);
        if (tree.has("cost")) {
            for (JsonNode row : tree.get("cost")) {
                ((ObjectNode) row).remove(List.of("latencyDenseMs", "latencyCsrMs", "latencyShrunkMs"));
            }
        }
        return JSON.writeValueAsString(tree);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
