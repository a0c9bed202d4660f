package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** /healthz says ok only once the knowledge base is loaded; until then questions get a 503, not a wrong answer. */
class ReadinessTest {

    @TempDir
    Path tmp;

    @Test
    void healthIsStartingUntilTheKnowledgeBaseIsLoaded() throws Exception {
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("quizzes"), Settings.DEFAULT_THRESHOLD, 2, false);
        HttpClient http = HttpClient.newHttpClient();
        try (RedEngine engine = new RedEngine(settings, Clock.systemDefaultZone())) {
            int port = engine.bind();
            HttpResponse<String> starting = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("\"status\":\"starting\"");
            HttpResponse<String> early = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"u\",\"text\":\"四史是什么\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.body()).contains("正在启动");

            engine.loadAndServe();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"status\":\"ok\"").contains("\"faqs\":3");
        }
    }

    @Test
    void aMissingKnowledgeDirectoryStopsStartUpWithAClearMessage() {
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), tmp.resolve("nope"),
                tmp.resolve("quizzes"), Settings.DEFAULT_THRESHOLD, 2, false);
        try (RedEngine engine = new RedEngine(settings, Clock.systemDefaultZone())) {
            assertThatThrownBy(engine::start).hasMessageContaining("知识库目录不存在");
        }
    }
}
