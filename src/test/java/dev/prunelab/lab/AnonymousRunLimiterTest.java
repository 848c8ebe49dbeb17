package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnonymousRunLimiterTest {

    static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void allowsTheConfiguredRunsPerWindowThenSaysWhenToComeBack() {
        AnonymousRunLimiter limiter = new AnonymousRunLimiter(2, Duration.ofMinutes(10), Clock.fixed(NOON, ZoneOffset.UTC));
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.2");
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(LabFullException.class)
                .hasMessageContaining("may start 2 experiments per 10 minutes")
                .satisfies(e -> assertThat(((LabFullException) e).retryAfterSeconds()).isEqualTo(600));
    }

    @Test
    void aNewWindowStartsAfresh() {
        AnonymousRunLimiter early = new AnonymousRunLimiter(1, Duration.ofMinutes(10), Clock.fixed(NOON, ZoneOffset.UTC));
        early.acquire("10.0.0.1");
        assertThatThrownBy(() -> early.acquire("10.0.0.1")).isInstanceOf(LabFullException.class);
    }
}
