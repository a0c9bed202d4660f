package org.redengine.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server process under a steady stream of writes is killed with SIGKILL. After a restart on the same data,
 * every write that had been acknowledged is there, numbered as it was acknowledged, and nothing is duplicated.
 */
class CrashTest {

    static final String TOKEN = "crash-token";
    static final int WRITERS = 8;

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Path knowledge = TestKnowledge.write(tmp.resolve("kb"));
        Path data = tmp.resolve("data");
        int port = freePort();
        Process server = startServer(port, knowledge, data);
        Map<String, Set<Long>> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        try {
            awaitHealthy(port);
            for (int w = 0; w < WRITERS; w++) {
                String user = "crash-u" + w;
                acknowledged.put(user, ConcurrentHashMap.newKeySet());
                writers.add(Thread.ofPlatform().start(() -> write(port, user, acknowledged.get(user), running)));
            }
            Thread.sleep(2500);
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            server.waitFor();
        } finally {
            running.set(false);
            for (Thread t : writers) t.join();
            server.destroyForcibly();
        }
        int total = acknowledged.values().stream().mapToInt(Set::size).sum();
        assertThat(total).as("writes acknowledged before the kill").isGreaterThan(50);

        Process restarted = startServer(port, knowledge, data);
        try {
            awaitHealthy(port);
            for (Map.Entry<String, Set<Long>> e : acknowledged.entrySet()) {
                List<Long> stored = history(port, e.getKey());
                assertThat(new HashSet<>(stored)).as("no duplicates for " + e.getKey()).hasSize(stored.size());
                assertThat(stored).as("every acknowledged write of " + e.getKey() + " is there").containsAll(e.getValue());
                for (int i = 0; i < stored.size(); i++) {
                    assertThat(stored.get(i)).as("numbers without gaps").isEqualTo(i + 1L);
                }
            }
            JsonNode groups = json(send(port, "GET", "/api/admin/groups", null, true));
            for (JsonNode g : groups.get("groups")) {
                if (!g.get("id").asText().equals("crash-g")) continue;
                Set<String> members = new HashSet<>();
                g.get("members").forEach(m -> assertThat(members.add(m.get("user").asText())).as("member listed once").isTrue());
                assertThat(members).hasSize(WRITERS);
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    /**
     * Alternates a private check-in (打卡: a state change, committed before its reply) and a group help request
     * (whose history is written behind the reply); remembers the numbers of acknowledged private replies.
     */
    private void write(int port, String user, Set<Long> acknowledged, AtomicBoolean running) {
        int n = 0;
        while (running.get()) {
            try {
                String group = n++ % 2 == 0 ? null : "crash-g";
                String body = "{\"user\":\"" + user + "\",\"name\":\"" + user + "\"" + (group == null ? "" : ",\"group\":\"" + group + "\"")
                        + ",\"text\":\"" + (group == null ? "打卡" : "帮助") + "\"}";
                HttpResponse<String> r = send(port, "POST", "/api/messages", body, true) /* the admin token speaks for any web user: automation */;
                if (r.statusCode() == 200 && group == null) {
                    acknowledged.add(json(r).at("/replies/0/seq").asLong());
                }
            } catch (ConnectException e) {
                sleepQuietly();
            } catch (IOException | InterruptedException e) {
                sleepQuietly(); // the server died mid-request: this write was never acknowledged
            }
        }
    }

    private List<Long> history(int port, String user) throws Exception {
        List<Long> out = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = json(send(port, "GET", "/api/messages?user=" + user + "&after=" + after + "&limit=500", null, true));
            if (page.get("messages").isEmpty()) return out;
            page.get("messages").forEach(m -> out.add(m.get("seq").asLong()));
            after = page.get("last").asLong();
        }
    }

    private Process startServer(int port, Path knowledge, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.redengine.app.Main", "serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--knowledge", knowledge.toString(), "--data", data.toString(), "--no-watch", "--admin-token", TOKEN));
        File log = tmp.resolve("server-" + System.nanoTime() + ".log").toFile();
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void awaitHealthy(int port) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (send(port, "GET", "/healthz", null, false).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("server did not become healthy within 60 s");
    }

    private HttpResponse<String> send(int port, String method, String path, String body, boolean admin)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (admin) b.header("Authorization", "Bearer " + TOKEN);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return org.redengine.TestServer.JSON.readTree(r.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
