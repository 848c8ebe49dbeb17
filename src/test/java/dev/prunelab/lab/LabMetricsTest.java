package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.quickSpec;
import static dev.prunelab.lab.LabApiClient.slowSpec;
import static dev.prunelab.lab.LabApiClient.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.web.MetricsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lab's Prometheus meters move by exactly what happened: an experiment computed, one served from the cache, a
 * full queue (one worker, two places in the test profile) and an anonymous visitor over the limit (one run here).
 */
@QuarkusTest
@TestProfile(LabMetricsTest.OneAnonymousRun.class)
class LabMetricsTest {

    public static class OneAnonymousRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prunelab.lab.anonymous-runs", "1");
        }
    }

    static final String SUBMITTED = "prunelab_lab_experiments_submitted_total";
    static final String CACHED = "prunelab_lab_experiments_cached_total";
    static final String QUEUE_FULL = "prunelab_lab_experiments_rejected_total{reason=\"queue_full\"}";
    static final String RATE_LIMITED = "prunelab_lab_experiments_rejected_total{reason=\"rate_limited\"}";
    static final String DONE = "prunelab_lab_experiments_finished_total{outcome=\"done\"}";
    static final String CANCELLED = "prunelab_lab_experiments_finished_total{outcome=\"cancelled\"}";
    static final String DONE_RUNS = "prunelab_lab_experiment_duration_seconds_count{outcome=\"done\"}";
    static final String DONE_SECONDS = "prunelab_lab_experiment_duration_seconds_sum{outcome=\"done\"}";
    static final String CANCELLED_RUNS = "prunelab_lab_experiment_duration_seconds_count{outcome=\"cancelled\"}";
    static final String QUEUE_WAITS = "prunelab_lab_queue_wait_seconds_count";
    static final String QUEUE_DEPTH = "prunelab_lab_queue_depth";
    static final String RUNNING = "prunelab_lab_running";

    /** One scrape of {@code /q/metrics}: each series (name and labels as printed) with its value. */
    record Scrape(Map<String, Double> series) {

        static Scrape now() {
            Map<String, Double> series = new HashMap<>();
            for (String line : MetricsTest.scrape()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString()
                    .split("\n")) {
                int space = line.lastIndexOf(' ');
                if (!line.startsWith("#") && space > 0) {
                    series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
            return new Scrape(series);
        }

        /** Scrapes until {@code series} has moved by {@code delta} since {@code before} (the lab counts just after it answers). */
        static Scrape awaitMoved(Scrape before, String series, double delta) {
            long deadline = System.currentTimeMillis() + 10_000;
            Scrape now = now();
            while (now.since(before, series) < delta && System.currentTimeMillis() < deadline) {
                LabApiClient.pause();
                now = now();
            }
            return now;
        }

        double value(String name) {
            Double value = series.get(name);
            assertThat(value).as(name + " is exported").isNotNull();
            return value;
        }

        double since(Scrape before, String name) {
            return value(name) - before.value(name);
        }
    }

    @Test
    void aComputedRunIsCountedAndTimedAndItsRepeatIsCountedAsCached() {
        Browser browser = signedUp();
        Scrape before = Scrape.now();
        Map<String, Object> spec = quickSpec();
        long id = start(browser, spec);
        assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("done");
        Scrape after = Scrape.awaitMoved(before, DONE, 1);
        assertThat(after.since(before, SUBMITTED)).isEqualTo(1);
        assertThat(after.since(before, DONE)).isEqualTo(1);
        assertThat(after.since(before, DONE_RUNS)).isEqualTo(1);
        assertThat(after.since(before, DONE_SECONDS)).isPositive();
        assertThat(after.since(before, QUEUE_WAITS)).isEqualTo(1);
        assertThat(after.since(before, CACHED)).isZero();

        browser.postJson("/api/experiments", spec).then().statusCode(201);
        Scrape repeated = Scrape.now();
        assertThat(repeated.since(after, CACHED)).isEqualTo(1);
        assertThat(repeated.since(after, SUBMITTED)).isZero();
        assertThat(repeated.since(after, DONE_RUNS)).isZero();
    }

    @Test
    void aFullQueueShowsInTheGaugesAndItsRejectionIsCounted() {
        Browser browser = signedUp();
        Scrape before = Scrape.now();
        List<Long> started = new ArrayList<>();
        try {
            started.add(start(browser, slowSpec()));
            awaitRunning(browser, started.get(0));
            started.add(start(browser, slowSpec())); // one worker busy, two places in the queue
            started.add(start(browser, slowSpec()));
            browser.postJson("/api/experiments", slowSpec()).then().statusCode(429);

            Scrape full = Scrape.now();
            assertThat(full.value(RUNNING)).isEqualTo(1);
            assertThat(full.value(QUEUE_DEPTH)).isEqualTo(2);
            assertThat(full.since(before, SUBMITTED)).isEqualTo(3);
            assertThat(full.since(before, QUEUE_FULL)).isEqualTo(1);
            assertThat(full.since(before, RATE_LIMITED)).isZero();
        } finally {
            // the queued ones first, so that none of them reaches the worker
            for (int i = started.size() - 1; i >= 0; i--) {
                browser.request().delete("/api/experiments/" + started.get(i));
            }
        }
        Scrape after = Scrape.awaitMoved(before, CANCELLED, 3);
        assertThat(after.since(before, CANCELLED)).isEqualTo(3);
        assertThat(after.since(before, CANCELLED_RUNS))
                .as("only the running one ran")
                .isEqualTo(1);
        assertThat(after.since(before, QUEUE_WAITS)).isEqualTo(1);
        assertThat(after.value(QUEUE_DEPTH)).isZero();
    }

    @Test
    void anAnonymousVisitorOverTheLimitIsCountedAsRateLimited() {
        Browser guest = new Browser();
        Scrape before = Scrape.now();
        long id = start(guest, quickSpec());
        guest.postJson("/api/experiments", quickSpec()).then().statusCode(429);
        assertThat(Scrape.now().since(before, RATE_LIMITED)).isEqualTo(1);
        awaitFinal(guest, id);
        Scrape after = Scrape.awaitMoved(before, DONE, 1);
        assertThat(after.since(before, SUBMITTED)).isEqualTo(1);
        assertThat(after.since(before, QUEUE_FULL)).isZero();
    }

    private static Browser signedUp() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        return browser;
    }

    private static void awaitRunning(Browser browser, long id) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"running"
                .equals(browser.request()
                        .get("/api/experiments/" + id)
                        .jsonPath()
                        .getString("status"))) {
            assertThat(System.currentTimeMillis())
                    .as("experiment %d running within 10 s", id)
                    .isLessThan(deadline);
            LabApiClient.pause();
        }
    }
}
