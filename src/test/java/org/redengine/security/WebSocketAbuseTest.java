package org.redengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.LiveClient;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 3: a few WebSocket clients must not stall the server. Catch-up is capped, a chat is subscribed
 * once per connection, frames are rate-limited, connections per address are capped, and a client that does not
 * read is disconnected instead of having the server queue for it without bound.
 */
class WebSocketAbuseTest {

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(TestKnowledge.write(tmp.resolve("kb")), tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void catchUpIsCappedAndAChatIsSubscribedOncePerConnection() throws Exception {
        server.session("ws-many");
        ConversationKey chat = ConversationKey.direct("web", "ws-many");
        for (int i = 1; i <= 120; i++) server.engine().outbound().post(chat, Reply.of(ReplyType.NOTICE, "消息" + i));
        LiveClient c = LiveClient.connect(server, "ws-many");
        c.send("{\"type\":\"subscribe\",\"after\":0}");
        List<String> texts = new ArrayList<>();
        JsonNode frame;
        while (!(frame = c.next()).get("event").asText().equals("subscribed")) texts.add(frame.at("/message/text").asText());
        assertThat(texts).hasSize(50).startsWith("消息71").endsWith("消息120"); // the newest 50
        assertThat(frame.get("older").asBoolean()).as("the rest is there to fetch over HTTP").isTrue();
        c.send("{\"type\":\"subscribe\",\"after\":0}");
        JsonNode again = c.next();
        assertThat(again.get("event").asText()).isEqualTo("error");
        assertThat(again.get("error").asText()).contains("已经订阅");
        c.close();
    }

    @Test
    void aFloodOfFramesClosesTheConnection() throws Exception {
        LiveClient c = LiveClient.connect(server, "ws-flood");
        for (int i = 0; i < 200 && !c.closed.isDone(); i++) c.sendNoWait("{\"type\":\"ping\"}");
        assertThat(c.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1008);
    }

    @Test
    void liveConnectionsPerAddressAreCapped() throws Exception {
        try (TestServer own = new TestServer(TestKnowledge.write(tmp.resolve("kb-cap")), tmp.resolve("data-cap"))) {
            List<LiveClient> open = new ArrayList<>();
            for (int i = 0; i < 16; i++) open.add(LiveClient.connect(own, "ws-cap-" + i));
            LiveClient extra = LiveClient.connect(own, "ws-cap-extra");
            assertThat(extra.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1008);
            for (LiveClient c : open) assertThat(c.closed).isNotDone();
            open.forEach(LiveClient::close);
        }
    }

    /**
     * A client that subscribes and never reads. The server must drop it once its outbound queue passes the
     * high-water mark, not keep it open and queue everything sent to its chat.
     */
    @Test
    void aClientThatNeverReadsIsDisconnectedAndTheServerStaysResponsive() throws Exception {
        String token = server.session("ws-sleeper");
        ConversationKey chat = ConversationKey.direct("web", "ws-sleeper");
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096); // before connecting: a small window, so the server's writes back up
            s.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            OutputStream out = s.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Cookie: redengine_chat=" + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) head.append((char) in.read());
            assertThat(head.toString()).startsWith("HTTP/1.1 101");
            out.write(maskedText("{\"type\":\"subscribe\",\"after\":0}"));
            out.flush();
            Thread.sleep(500); // subscribed (the reply to it is the last thing this client reads for a while)
            String big = "党".repeat(700); // about 2 KB a message
            long started = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                server.engine().outbound().deliver(new Delivered(chat, i + 1, Reply.of(ReplyType.NOTICE, big), Instant.now()));
            }
            // 40 MB pushed at a client that reads nothing: the server must have given up on it, and still answer others
            HttpResponse<String> health = server.get("/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(20));
            // draining what reached the socket ends in the server's close (EOF), not in a connection kept open
            s.setSoTimeout(10_000);
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) total += n;
            assertThat(total).as("bytes that were queued before the server gave up").isLessThan(20L * 1024 * 1024);
        }
    }

    /** A masked client text frame (RFC 6455 §5.2). */
    static byte[] maskedText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
        f.write(0x81);
        if (payload.length < 126) {
            f.write(0x80 | payload.length);
        } else {
            f.write(0x80 | 126);
            f.write(payload.length >> 8);
            f.write(payload.length & 0xff);
        }
        f.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) f.write(payload[i] ^ mask[i % 4]);
        return f.toByteArray();
    }
}
