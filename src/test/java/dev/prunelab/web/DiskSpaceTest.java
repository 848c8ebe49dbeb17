package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DiskSpaceTest {

    private static final long FLOOR = 512L << 20;

    @Test
    void lowBelowTheFloorAndReadAtMostOncePerSecond() {
        AtomicLong free = new AtomicLong(FLOOR);
        AtomicLong reads = new AtomicLong();
        AtomicLong clock = new AtomicLong();
        DiskSpace disk = new DiskSpace(
                FLOOR,
                Path.of("."),
                () -> {
                    reads.incrementAndGet();
                    return free.get();
                },
                clock::get);
        assertThat(disk.low()).isFalse();

        free.set(FLOOR - 1);
        assertThat(disk.low()).as("the figure is a second fresh").isFalse();
        clock.addAndGet(DiskSpace.FRESHNESS.toNanos());
        assertThat(disk.low()).isTrue();
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void sizesAreSpokenInMegabytesOrGigabytes() {
        assertThat(DiskSpace.spoken(FLOOR)).isEqualTo("512 MB");
        assertThat(DiskSpace.spoken(3L << 30)).isEqualTo("3.0 GB");
    }

    @Test
    void theRealFileSystemReportsSomethingFree() {
        assertThat(new DiskSpace(0, Path.of("."), null, System::nanoTime).free())
                .isPositive();
    }
}
