package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Test helpers for the lab API: start experiments as a browser would and wait for them. */
final class LabApiClient {

    /** Seeds no other test uses, so a run is computed rather than served from the cache. */
    private static final AtomicLong SEEDS = new AtomicLong(System.nanoTime() % 1_000_000 + 1000);

    /** A custom experiment that runs long enough to be cancelled or to fill the queue (many epochs on MNIST). */
    static Map<String, Object> slowSpec() {
        Map<String, Object> spec = new HashMap<>();
        spec.put("dataset", "mnist10k");
        spec.put("rows", 10000);
        spec.put("hidden", List.of(512, 512));
        spec.put("epochs", 30);
        spec.put("seed", uniqueSeed());
        return spec;
    }

    /** The quickest preset with a fresh seed. */
    static Map<String, Object> quickSpec() {
        return new HashMap<>(Map.of("preset", "decision-boundary", "seed", uniqueSeed()));
    }

    /**
     * The builder's fields for a one-shot MLP on digits (hidden 64, magnitude, unstructured, global), with the given
     * fields added or replaced.
     */
    static Map<String, String> networkForm(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(
                Map.of("builder", "1", "dataset", "digits", "model", "mlp", "hidden", "64", "criterion", "magnitude"));
        form.putAll(
                Map.of("granularity", "unstructured", "scope", "global", "schedule", "one-shot", "compare", "none"));
        form.putAll(changes);
        return form;
    }

    /** The builder's fields for a tree on iris with a fresh seed. */
    static Map<String, String> treeForm(String splitCriterion, int folds) {
        return new HashMap<>(Map.of(
                "builder",
                "1",
                "dataset",
                "iris",
                "rows",
                "150",
                "model",
                "tree",
                "splitCriterion",
                splitCriterion,
                "folds",
                String.valueOf(folds),
                "seed",
                String.valueOf(uniqueSeed())));
    }

    static long uniqueSeed() {
        return SEEDS.incrementAndGet();
    }

    static long start(Browser browser, Map<String, Object> spec) {
        Response response = browser.postJson("/api/experiments", spec);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getLong("id");
    }

    /** Polls until the experiment has the status (at most 60 s). */
    static void awaitStatus(Browser browser, long id, String status) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!status.equals(status(browser, id))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("experiment " + id + " is not " + status + " within 60 s");
            }
            pause();
        }
    }

    static String status(Browser browser, long id) {
        return browser.request()
                .get("/api/experiments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status");
    }

    /** Polls until the experiment reaches a final status (at most 60 s) and returns it. */
    static JsonPath awaitFinal(Browser browser, long id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath body = browser.request()
                    .get("/api/experiments/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!List.of("queued", "running", "cancelling").contains(body.getString("status"))) {
                return body;
            }
            pause();
        }
        throw new AssertionError("experiment " + id + " did not finish within 60 s");
    }

    /** Reads the experiment's progress stream (server-sent events) to its end, which comes when the run is final. */
    static String events(Browser browser, long id) {
        return browser.request()
                .accept("text/event-stream")
                .get("/api/experiments/" + id + "/events")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The wait between two polls of an experiment's status. */
    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private LabApiClient() {}
}
