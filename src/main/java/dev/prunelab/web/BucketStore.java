package dev.prunelab.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a {@link RateLimiter} keeps its clients' token buckets. {@link LocalBucketStore} keeps them in this process;
 * {@link DatabaseBucketStore} keeps them in PostgreSQL, shared by every instance on the database.
 */
public interface BucketStore {

    /** The client's bucket, made full with this configuration if the client has none. */
    Bucket bucket(String client, BucketConfiguration configuration);

    /** The client's bucket, if it has one (a client that has none has used nothing). */
    Optional<Bucket> existing(String client);

    /** Forgets the client's bucket: its next use starts a full one. */
    void remove(String client);

    /**
     * Runs one use of this store's buckets (the limiter calls every bucket through here): a store in the database
     * runs it outside the caller's transaction, so a count is kept even when the caller's work rolls back.
     */
    default <T> T call(Supplier<T> use) {
        return use.get();
    }
}
