package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.PostgresProfile;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two packaged instances (the PostgreSQL build in {@code target/pg}) as processes on two ports and one database: the
 * experiments queued through one are claimed by both, a cancel through one stops the run on the other, the progress
 * of a run and a pair interview's changes reach pages served by the other, a rate limit counts the calls made through both, and when the
 * instance running an experiment is SIGKILLed the other takes it over. Runs in the verify phase where {@value PostgresProfile#URL_VARIABLE} is set (the pom's
 * {@code two-instances} profile builds {@code target/pg} first).
 */
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path JAR = Path.of("target", "pg", "quarkus-run.jar");
    private static final int TAKEOVER_SECONDS = 5;
    private static final int FEEDBACK_LIMIT = 3;
    /** Long enough to be running through every check: many epochs of a wide MLP on MNIST. */
    private static final String SLOW =
            "{\"dataset\":\"mnist10k\",\"rows\":10000,\"hidden\":[512,512],\"epochs\":30," + "\"seed\":%d}";

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern JOIN = Pattern.compile("\"joinPath\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

    private static Instance a;
    private static Instance b;
    private static final HttpClient guest =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private static final List<Long> started = new ArrayList<>();

    record Instance(String name, int port, Process process) {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(JAR)
                .as("the PostgreSQL build (./mvnw package -Dquarkus.profile=prod,pg …)")
                .exists();
        try (Connection db = database();
                Statement clean = db.createStatement()) {
            clean.execute("DROP SCHEMA public CASCADE");
            clean.execute("CREATE SCHEMA public");
        }
        int port = 18000 + ThreadLocalRandom.current().nextInt(900);
        a = launch("it-a", port);
        b = launch("it-b", port + 1);
        awaitReady(a);
        awaitReady(b);
    }

    @AfterAll
    static void stopThem() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.process().destroy();
            }
        }
    }

    @Test
    @Order(1)
    void experimentsQueuedThroughOneInstanceAreClaimedByBoth() throws Exception {
        // one worker each: two experiments queued through A run one on each instance
        started.add(submit(a));
        started.add(submit(a));
        awaitTrue(
                "both running, one per instance",
                () -> Set.of("it-a", "it-b")
                        .equals(new HashSet<>(Arrays.asList(runner(started.get(0)), runner(started.get(1))))));
    }

    @Test
    @Order(2)
    void progressOfARunReachesAPageOnTheOtherInstance() throws Exception {
        long onA = runningOn("it-a");
        HttpRequest events = HttpRequest.newBuilder(b.uri("/api/experiments/" + onA + "/events"))
                .header("Accept", "text/event-stream")
                .build();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = guest.sendAsync(events, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        // B's own first event has no progress; a phase comes only from A, through NOTIFY
        awaitTrue("a progress event from A on B's stream", () -> lines.stream().anyMatch(l -> l.contains("\"phase\"")));
        stream.cancel(true);
    }

    @Test
    @Order(3)
    void aCancelThroughOneInstanceStopsTheRunOnTheOther() throws Exception {
        long onB = runningOn("it-b");
        String answer =
                send(a, HttpRequest.newBuilder(a.uri("/api/experiments/" + onB)).DELETE());
        assertThat(group(STATUS, answer)).isIn("cancelling", "cancelled");
        awaitTrue("cancelled on B", () -> "CANCELLED".equals(status(onB)));
    }

    @Test
    @Order(4)
    void aPairInterviewChangeOnOneInstanceReachesAPageOnTheOther() throws Exception {
        String created = send(
                a,
                HttpRequest.newBuilder(a.uri("/api/interviews"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"pair\",\"minutes\":30}")));
        long id = Long.parseLong(group(ID, created));
        String joinPath = group(JOIN, created);
        // the interviewer's page follows the session on B; the candidate joins through A
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = guest.sendAsync(
                        HttpRequest.newBuilder(b.uri("/api/interviews/" + id + "/events"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        Thread.sleep(1000); // the stream is open before the change
        HttpClient candidate =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> joined = candidate.send(
                HttpRequest.newBuilder(a.uri("/api" + joinPath.replace("/interview/", "/interviews/")))
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        awaitTrue(
                "the join made on A announced on B's stream",
                () -> lines.stream().anyMatch(l -> l.contains("changed")));
        stream.cancel(true);
    }

    @Test
    @Order(5)
    void aRateLimitCountsRequestsThroughBothInstances() throws Exception {
        // each instance allows FEEDBACK_LIMIT anonymous feedback calls per address; together they allow no more
        List<Integer> codes = new ArrayList<>();
        for (Instance instance : new Instance[] {a, a, b, b}) {
            codes.add(guest.send(
                            HttpRequest.newBuilder(instance.uri("/api/feedback"))
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"question\":\"model-pruning\",\"answer\":\"Pruning removes weights.\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        assertThat(codes).containsExactly(200, 200, 200, 429);
    }

    @Test
    @Order(6)
    void whenTheInstanceRunningAnExperimentIsKilledTheOtherTakesItOver() throws Exception {
        long onA = runningOn("it-a");
        a.process().destroyForcibly(); // SIGKILL: no shutdown hook marks anything
        a.process().waitFor();
        awaitTrue("taken over and running on B", () -> "it-b".equals(runner(onA)) && "RUNNING".equals(status(onA)));
        send(b, HttpRequest.newBuilder(b.uri("/api/experiments/" + onA)).DELETE());
        awaitTrue("cancelled on B", () -> "CANCELLED".equals(status(onA)));
    }

    private static long runningOn(String instance) throws SQLException {
        for (long id : started) {
            if (instance.equals(runner(id)) && "RUNNING".equals(status(id))) {
                return id;
            }
        }
        throw new AssertionError("no experiment running on " + instance);
    }

    private static long submit(Instance instance) throws Exception {
        String body = String.format(SLOW, ThreadLocalRandom.current().nextInt(1_000_000));
        String created = send(
                instance,
                HttpRequest.newBuilder(instance.uri("/api/experiments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        return Long.parseLong(group(ID, created));
    }

    private static String send(Instance instance, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                guest.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(instance.name() + ": " + response.body())
                .isBetween(200, 201);
        return response.body();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }

    private static String runner(long id) throws SQLException {
        return column("runner", id);
    }

    private static String status(long id) throws SQLException {
        return column("status", id);
    }

    private static String column(String name, long id) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement("SELECT " + name + " FROM experiment WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv(PostgresProfile.URL_VARIABLE),
                System.getenv().getOrDefault("PRUNELAB_TEST_PG_USER", "prunelab"),
                System.getenv().getOrDefault("PRUNELAB_TEST_PG_PASSWORD", "prunelab"));
    }

    private static Instance launch(String name, int port) throws IOException {
        Path data = Files.createTempDirectory("prunelab-" + name);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-Dprunelab.data-dir=" + data,
                        "-Dprunelab.lab.instance=" + name,
                        "-Dprunelab.lab.workers=1",
                        "-Dprunelab.lab.takeover-seconds=" + TAKEOVER_SECONDS,
                        "-Dprunelab.lab.time-budget-seconds=600",
                        "-Dprunelab.lab.in-flight-per-address=100",
                        "-Dprunelab.practice.feedback-requests=" + FEEDBACK_LIMIT,
                        "-Dprunelab.security.secure-cookies=false",
                        "-jar",
                        JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        Path.of("target", "two-instances-" + name + ".log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "QUARKUS_PROFILE", "prod,pg",
                        "PRUNELAB_DB_URL", System.getenv(PostgresProfile.URL_VARIABLE),
                        "PRUNELAB_DB_USER", System.getenv().getOrDefault("PRUNELAB_TEST_PG_USER", "prunelab"),
                        "PRUNELAB_DB_PASSWORD", System.getenv().getOrDefault("PRUNELAB_TEST_PG_PASSWORD", "prunelab")));
        return new Instance(name, port, builder.start());
    }

    private static void awaitReady(Instance instance) throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        awaitTrue(instance.name() + " ready", () -> {
            assertThat(instance.process().isAlive())
                    .as(instance.name() + " exited; see its log")
                    .isTrue();
            try {
                return plain.send(
                                        HttpRequest.newBuilder(instance.uri("/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Polls for at most two minutes (instances start slowly on a busy machine). */
    private static void awaitTrue(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
