package org.redengine.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Members' messages never reach the logs at INFO or above. */
class LogPrivacyTest {

    @TempDir
    Path tmp;

    @Test
    void membersTextIsNotLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level was = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG); // what a server logs in production, and more
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        String secret = "我的手机号是13800001111请保密";
        try (TestServer server = new TestServer(TestKnowledge.write(tmp.resolve("kb")), tmp.resolve("data"))) {
            server.ask("privacy-u", null, secret);
            server.ask("privacy-u", "privacy-g", "@红色引擎助手 " + secret);
            server.post("/api/messages", "{\"user\":\"privacy-u\",\"text\":" + 1 + "}"); // a bad request is logged, not its text
        } finally {
            root.detachAppender(events);
            root.setLevel(was);
        }
        assertThat(events.list).isNotEmpty();
        for (ILoggingEvent e : events.list) {
            if (e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO)) {
                assertThat(e.getFormattedMessage()).doesNotContain("13800001111");
                if (e.getThrowableProxy() != null) assertThat(e.getThrowableProxy().getMessage()).doesNotContain("13800001111");
            }
        }
    }
}
