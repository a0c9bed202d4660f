package org.redengine.core;

import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Cache time from the injected Clock, so tests that move a clock also expire caches, without sleeping. */
public final class Tickers {

    private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

    private Tickers() {
    }

    /**
     * A ticker reading {@code clock}; for the system clock, the JVM's monotonic timer instead (the wall clock can
     * step back when NTP corrects it, and Caffeine expects time never to go backwards).
     */
    public static Ticker of(Clock clock) {
        if (clock.getClass() == SYSTEM_CLOCK) return Ticker.systemTicker();
        return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }
}
