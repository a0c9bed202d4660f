package org.redengine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.app.RedEngine;
import org.redengine.app.Settings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Starts the real server on a free port for a test and gives it an HTTP client, like Javalin's TestUtil. */
public final class TestServer implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final RedEngine engine;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(Path knowledge, Path data) throws Exception {
        this(new Settings("127.0.0.1", 0, data, knowledge, data.resolve("quizzes"), Settings.DEFAULT_THRESHOLD, 0, true));
    }

    /** A server on the small test knowledge base under {@code dir}, with an admin token (null: none). */
    public static TestServer withAdmin(Path dir, String adminToken) throws Exception {
        return new TestServer(new Settings("127.0.0.1", 0, dir.resolve("data"), TestKnowledge.write(dir.resolve("kb")),
                dir.resolve("q"), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, adminToken));
    }

    public TestServer(Settings settings) throws Exception {
        this(settings, Clock.systemDefaultZone());
    }

    /**
     * A server on {@code clock}. With a {@link TestClock} the timers do not run by themselves: the test moves the
     * clock and calls {@link #runTimers()}, so nothing waits for a timer.
     */
    public TestServer(Settings settings, Clock clock) throws Exception {
        engine = new RedEngine(settings, clock, clock instanceof TestClock);
        port = engine.start();
    }

    /** Runs every timer once, now (contests, schedules, deliveries), as the clock says. */
    public void runTimers() {
        engine.runTimers();
    }

    public RedEngine engine() {
        return engine;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) typed |= headers[i].equalsIgnoreCase("Content-Type");
        if (body != null && !typed) b.header("Content-Type", "application/json; charset=utf-8"); // as API clients send it
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Chat session tokens by web user id: the first message binds the id, later ones carry its session. */
    private final java.util.Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Sends a chat message as a web user (with that user's session) and returns the parsed response body. */
    public JsonNode ask(String user, String group, String text) throws IOException, InterruptedException {
        return ask(user, "测试", group, text);
    }

    public JsonNode ask(String user, String name, String group, String text) throws IOException, InterruptedException {
        var node = JSON.createObjectNode().put("user", user).put("text", text);
        if (name != null) node.put("name", name);
        if (group != null) node.put("group", group);
        HttpResponse<String> r = postAs(user, "/api/messages", JSON.writeValueAsString(node));
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        }
        JsonNode body = JSON.readTree(r.body());
        if (body.has("session")) sessions.put(user, body.at("/session/token").asText());
        return body;
    }

    /** The session token of a web user, opening one (bound to that id) when the user has none yet. */
    public String session(String user) throws IOException, InterruptedException {
        String token = sessions.get(user);
        if (token != null) return token;
        HttpResponse<String> r = post("/api/session", JSON.writeValueAsString(JSON.createObjectNode().put("user", user)));
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        token = JSON.readTree(r.body()).get("token").asText();
        sessions.put(user, token);
        return token;
    }

    /** POSTs JSON with a web user's session (none yet: without, so the request may bind the id). */
    public HttpResponse<String> postAs(String user, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String token = sessions.get(user);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GETs with a web user's session. */
    public HttpResponse<String> getAs(String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", "Bearer " + session(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Signs a web user in with the given role (an invitation created with the admin token and redeemed by the
     * user's session), as a person appointed by an admin would.
     */
    public void signIn(String user, String adminToken, String role, String group) throws IOException, InterruptedException {
        var inv = JSON.createObjectNode().put("role", role);
        if (group != null) inv.put("group", group);
        HttpResponse<String> created = send("POST", "/api/admin/invites", JSON.writeValueAsString(inv),
                "Authorization", "Bearer " + adminToken, "Content-Type", "application/json");
        if (created.statusCode() != 200) throw new AssertionError("HTTP " + created.statusCode() + ": " + created.body());
        String code = JSON.readTree(created.body()).get("code").asText();
        session(user);
        HttpResponse<String> r = postAs(user, "/api/session/redeem", JSON.writeValueAsString(JSON.createObjectNode().put("code", code)));
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
    }

    @Override
    public void close() {
        engine.close();
    }
}
