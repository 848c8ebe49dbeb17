package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.prunelab.Browser;
import dev.prunelab.account.Learner;
import dev.prunelab.progress.ProgressEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a restart does, without restarting the test JVM: results are read from the database (nothing about a finished
 * experiment is kept in memory), and just after start-up rows a crash left queued or running are marked interrupted,
 * but not the rows submitted since the start nor those another instance sharing the database is working on. The packaged app's real stop and start is checked by hand
 * in the README's lab section, and with two instances by {@code src/test/scripts/two_instances.sh}.
 */
@QuarkusTest
class LabRestartTest {

    private static final String OTHER_INSTANCE = "another-host:8080";

    @Inject
    LabJobs jobs;

    @Inject
    LeftoverSweep sweep;

    @Inject
    ExperimentStore store;

    @Test
    void resultsComeFromTheDatabaseAndUnfinishedRowsAreMarkedInterruptedAtStart() throws Exception {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.quickSpec());
        awaitFinal(browser, id);
        long learner = QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(id).learnerId);
        Instant restartedAt = Instant.now();
        long orphan = row(learner, null, ExperimentStatus.RUNNING, restartedAt.minusSeconds(60));
        long submittedSince = row(learner, jobs.instance(), ExperimentStatus.RUNNING, restartedAt.plusMillis(1));

        sweep.interruptLeftovers(restartedAt, Duration.ZERO)
                .get(); // (the real start-up may have marked the orphan already)

        assertThat(statuses(submittedSince)).containsExactly(ExperimentStatus.RUNNING);
        QuarkusTransaction.requiringNew().run(() -> Experiment.deleteById(submittedSince));

        browser.request()
                .get("/api/experiments/" + orphan)
                .then()
                .statusCode(200)
                .body("status", equalTo("interrupted"))
                .body(
                        "error",
                        equalTo("The server restarted while this experiment was waiting or running. Run it again."));
        browser.request().get("/api/experiments/" + id).then().statusCode(200).body("status", equalTo("done"));
        assertThat(browser.request().get("/api/experiments/" + id).jsonPath().getList("result.series"))
                .isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ProgressEvent.forLearner(learner, ProgressEvent.Kind.EXPERIMENT)))
                .anyMatch(e -> e.subject.equals("decision-boundary") && e.score != null);
    }

    @Test
    void startUpAndShutdownLeaveAloneTheRowsAnotherInstanceIsWorkingOn() throws Exception {
        long learner = newLearner();
        Instant now = Instant.now();
        long othersRunning = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, now);
        long othersQueued = row(learner, OTHER_INSTANCE, ExperimentStatus.QUEUED, now);
        long othersLongGone = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, now.minus(Duration.ofHours(1)));
        long mineFromBefore = row(learner, jobs.instance(), ExperimentStatus.RUNNING, now);

        sweep.interruptLeftovers(now.plusMillis(1), Duration.ZERO).get();

        assertThat(statuses(othersRunning, othersQueued, othersLongGone, mineFromBefore))
                .containsExactly(
                        ExperimentStatus.RUNNING,
                        ExperimentStatus.QUEUED,
                        ExperimentStatus.INTERRUPTED,
                        ExperimentStatus.INTERRUPTED);

        // What the other instance does when it stops
        store.interruptRunBy(
                OTHER_INSTANCE, "The server stopped while this experiment was waiting or running. Run it again.");

        assertThat(statuses(othersRunning, othersQueued)).containsOnly(ExperimentStatus.INTERRUPTED);
    }

    @Test
    void aResultArrivingAfterTheExperimentWasCancelledElsewhereIsNotStored() {
        long learner = newLearner();
        long cancelled = row(learner, OTHER_INSTANCE, ExperimentStatus.RUNNING, Instant.now());
        store.finish(cancelled, ExperimentStatus.CANCELLED, "Cancelled."); // what another instance's cancel does

        store.complete(cancelled, "{\"series\":[]}", 1234, 0.9);

        assertThat(statuses(cancelled)).containsExactly(ExperimentStatus.CANCELLED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(cancelled).result))
                .isNull();
    }

    private static long newLearner() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Learner guest = new Learner();
            guest.createdAt = Instant.now();
            guest.persist();
            return guest.id;
        });
    }

    /** A row as an instance that crashed (or is still running it) leaves it: queued, or running since {@code since}. */
    private static long row(long learner, String runner, ExperimentStatus status, Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Experiment row = new Experiment();
            row.learnerId = learner;
            row.title = "left " + status + " by " + runner;
            row.spec = "{}";
            row.specHash = "0".repeat(64);
            row.status = status;
            row.runner = runner;
            row.createdAt = since;
            row.startedAt = status == ExperimentStatus.RUNNING ? since : null;
            row.persist();
            return row.id;
        });
    }

    private static List<ExperimentStatus> statuses(long... ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arrays.stream(ids)
                        .mapToObj(id -> Experiment.<Experiment>findById(id).status)
                        .toList());
    }
}
