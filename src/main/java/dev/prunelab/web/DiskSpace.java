package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Free space on the volume of the data directory, against {@code prunelab.limits.disk-min-free}: below it the app
 * refuses writes ({@link DiskGuard}) and reports not ready ({@link DiskHealth}), so the disk never fills in the
 * middle of a write. The figure is read at most once per {@link #FRESHNESS}, as every unsafe request asks.
 */
@ApplicationScoped
public class DiskSpace {

    /** A disk does not fill in a second; one file-system call per second is enough for every request. */
    static final Duration FRESHNESS = Duration.ofSeconds(1);

    private final long minFree;
    private final LongSupplier freeBytes;
    private final LongSupplier clock;
    private final Path where;
    private volatile long checkedAt = Long.MIN_VALUE;
    private volatile long lastFree;

    @Inject
    public DiskSpace(PruneLabConfig config) {
        this(config.limits().diskMinFree().asLongValue(), directory(config.dataDir()), null, System::nanoTime);
    }

    /** @param freeBytes reads the free bytes; null for the file system's figure for {@code where} */
    DiskSpace(long minFree, Path where, LongSupplier freeBytes, LongSupplier clock) {
        this.minFree = minFree;
        this.where = where;
        this.freeBytes = freeBytes != null ? freeBytes : () -> usable(where);
        this.clock = clock;
    }

    /** Bytes free for this process on the data directory's volume. */
    public long free() {
        long now = clock.getAsLong();
        if (now - checkedAt >= FRESHNESS.toNanos() || checkedAt == Long.MIN_VALUE) {
            lastFree = freeBytes.getAsLong();
            checkedAt = now;
        }
        return lastFree;
    }

    public long minFree() {
        return minFree;
    }

    /** Whether free space has fallen below the floor. */
    public boolean low() {
        return free() < minFree;
    }

    public Path where() {
        return where;
    }

    /** "1.2 GB", "512 MB": for messages and the health check. */
    public static String spoken(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format("%.1f GB", bytes / (double) (1L << 30));
        }
        return (bytes >> 20) + " MB";
    }

    /** The data directory, or the nearest existing parent when it is not created yet. */
    private static Path directory(Path dataDir) {
        Path path = dataDir.toAbsolutePath().normalize();
        while (path != null && !Files.exists(path)) {
            path = path.getParent();
        }
        return path == null ? Path.of(".").toAbsolutePath() : path;
    }

    private static long usable(Path where) {
        try {
            return Files.getFileStore(where).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space under " + where, e);
        }
    }
}
