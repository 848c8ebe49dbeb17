package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final String FIRST = "10.0.0.1";
    private static final String SECOND = "10.0.0.2";
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    /** A clock the test moves by hand. */
    static final class ManualClock implements TimeMeter {
        long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final RateLimiters limiters = new RateLimiters(100, clock);

    @Test
    void allowsTheCapacityPerWindowThenSaysWhenTheWindowEnds() {
        RateLimiter limiter = limiters.limiter("runs", 2, TEN_MINUTES);

        assertThat(limiter.acquire(FIRST)).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(limiter.acquire(FIRST)).isEmpty();
        assertThat(limiter.acquire(SECOND)).as("another client counts apart").isEmpty();

        assertThat(limiter.acquire(FIRST)).contains(Duration.ofMinutes(6));
    }

    @Test
    void theWholeAllowanceComesBackWhenTheWindowThatStartedAtTheFirstUseEnds() {
        RateLimiter limiter = limiters.limiter("runs", 1, TEN_MINUTES);
        limiter.acquire(FIRST);

        clock.advance(Duration.ofSeconds(599));
        assertThat(limiter.acquire(FIRST)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire(FIRST)).isEmpty();
    }

    @Test
    void askingWhetherAClientIsBlockedCountsNothingAndAResetGivesTheAllowanceBack() {
        RateLimiter limiter = limiters.limiter("failed-logins", 2, Duration.ofMinutes(5));
        assertThat(limiter.blockedFor(FIRST)).isEmpty();
        limiter.acquire(FIRST);
        assertThat(limiter.blockedFor(FIRST)).isEmpty();
        assertThat(limiter.blockedFor(FIRST)).isEmpty();
        limiter.acquire(FIRST);

        assertThat(limiter.blockedFor(FIRST)).contains(Duration.ofMinutes(5));
        limiter.reset(FIRST);
        assertThat(limiter.blockedFor(FIRST)).isEmpty();
        assertThat(limiter.acquire(FIRST)).isEmpty();
    }

    @Test
    void oneLimiterPerName() {
        RateLimiter first = limiters.limiter("feedback", 30, Duration.ofMinutes(1));

        assertThat(limiters.limiter("feedback", 30, Duration.ofMinutes(1))).isSameAs(first);
        assertThat(limiters.limiter("runs", 30, Duration.ofMinutes(1))).isNotSameAs(first);
    }

    @Test
    void aLimitThatAllowsNothingIsRefusedNamingIt() {
        assertThatThrownBy(() -> limiters.limiter("runs", 0, TEN_MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("runs: a limit needs at least 1 use per window");
        assertThatThrownBy(() -> limiters.limiter("feedback", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("feedback:");
    }

    @Test
    void waitsAreSpokenInWholeUnits() {
        assertThat(RateLimiter.spoken(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(RateLimiter.spoken(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(RateLimiter.spoken(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(RateLimiter.spoken(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(RateLimiter.spoken(TEN_MINUTES)).isEqualTo("10 minutes");
    }
}
