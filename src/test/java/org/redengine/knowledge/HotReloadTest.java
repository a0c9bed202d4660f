package org.redengine.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing, adding and deleting knowledge files while the server answers: no restart, no failed request. */
class HotReloadTest {

    @TempDir
    Path tmp;

    @Test
    void editsAddsAndDeletesAreServedWithoutAFailedRequest() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        try (TestServer server = new TestServer(kb, tmp.resolve("data"))) {
            server.session("load");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            AtomicReference<String> failure = new AtomicReference<>();
            Thread load = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = server.postAs("load", "/api/messages", "{\"text\":\"遵义会议是哪年开的？\"}");
                        JsonNode reply = TestServer.JSON.readTree(r.body()).at("/replies/0");
                        if (r.statusCode() != 200 || !reply.get("type").asText().equals("answer")) {
                            failure.compareAndSet(null, r.statusCode() + " " + r.body());
                        }
                        requests.incrementAndGet();
                    } catch (Exception e) {
                        failure.compareAndSet(null, e.toString());
                    }
                }
            });
            String question = "古田会议是在哪里召开的？";
            assertThat(type(server.ask("u", null, question))).isEqualTo("fallback");

            // add a file
            Path added = kb.resolve("faq/added.csv");
            Files.writeString(added, "问题,答案,来源\n古田会议是在哪里召开的？,古田会议于1929年12月在福建上杭古田召开。,《中国共产党简史》\n", StandardCharsets.UTF_8);
            JsonNode afterAdd = awaitAnswer(server, question, "福建上杭");
            assertThat(afterAdd.at("/replies/0/sources/0/source").asText()).isEqualTo("《中国共产党简史》");

            // edit it
            Files.writeString(added, "问题,答案,来源\n古田会议是在哪里召开的？,古田会议在福建省上杭县古田村召开，时间是1929年12月。,《中国共产党简史》（修订）\n", StandardCharsets.UTF_8);
            awaitAnswer(server, question, "古田村");

            // a broken edit keeps the file's previous content out, but the rest keeps serving
            Files.writeString(kb.resolve("faq/broken.csv"), "没有表头\n", StandardCharsets.UTF_8);
            // delete it
            Files.delete(added);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!type(server.ask("u", null, question)).equals("fallback")) {
                assertThat(System.currentTimeMillis()).as("deletion is served within 10 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            running.set(false);
            load.join();
            assertThat(failure.get()).as("a request failed during a reload").isNull();
            assertThat(requests.get()).isGreaterThan(10);
            assertThat(server.engine().knowledge().current().generation()).isGreaterThanOrEqualTo(3);
            assertThat(server.engine().knowledge().current().base().problems())
                    .extracting(LoadProblem::file).contains("faq/broken.csv");
        }
    }

    private static String type(JsonNode response) {
        return response.at("/replies/0/type").asText();
    }

    private static JsonNode awaitAnswer(TestServer server, String question, String expected) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            JsonNode r = server.ask("u", null, question);
            if (type(r).equals("answer") && r.at("/replies/0/text").asText().contains(expected)) {
                return r;
            }
            assertThat(System.currentTimeMillis()).as("change served within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
