package org.redengine;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A WebSocket client that queues every text frame it receives. */
public final class LiveClient implements WebSocket.Listener {
    final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    final StringBuilder partial = new StringBuilder();
    /** Completes with the close code when the server closes the connection (or the connection fails: -1). */
    public final java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
    WebSocket socket;

    /** Connects as a web user: the page's session cookie goes with the handshake, as a browser sends it. */
    public static LiveClient connect(TestServer server, String user) throws Exception {
        return connectWithCookie(server, "redengine_chat=" + server.session(user));
    }

    public static LiveClient connectWithCookie(TestServer server, String cookie) throws Exception {
        LiveClient c = new LiveClient();
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) b.header("Cookie", cookie);
        c.socket = b.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), c).get(5, TimeUnit.SECONDS);
        return c;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                frames.add(TestServer.JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** The previous frame's send: the JDK client refuses a send while one is outstanding, so sends are chained. */
    private java.util.concurrent.CompletableFuture<WebSocket> lastSend;

    /** Sends without waiting for the frame to go out (a client flooding the server); frames go out in order. */
    public synchronized void sendNoWait(String json) {
        lastSend = lastSend == null ? socket.sendText(json, true) : lastSend.thenCompose(ws -> ws.sendText(json, true));
    }

    public JsonNode next() throws InterruptedException {
        JsonNode n = frames.poll(5, TimeUnit.SECONDS);
        assertThat(n).as("a frame within 5 s").isNotNull();
        return n;
    }

    public JsonNode nextMessage() throws InterruptedException {
        JsonNode n;
        do {
            n = next();
        } while (!"message".equals(n.get("event").asText()));
        return n;
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
}
