package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate-limit table shared by every instance on one PostgreSQL database ({@code prunelab.rate-limit.store=database}):
 * makes each limit's {@link DatabaseBucketStore}, and deletes the rows whose buckets have refilled, so the table
 * holds only the clients counted within their window.
 */
@ApplicationScoped
public class SharedBuckets {

    /** A row is kept this long after its bucket is full again (Bucket4j's own grace against clock skew). */
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** Expired rows deleted per statement, so one sweep never holds many row locks. */
    private static final int SWEEP_BATCH = 1000;

    private final boolean enabled;
    private final Instance<DataSource> dataSource;
    private volatile PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public SharedBuckets(
            PruneLabConfig config,
            Instance<DataSource> dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.enabled = config.rateLimit().store() == PruneLabConfig.RateLimitStore.DATABASE;
        this.dataSource = dataSource;
        if (enabled && !dbKind.equals("postgresql")) {
            throw new IllegalStateException("prunelab.rate-limit.store=database needs PostgreSQL, but"
                    + " quarkus.datasource.db-kind is " + dbKind + ": set prunelab.rate-limit.store=memory");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** The store of one limit's buckets in the shared table. */
    DatabaseBucketStore store(String limit) {
        return new DatabaseBucketStore(buckets(), this::stored, limit);
    }

    /** Whether a bucket with state is stored under the key: one indexed read, no row made. */
    private boolean stored(String key) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM rate_limit_bucket WHERE id = ? AND state IS NOT NULL")) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rate-limit table", e);
        }
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (enabled) {
            long deleted = removeExpired();
            if (deleted > 0) {
                Log.debugf("Deleted %d expired rate-limit rows", deleted);
            }
        }
    }

    /** Deletes every row whose bucket has refilled; returns how many. */
    long removeExpired() {
        long total = 0;
        int deleted;
        do {
            deleted = buckets().removeExpired(SWEEP_BATCH);
            total += deleted;
        } while (deleted == SWEEP_BATCH);
        return total;
    }

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets() {
        if (buckets == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource.get())
                            .primaryKeyMapper(PrimaryKeyMapper.STRING)
                            .table("rate_limit_bucket")
                            .expirationAfterWrite(
                                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(GRACE))
                            .build();
                }
            }
        }
        return buckets;
    }
}
