package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A WeCom group robot (webhook): posts text messages in order, at most {@code perMinute} a minute (the platform
 * allows 20), queuing the rest. A text over 2,048 bytes is split on sentence boundaries into several messages.
 */
public final class GroupRobot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupRobot.class);
    static final int MAX_TEXT_BYTES = 2048;

    private final ObjectMapper mapper = new ObjectMapper();
    private final String webhook;
    private final int perMinute;
    private final Duration window;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Deque<Long> sentAt = new ArrayDeque<>();
    private final Thread sender;
    private volatile boolean closed;

    public GroupRobot(String webhook, int perMinute) {
        this(webhook, perMinute, Duration.ofMinutes(1));
    }

    GroupRobot(String webhook, int perMinute, Duration window) {
        this.webhook = webhook;
        this.perMinute = perMinute;
        this.window = window;
        this.sender = Thread.ofPlatform().daemon().name("wecom-robot").start(this::loop);
    }

    /** Queues a text (split if long); returns at once. */
    public void post(String text) {
        for (String part : split(text)) {
            queue.add(part);
        }
    }

    static List<String> split(String text) {
        List<String> parts = new java.util.ArrayList<>();
        String rest = text;
        while (Utf8Text.bytes(rest) > MAX_TEXT_BYTES) {
            String head = Utf8Text.shorten(rest, MAX_TEXT_BYTES, "");
            if (head.isEmpty()) break;
            parts.add(head);
            rest = rest.substring(head.length());
        }
        if (!rest.isBlank()) parts.add(rest);
        return parts;
    }

    private void loop() {
        while (!closed) {
            try {
                String text = queue.take();
                waitForRoom();
                send(text);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sliding window: at most perMinute sends in any window. */
    private void waitForRoom() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            while (!sentAt.isEmpty() && now - sentAt.peekFirst() >= window.toNanos()) sentAt.pollFirst();
            if (sentAt.size() < perMinute) {
                sentAt.addLast(now);
                return;
            }
            Thread.sleep(Math.max(1, (window.toNanos() - (now - sentAt.peekFirst())) / 1_000_000));
        }
    }

    private void send(String text) {
        ObjectNode body = mapper.createObjectNode().put("msgtype", "text");
        body.putObject("text").put("content", text);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(webhook)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || mapper.readTree(r.body()).path("errcode").asInt(0) != 0) {
                log.warn("group robot refused a message: HTTP {}", r.statusCode());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            log.warn("group robot unreachable: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
    }
}
