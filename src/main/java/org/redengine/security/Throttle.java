package org.redengine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;

/**
 * Back-off after repeated failures from one address (console logins, invite codes): the first few failures are
 * free, then each further one doubles the wait (2 s, 4 s … up to 15 minutes). A success clears the count.
 */
public final class Throttle {

    static final int FREE_FAILURES = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record State(int failures, long blockedUntil) {
    }

    private final Clock clock;
    private final Cache<String, State> states;

    public Throttle(Clock clock) {
        this.clock = clock;
        this.states = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
    }

    /** Seconds this address must still wait (0: it may try now). */
    public long waitSeconds(String key) {
        State s = states.getIfPresent(key);
        if (s == null) return 0;
        long left = s.blockedUntil() - clock.millis();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    /** Records a failure; returns how many in a row. */
    public int failed(String key) {
        State s = states.asMap().compute(key, (k, old) -> {
            int n = old == null ? 1 : old.failures() + 1;
            long wait = n <= FREE_FAILURES ? 0 : Math.min(MAX_WAIT.toMillis(), 1000L << Math.min(20, n - FREE_FAILURES));
            return new State(n, clock.millis() + wait);
        });
        return s.failures();
    }

    public void succeeded(String key) {
        states.invalidate(key);
    }
}
