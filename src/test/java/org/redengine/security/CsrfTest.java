package org.redengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 4: a page on another port of the same host auto-submitted a text/plain form with the
 * console's cookie and granted admin. Changes need JSON, a same-origin request and the session's CSRF token.
 */
class CsrfTest {

    static final String TOKEN = "csrf-admin";
    @TempDir
    static Path tmp;
    static TestServer server;
    static String cookie, csrf;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAdmin(tmp, TOKEN);
        HttpResponse<String> login = server.post("/admin/login", "{\"token\":\"" + TOKEN + "\"}");
        cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        csrf = TestServer.JSON.readTree(login.body()).get("csrf").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    private boolean granted(String user) throws Exception {
        JsonNode groups = TestServer.JSON.readTree(server.send("GET", "/api/admin/groups", null, "Authorization", "Bearer " + TOKEN).body());
        return groups.toString().contains(user) && groups.toString().contains("admin");
    }

    @Test
    void theAttackAFormFromAnotherPortIsRefused() throws Exception {
        server.ask("csrf-evil", "csrf-g", "大家好");
        HttpResponse<String> r = server.send("POST", "/api/admin/roles", "{\"user\":\"csrf-evil\",\"role\":\"admin\"}",
                "Content-Type", "text/plain", "Cookie", cookie, "Origin", "http://127.0.0.1:" + (server.port() + 1),
                "Sec-Fetch-Site", "same-site");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(granted("csrf-evil")).isFalse();
    }

    @Test
    void aConsoleChangeNeedsJsonSameOriginAndTheCsrfToken() throws Exception {
        String body = "{\"user\":\"csrf-u\",\"group\":\"csrf-g\",\"role\":\"organizer\"}";
        // a simple form type, even from our own origin and with the token
        assertThat(server.send("POST", "/api/admin/roles", body, "Content-Type", "text/plain", "Cookie", cookie,
                "Origin", origin(), "X-CSRF-Token", csrf).statusCode()).isEqualTo(415);
        // JSON without the token
        assertThat(server.send("POST", "/api/admin/roles", body, "Cookie", cookie, "Origin", origin()).statusCode()).isEqualTo(403);
        // JSON with a wrong token
        assertThat(server.send("POST", "/api/admin/roles", body, "Cookie", cookie, "Origin", origin(), "X-CSRF-Token", "0".repeat(32))
                .statusCode()).isEqualTo(403);
        // a browser saying the request came from another site
        assertThat(server.send("POST", "/api/admin/roles", body, "Cookie", cookie, "Sec-Fetch-Site", "cross-site",
                "X-CSRF-Token", csrf).statusCode()).isEqualTo(403);
        // the console itself
        assertThat(server.send("POST", "/api/admin/roles", body, "Cookie", cookie, "Origin", origin(), "Sec-Fetch-Site", "same-origin",
                "X-CSRF-Token", csrf).statusCode()).isEqualTo(200);
        // the page gets its token back after a reload
        HttpResponse<String> session = server.send("GET", "/admin/session", null, "Cookie", cookie);
        assertThat(TestServer.JSON.readTree(session.body()).get("csrf").asText()).isEqualTo(csrf);
        // scripts with the bearer token need no CSRF token (nothing ambient to forge), but still JSON
        assertThat(server.send("DELETE", "/api/admin/roles", body, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void chatRequestsWithTheChatCookieFromAnotherOriginAreRefused() throws Exception {
        String token = server.session("csrf-member");
        HttpResponse<String> r = server.send("POST", "/api/messages", "{\"text\":\"打卡 被伪造的打卡\",\"group\":\"csrf-g\"}",
                "Cookie", "redengine_chat=" + token, "Origin", "http://127.0.0.1:" + (server.port() + 1));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(server.send("POST", "/api/messages", "{\"text\":\"你好\"}", "Cookie", "redengine_chat=" + token,
                "Origin", origin()).statusCode()).isEqualTo(200);
    }
}
