package org.redengine.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole server on PostgreSQL (--db-url): chat, history and health, over HTTP. */
class PostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    void serverRunsOnPostgres() throws Exception {
        String url = TestPostgres.shared().createDatabase("server_http");
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 4, false).withDatabase(url, null);
        try (TestServer server = new TestServer(settings)) {
            assertThat(server.get("/healthz").body()).contains("\"database\":\"postgresql\"");
            JsonNode reply = server.ask("pg-u1", "pg-g1", "@红色引擎助手 遵义会议是哪年开的？").at("/replies/0");
            assertThat(reply.get("type").asText()).isEqualTo("answer");
            assertThat(reply.get("seq").asLong()).isEqualTo(2); // after the member's own message
            JsonNode history = TestServer.JSON.readTree(server.getAs("pg-u1", "/api/messages?group=pg-g1").body());
            assertThat(history.at("/messages/0/type").asText()).isEqualTo("member");
            assertThat(history.at("/messages/1/text").asText()).contains("1935");
        }
    }
}
