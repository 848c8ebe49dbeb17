package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.PostgresProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Rate limits counted in PostgreSQL ({@code prunelab.rate-limit.store=database}): two instances' limiters share one
 * count, rows expire and are swept, and a limit checked inside a request's transaction is kept.
 */
@QuarkusTest
@TestProfile(DatabaseBucketStoreOnPostgresTest.SharedRateLimits.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class DatabaseBucketStoreOnPostgresTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    /** PostgreSQL with the rate limits in the database. */
    public static class SharedRateLimits extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("prunelab.rate-limit.store", "database");
            return overrides;
        }
    }

    @Inject
    SharedBuckets shared;

    @Inject
    AgroalDataSource dataSource;

    /** A limiter as one instance makes it: its own store object over the shared table. */
    private RateLimiter instanceLimiter(String name) {
        return new RateLimiter(name, 3, WINDOW, shared.store(name));
    }

    @Test
    void twoInstancesCountOneAllowanceTogether() {
        RateLimiter first = instanceLimiter("spraying");
        RateLimiter second = instanceLimiter("spraying");

        assertThat(first.acquire("198.51.100.7")).isEmpty();
        assertThat(second.acquire("198.51.100.7")).isEmpty();
        assertThat(first.acquire("198.51.100.7")).isEmpty();

        assertThat(second.acquire("198.51.100.7"))
                .as("the fourth use, on either instance")
                .isPresent();
        assertThat(first.blockedFor("198.51.100.7")).isPresent();
        assertThat(second.blockedFor("198.51.100.8")).as("another client").isEmpty();

        second.reset("198.51.100.7");
        assertThat(rows("spraying:198.51.100.7")).isZero();
        assertThat(first.blockedFor("198.51.100.7")).isEmpty();
        assertThat(rows("spraying:198.51.100.7")).as("asking makes no row").isZero();
    }

    @Test
    void rowsCarryAnExpiryAndExpiredOnesAreSwept() throws SQLException {
        RateLimiter limiter = instanceLimiter("sweeping");
        limiter.acquire("198.51.100.9");
        long expiresAt = single("select expires_at from rate_limit_bucket where id = 'sweeping:198.51.100.9'");
        assertThat(expiresAt)
                .as("kept about one window")
                .isBetween(
                        System.currentTimeMillis() + WINDOW.toMillis() - 60_000,
                        System.currentTimeMillis() + WINDOW.toMillis() + 60_000);

        update("update rate_limit_bucket set expires_at = 0 where id = 'sweeping:198.51.100.9'");
        shared.removeExpired();

        assertThat(rows("sweeping:198.51.100.9")).isZero();
    }

    @Test
    void aGuestWriteCountsInTheSharedTableFromInsideItsTransaction() {
        new Browser()
                .call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", "Pruning removes weights."))
                        .put("/api/practice/questions/model-pruning/draft"))
                .then()
                .statusCode(200);

        assertThat(single("select count(*) from rate_limit_bucket where id like 'guest-writes:%'"))
                .isPositive();
        assertThat(single("select count(*) from rate_limit_bucket where id like 'guest-learners:%'"))
                .isPositive();
    }

    @Test
    void aClientKeyTooLongForTheColumnIsHashed() {
        String longUsername = "x".repeat(5_000);
        RateLimiter limiter = instanceLimiter("long-keys");
        assertThat(limiter.acquire(longUsername)).isEmpty();
        assertThat(single("select max(length(id)) from rate_limit_bucket where id like 'long-keys:%'"))
                .isLessThanOrEqualTo(300);
    }

    private long rows(String id) {
        return single("select count(*) from rate_limit_bucket where id = '" + id + "'");
    }

    private long single(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
