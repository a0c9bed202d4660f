package org.redengine.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestServer;
import org.redengine.admin.AdminSessions;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, findings 9 and 10: console logins back off after failures (logged, without the token); Secure under HTTPS. */
class ConsoleLoginTest {

    static final String TOKEN = "login-admin-token";
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAdmin(tmp, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
        HttpResponse<String> plain = server.post("/admin/login", "{\"token\":\"" + TOKEN + "\"}");
        assertThat(plain.headers().firstValue("set-cookie").orElseThrow()).doesNotContain("Secure");
        HttpResponse<String> https = server.send("POST", "/admin/login", "{\"token\":\"" + TOKEN + "\"}", "X-Forwarded-Proto", "https");
        assertThat(https.headers().firstValue("set-cookie").orElseThrow()).contains("; Secure").contains("HttpOnly");
    }

    @Test
    void repeatedFailuresBackOffAndAreLoggedWithoutTheToken() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(AdminSessions.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try (TestServer own = TestServer.withAdmin(tmp.resolve("second"), TOKEN)) {
            for (int i = 0; i < 6; i++) {
                assertThat(own.post("/admin/login", "{\"token\":\"guess-" + i + "\"}").statusCode()).isEqualTo(403);
            }
            HttpResponse<String> blocked = own.post("/admin/login", "{\"token\":\"" + TOKEN + "\"}");
            assertThat(blocked.statusCode()).as("even the right token waits out the back-off").isEqualTo(429);
            assertThat(blocked.headers().firstValue("retry-after")).isPresent();
            assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("console login failed from").contains("6 in a row"))
                    .allSatisfy(m -> assertThat(m).doesNotContain("guess-"));
        } finally {
            logger.detachAppender(seen);
        }
    }
}
