package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnonymousRunLimiterTest {

    static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void allowsTheConfiguredRunsPerWindowThenSaysWhenToComeBack() {
        AnonymousRunLimiter limiter =
                new AnonymousRunLimiter(2, Duration.ofMinutes(10), Clock.fixed(NOON, ZoneOffset.UTC));
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.2");
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1"))
                .isInstanceOf(LabFullException.class)
                .hasMessageContaining("may start 2 experiments per 10 minutes")
                .satisfies(e ->
                        assertThat(((LabFullException) e).retryAfterSeconds()).isEqualTo(600));
    }

    @Test
    void aNewWindowStartsAfresh() {
        Instant[] now = {NOON};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AnonymousRunLimiter limiter = new AnonymousRunLimiter(1, Duration.ofMinutes(10), clock);
        limiter.acquire("10.0.0.1");
        now[0] = NOON.plusSeconds(599);
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1"))
                .isInstanceOf(LabFullException.class)
                .hasMessageEndingWith("try again in 1 second.");
        now[0] = NOON.plusSeconds(600);
        limiter.acquire("10.0.0.1");
    }

    @Test
    void waitsAreSpokenInWholeUnits() {
        assertThat(AnonymousRunLimiter.spoken(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(AnonymousRunLimiter.spoken(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(AnonymousRunLimiter.spoken(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(AnonymousRunLimiter.spoken(Duration.ofMinutes(10))).isEqualTo("10 minutes");
    }
}
