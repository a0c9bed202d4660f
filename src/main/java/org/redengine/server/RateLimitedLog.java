package org.redengine.server;

import org.slf4j.Logger;

import java.util.concurrent.ConcurrentHashMap;

/** Logs a warning at most once a minute per reason, with how many were suppressed since: a flood cannot flood the log. */
public final class RateLimitedLog {

    private static final long EVERY_MILLIS = 60_000;

    private record Last(long at, long suppressed) {
    }

    private final Logger log;
    private final java.util.function.LongSupplier millis;
    private final ConcurrentHashMap<String, Last> last = new ConcurrentHashMap<>();

    public RateLimitedLog(Logger log) {
        this(log, System::currentTimeMillis);
    }

    /** With a clock of its own (tests move it instead of waiting a minute). */
    public RateLimitedLog(Logger log, java.util.function.LongSupplier millis) {
        this.log = log;
        this.millis = millis;
    }

    public void warn(String reason, String format, Object... args) {
        long now = millis.getAsLong();
        long[] suppressed = {-1};
        last.compute(reason, (k, old) -> {
            if (old == null || now - old.at() >= EVERY_MILLIS) {
                suppressed[0] = old == null ? 0 : old.suppressed();
                return new Last(now, 0);
            }
            return new Last(old.at(), old.suppressed() + 1);
        });
        if (suppressed[0] < 0) return;
        if (suppressed[0] > 0) {
            log.warn(format + " (and {} more like it in the last minute)", append(args, suppressed[0]));
        } else {
            log.warn(format, args);
        }
    }

    private static Object[] append(Object[] args, Object extra) {
        Object[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = extra;
        return out;
    }
}
