package dev.prunelab.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.Optional;

/**
 * Where a {@link RateLimiter} keeps its clients' token buckets. {@link LocalBucketStore} keeps them in this process;
 * a store over Bucket4j's {@code ProxyManager} (its PostgreSQL backend, say) would share them between instances: its
 * three methods map onto {@code builder().build(key, configuration)}, {@code getProxyConfiguration(key)} and
 * {@code removeProxy(key)}.
 */
public interface BucketStore {

    /** The client's bucket, made full with this configuration if the client has none. */
    Bucket bucket(String client, BucketConfiguration configuration);

    /** The client's bucket, if it has one (a client that has none has used nothing). */
    Optional<Bucket> existing(String client);

    /** Forgets the client's bucket: its next use starts a full one. */
    void remove(String client);
}
