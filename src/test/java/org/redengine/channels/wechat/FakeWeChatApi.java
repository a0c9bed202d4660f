package org.redengine.channels.wechat;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local stand-in for the WeChat server API: hands out tokens and records customer-service messages. */
final class FakeWeChatApi implements AutoCloseable {

    final HttpServer server;
    final AtomicInteger tokensIssued = new AtomicInteger();
    final List<String> sent = new CopyOnWriteArrayList<>();
    /** errcodes to answer the next sends with, in order; then 0. */
    final Deque<Integer> sendErrors = new ArrayDeque<>();

    FakeWeChatApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cgi-bin/token", ex -> {
            int n = tokensIssued.incrementAndGet();
            respond(ex, "{\"access_token\":\"TOKEN-" + n + "\",\"expires_in\":7200}");
        });
        server.createContext("/cgi-bin/message/custom/send", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer error;
            synchronized (sendErrors) {
                error = sendErrors.poll();
            }
            if (error == null || error == 0) {
                sent.add(ex.getRequestURI().getQuery() + " " + body);
                respond(ex, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            } else {
                respond(ex, "{\"errcode\":" + error + ",\"errmsg\":\"fake\"}");
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
