package dev.prunelab.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Optional;

/**
 * Buckets in this process, in a Caffeine cache bounded in size and in time: a bucket not used for {@code idle} is
 * dropped (by then its window has passed and it would be full again, so nothing is lost), and beyond
 * {@code maxClients} buckets those Caffeine expects least to be used again go first. The memory a flood of addresses
 * can take is bounded by that size.
 */
public final class LocalBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets;
    private final TimeMeter clock;

    /**
     * @param maxClients the most buckets kept at once
     * @param idle       how long an unused bucket is kept: at least the limit's window
     * @param clock      the time buckets refill by and expire by
     */
    public LocalBucketStore(long maxClients, Duration idle, TimeMeter clock) {
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idle)
                .ticker(clock::currentTimeNanos)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Bucket bucket(String client, BucketConfiguration configuration) {
        return buckets.get(client, key -> newBucket(configuration));
    }

    @Override
    public Optional<Bucket> existing(String client) {
        return Optional.ofNullable(buckets.getIfPresent(client));
    }

    @Override
    public void remove(String client) {
        buckets.invalidate(client);
    }

    /** How many buckets are kept now (after pending evictions). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(clock);
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
