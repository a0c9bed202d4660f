package org.redengine.history;

import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/** The bot's message history: kept {@code days} days (0: forever), the older messages deleted hourly. */
public final class HistoryModule implements Module {

    private static final Logger log = LoggerFactory.getLogger(HistoryModule.class);

    private final MessageHistory history;
    private final int days;
    private final Clock clock;

    public HistoryModule(MessageHistory history, int days, Clock clock) {
        this.history = history;
        this.days = days;
        this.clock = clock;
    }

    @Override
    public void timers(Timers timers) {
        if (days <= 0) return;
        timers.every("history retention", Duration.ofMinutes(1), Duration.ofMinutes(60), () -> {
            long cutoff = clock.instant().minus(Duration.ofDays(days)).toEpochMilli();
            int deleted = history.deleteBefore(cutoff);
            if (deleted > 0) log.info("retention: deleted {} bot messages older than {} days", deleted, days);
        });
    }
}
