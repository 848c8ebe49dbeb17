package dev.prunelab.lab.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.markdown.MarkdownRenderer;
import java.nio.file.Path;

/** The presets of {@code content/} and the test profile's budget, for lab tests that run without the server. */
public final class TestPresets {

    public static final Presets PRESETS =
            Presets.of(new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of("content"))));
    public static final SpecRules.Budget BUDGET = new SpecRules.Budget(30, 512, 10000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPresets() {}

    public static SpecResolver.Resolution resolve(ExperimentRequest request) {
        return SpecResolver.resolve(request, PRESETS, BUDGET);
    }

    /** A request written as API JSON, resolved. */
    public static SpecResolver.Resolution resolve(String json) {
        try {
            return resolve(JSON.readValue(json, ExperimentRequest.class));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a request: " + json, e);
        }
    }

    /** The canonical JSON of a spec: the result store's key. */
    public static String canonical(ExperimentSpec spec) {
        try {
            return JSON.writeValueAsString(spec.toRequest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
