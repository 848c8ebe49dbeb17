package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.web.Overloaded;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PasswordWorkTest {

    @Test
    void workBeyondThePermitsIsRefusedWith503QuicklyInsteadOfQueueing() throws Exception {
        PasswordWork work = new PasswordWork(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> busy = CompletableFuture.supplyAsync(() -> work.run(() -> {
            running.countDown();
            await(release);
            return true;
        }));
        running.await();

        long start = System.nanoTime();
        assertThatThrownBy(() -> work.run(() -> true))
                .isInstanceOf(Overloaded.class)
                .hasMessageContaining("Too many sign-ins")
                .extracting(e -> ((Overloaded) e).status())
                .isEqualTo(503);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).isLessThan(PasswordWork.PATIENCE.multipliedBy(4));

        release.countDown();
        assertThat(busy.get()).isTrue();
        assertThat(work.run(() -> "free again")).isEqualTo("free again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
