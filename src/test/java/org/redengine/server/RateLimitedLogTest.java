package org.redengine.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, finding 15: a flood of rejected callbacks is logged once a minute per reason, with a count. */
class RateLimitedLogTest {

    @Test
    void oneLineAMinutePerReason() {
        Logger logger = (Logger) LoggerFactory.getLogger("rate-limited-test");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        AtomicLong now = new AtomicLong(1_000_000);
        RateLimitedLog log = new RateLimitedLog(logger, now::get);
        for (int i = 0; i < 500; i++) log.warn("signature", "rejected: {}", "signature");
        log.warn("stale", "rejected: {}", "stale");
        assertThat(seen.list).hasSize(2);
        now.addAndGet(61_000);
        log.warn("signature", "rejected: {}", "signature");
        assertThat(seen.list).hasSize(3);
        assertThat(seen.list.get(2).getFormattedMessage()).contains("499 more");
        logger.detachAppender(seen);
    }
}
