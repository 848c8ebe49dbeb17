package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.prunelab.Browser;
import dev.prunelab.progress.ProgressEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a restart does, without restarting the test JVM: results are read from the database (nothing about a finished
 * experiment is kept in memory), and just after start-up rows a crash left queued or running are marked interrupted
 * (only those created before the start). The packaged app's real stop and start is checked by hand in the README's
 * lab section.
 */
@QuarkusTest
class LabRestartTest {

    @Inject
    LabJobs jobs;

    @Test
    void resultsComeFromTheDatabaseAndUnfinishedRowsAreMarkedInterruptedAtStart() throws Exception {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.quickSpec());
        awaitFinal(browser, id);
        long learner = QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(id).learnerId);
        Instant restartedAt = Instant.now();
        long orphan = unfinished(learner, restartedAt.minusSeconds(60));
        long submittedSince = unfinished(learner, restartedAt.plusMillis(1));

        assertThat(jobs.interruptLeftovers(restartedAt).get()).isPositive();

        browser.request().get("/api/experiments/" + orphan).then().statusCode(200).body("status", equalTo("interrupted"))
                .body("error", equalTo("The server restarted while this experiment was waiting or running. Run it again."));
        browser.request().get("/api/experiments/" + submittedSince).then().statusCode(200).body("status", equalTo("running"));
        QuarkusTransaction.requiringNew().run(() -> Experiment.deleteById(submittedSince));
        browser.request().get("/api/experiments/" + id).then().statusCode(200).body("status", equalTo("done"));
        assertThat(browser.request().get("/api/experiments/" + id).jsonPath().getList("result.series")).isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ProgressEvent.forLearner(learner, ProgressEvent.Kind.EXPERIMENT)))
                .anyMatch(e -> e.subject.equals("decision-boundary") && e.score != null);
    }

    /** A row as a crash leaves it: running, with no job in the pool. */
    private static long unfinished(long learner, Instant createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Experiment crashed = new Experiment();
            crashed.learnerId = learner;
            crashed.title = "left running by a crash";
            crashed.spec = "{}";
            crashed.specHash = "0".repeat(64);
            crashed.status = ExperimentStatus.RUNNING;
            crashed.createdAt = createdAt;
            crashed.persist();
            return crashed.id;
        });
    }
}
