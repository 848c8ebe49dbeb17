package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.Browser;
import dev.prunelab.account.Learner;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.web.ClusterEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The queue shared by instances, played from one: rows stand for what other instances do (queue, run, die, cancel),
 * this instance's workers and heartbeat answer. Results are read from the database; a row queued anywhere is run by
 * any instance; a cancel through any instance stops the run where it is; the rows of an instance that stopped beating
 * (killed, or this one before a crash) are taken over. Two real instances: {@code src/test/scripts/two_instances.sh}.
 */
@QuarkusTest
class LabRestartTest {

    private static final String OTHER_INSTANCE = "another-host:8080";
    private static final Duration TAKEOVER = Duration.ofSeconds(15);

    @Inject
    LabJobs jobs;

    @Inject
    LabQueue queue;

    @Inject
    ExperimentStore store;

    @Inject
    ClusterEvents cluster;

    @Inject
    ObjectMapper json;

    /** A tree on iris with a fresh seed, as its canonical request: done in a fraction of a second. */
    private static String quickTree() {
        return "{\"dataset\":\"iris\",\"model\":\"tree\",\"seed\":" + LabApiClient.uniqueSeed() + "}";
    }

    @Test
    void resultsComeFromTheDatabaseAndARowQueuedElsewhereRunsHere() {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.quickSpec());
        awaitFinal(browser, id);
        long learner = QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(id).learnerId);
        assertThat(browser.request().get("/api/experiments/" + id).jsonPath().getList("result.series"))
                .isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ProgressEvent.forLearner(learner, ProgressEvent.Kind.EXPERIMENT)))
                .anyMatch(e -> e.subject.equals("decision-boundary") && e.score != null);

        // queued through another instance: a worker here claims it within a second
        long queuedElsewhere = row(learner, null, ExperimentStatus.QUEUED, Instant.now(), 0, quickTree());
        awaitStatus(browser, queuedElsewhere, "done");
        assertThat(runner(queuedElsewhere)).isEqualTo(jobs.instance());
    }

    @Test
    void theRowsOfAnInstanceThatStoppedBeatingAreTakenOverAndLiveOnesLeftAlone() {
        long learner = newLearner();
        Instant now = Instant.now();
        Instant longAgo = now.minus(Duration.ofHours(1));
        long live = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, now, 1, quickTree());
        long killedOnce = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, longAgo, 1, quickTree());
        long killedTwice = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, longAgo, 2, quickTree());
        long cancelledThenKilled = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, longAgo, 1, quickTree());
        queue.requestCancel(cancelledThenKilled);

        queue.takeOver(now.minus(TAKEOVER), jobs.instance(), now); // what every instance's heartbeat does

        assertThat(statuses(live, killedTwice, cancelledThenKilled))
                .containsExactly(ExperimentStatus.RUNNING, ExperimentStatus.INTERRUPTED, ExperimentStatus.CANCELLED);
        // queued again, then claimed and run here
        awaitRow(killedOnce, ExperimentStatus.DONE);
        assertThat(runner(killedOnce)).isEqualTo(jobs.instance());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(killedOnce).attempts))
                .isEqualTo(2);

        // what the other instance does when it stops
        store.interruptRunBy(OTHER_INSTANCE, "The server stopped while this experiment was running. Run it again.");
        assertThat(statuses(live)).containsExactly(ExperimentStatus.INTERRUPTED);
    }

    @Test
    void whatThisInstanceRanBeforeACrashIsQueuedAgain() {
        long learner = newLearner();
        Instant now = Instant.now();
        // running under this instance's name since before it started: a crash left it, whatever its heartbeat says
        long leftByCrash = row(learner, jobs.instance(), ExperimentStatus.RUNNING, now.minusSeconds(1), 1, quickTree());
        queue.takeOver(now.minus(TAKEOVER), jobs.instance(), now);
        awaitRow(leftByCrash, ExperimentStatus.DONE);
    }

    @Test
    void aCancelThroughAnotherInstanceStopsTheRunHere() {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.slowSpec());
        awaitStatus(browser, id, "running");
        queue.requestCancel(id); // what a cancel through any instance does
        assertThat(LabApiClient.status(browser, id)).isIn("cancelling", "cancelled");
        long asked = System.nanoTime();
        assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("cancelled");
        // read with the next heartbeat (every second), then stopped at the run's next check
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aResultArrivingAfterACancelOrATakeoverIsNotStored() {
        long learner = newLearner();
        long cancelled = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, Instant.now(), 1, "{}");
        store.finishRun(cancelled, OTHER_INSTANCE, ExperimentStatus.CANCELLED, "Cancelled while running.");
        store.complete(cancelled, OTHER_INSTANCE, "{\"series\":[]}", 1234, 0.9);
        long takenOver = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, Instant.now(), 2, "{}");
        store.complete(takenOver, jobs.instance(), "{\"series\":[]}", 1234, 0.9); // this instance had stalled

        assertThat(statuses(cancelled, takenOver))
                .containsExactly(ExperimentStatus.CANCELLED, ExperimentStatus.RUNNING);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(cancelled).result))
                .isNull();
        store.interruptRunBy(OTHER_INSTANCE, "The test is over.");
    }

    @Test
    void theProgressOfAnExperimentRunningElsewhereReachesThePageHere() throws Exception {
        Browser browser = new Browser();
        long mine = LabApiClient.start(browser, LabApiClient.quickSpec());
        awaitFinal(browser, mine);
        long learner = QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(mine).learnerId);
        long elsewhere = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, Instant.now(), 1, quickTree());
        CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> LabApiClient.events(browser, elsewhere));
        Thread.sleep(1500); // the page's stream is open and listening
        // what the instance running it publishes
        publish(new ExperimentEvent(elsewhere, "running", RunProgress.starting("Training on another instance"), null));
        publish(new ExperimentEvent(elsewhere, "done", null, null));

        String events = page.get(30, TimeUnit.SECONDS);
        assertThat(events).contains("event:running").contains("Training on another instance");
        assertThat(events.indexOf("Training on another instance")).isLessThan(events.indexOf("event:done"));
        store.interruptRunBy(OTHER_INSTANCE, "The test is over.");
    }

    private void publish(ExperimentEvent event) throws Exception {
        cluster.publish(LabJobs.EVENTS, json.writeValueAsString(event));
    }

    private static long newLearner() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Learner guest = new Learner();
            guest.createdAt = Instant.now();
            guest.persist();
            return guest.id;
        });
    }

    /** Polls the row until it has the status (at most 60 s). */
    private static void awaitRow(long id, ExperimentStatus status) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (statuses(id).get(0) != status) {
            assertThat(System.currentTimeMillis())
                    .as("experiment " + id + " " + status)
                    .isLessThan(deadline);
            LabApiClient.pause();
        }
    }

    /**
     * A row as another instance leaves it: queued, or running with its last heartbeat at {@code beat} after
     * {@code attempts} claims.
     */
    private static long row(
            long learner, String runner, ExperimentStatus status, Instant beat, int attempts, String spec) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Experiment row = new Experiment();
            row.learnerId = learner;
            row.title = status + " by " + runner;
            row.spec = spec;
            row.specHash = "0".repeat(64);
            row.status = status;
            row.runner = runner;
            row.createdAt = beat;
            row.startedAt = status == ExperimentStatus.RUNNING ? beat : null;
            row.heartbeatAt = row.startedAt;
            row.attempts = attempts;
            row.persist();
            return row.id;
        });
    }

    private static String runner(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(id).runner);
    }

    private static List<ExperimentStatus> statuses(long... ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arrays.stream(ids)
                        .mapToObj(id -> Experiment.<Experiment>findById(id).status)
                        .toList());
    }
}
