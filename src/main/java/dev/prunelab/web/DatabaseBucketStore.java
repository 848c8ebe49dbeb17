package dev.prunelab.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One limit's buckets in the database table {@code rate_limit_bucket}, shared by every instance on it (Bucket4j's
 * PostgreSQL backend; {@link SharedBuckets} makes it and deletes expired rows). A row is keyed by the limit's name
 * and the client, so the limits share one table; a client key too long for the column is kept as its SHA-256.
 */
public final class DatabaseBucketStore implements BucketStore {

    /** Room in the 300-character id column for the limit's name and the separator. */
    static final int MAX_CLIENT_CHARS = 200;

    private final ProxyManager<String> buckets;
    private final Predicate<String> stored;
    private final String limit;

    /** @param stored whether a bucket has been stored under a key (Bucket4j's own look-up would insert a row) */
    DatabaseBucketStore(ProxyManager<String> buckets, Predicate<String> stored, String limit) {
        this.buckets = buckets;
        this.stored = stored;
        this.limit = limit;
    }

    @Override
    public Bucket bucket(String client, BucketConfiguration configuration) {
        return buckets.builder().build(key(client), () -> configuration);
    }

    @Override
    public Optional<Bucket> existing(String client) {
        String key = key(client);
        if (!stored.test(key)) {
            return Optional.empty();
        }
        return buckets.getProxyConfiguration(key)
                .map(configuration -> buckets.builder().build(key, configuration));
    }

    @Override
    public void remove(String client) {
        buckets.removeProxy(key(client));
    }

    /** Bucket4j commits on its own connection: outside the caller's transaction, which would refuse the commit. */
    @Override
    public <T> T call(Supplier<T> use) {
        return QuarkusTransaction.suspendingExisting().call(use::get);
    }

    String key(String client) {
        return limit + ":" + (client.length() <= MAX_CLIENT_CHARS ? client : sha256(client));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
