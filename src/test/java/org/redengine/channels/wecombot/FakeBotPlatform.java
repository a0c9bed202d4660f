package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the WeCom intelligent robot's long-connection endpoint, speaking only the frames WeCom's
 * developer documentation shows (path 101463 long connection, 100719 receiving messages, 101027 events, 101031
 * replies; the official Node SDK WecomTeam/aibot-node-sdk): it acknowledges {@code aibot_subscribe} (errcode 0 for
 * the right bot id and secret, non-zero otherwise), {@code ping} and the bot's replies and pushes with
 * {@code {headers:{req_id}, errcode, errmsg}}, and pushes {@code aibot_msg_callback} / {@code aibot_event_callback}
 * frames. Tests can stop it answering pings, refuse connections for a while, drop connections and send raw frames.
 */
final class FakeBotPlatform implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final String botId, secret;
    /** Every frame the bot sent and no test has taken yet, in order (subscribe and ping included). */
    final Received received = new Received();
    final AtomicInteger subscriptions = new AtomicInteger();
    volatile boolean answerPings = true;
    volatile boolean accepting = true;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup open = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel server;
    private final AtomicInteger reqIds = new AtomicInteger();

    FakeBotPlatform(String botId, String secret) throws InterruptedException {
        this.botId = botId;
        this.secret = secret;
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (!accepting) { // the platform is away: the connection fails
                            ch.close();
                            return;
                        }
                        open.add(ch);
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                                new WebSocketServerProtocolHandler("/", null, false, 4 * 1024 * 1024), new Frames());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/");
    }

    /** A member's message callback; returns the req_id the platform gave it. */
    String callback(ObjectNode body) {
        return push("aibot_msg_callback", body);
    }

    String event(ObjectNode body) {
        return push("aibot_event_callback", body);
    }

    private String push(String cmd, ObjectNode body) {
        String reqId = "fake-req-" + reqIds.incrementAndGet();
        ObjectNode f = JSON.createObjectNode().put("cmd", cmd);
        f.putObject("headers").put("req_id", reqId);
        f.set("body", body);
        raw(f.toString());
        return reqId;
    }

    /** Sends a text frame as is to every connected bot. */
    void raw(String text) {
        open.writeAndFlush(new TextWebSocketFrame(text));
    }

    /** Drops every connection, as the platform does when it restarts. */
    void drop() {
        open.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    int connections() {
        return open.size();
    }

    /** Takes the oldest frame the bot sent with this cmd (leaving the others), or null after the timeout. */
    JsonNode next(String cmd, Duration timeout) throws InterruptedException {
        return received.take(cmd, null, timeout);
    }

    /** Takes the frame the bot sent with this cmd on this req_id, or null after the timeout. */
    JsonNode next(String cmd, String reqId, Duration timeout) throws InterruptedException {
        return received.take(cmd, reqId, timeout);
    }

    /** Frames received, taken by cmd so that waiting for one kind never loses another. */
    static final class Received {
        private final java.util.List<JsonNode> frames = new java.util.ArrayList<>();

        synchronized void add(JsonNode f) {
            frames.add(f);
            notifyAll();
        }

        synchronized void clear() {
            frames.clear();
        }

        synchronized JsonNode take(String cmd, String reqId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                for (java.util.Iterator<JsonNode> it = frames.iterator(); it.hasNext(); ) {
                    JsonNode f = it.next();
                    if (cmd.equals(f.path("cmd").asText()) && (reqId == null || reqId.equals(f.path("headers").path("req_id").asText()))) {
                        it.remove();
                        return f;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) return null;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** A text message body as the platform sends it (100719): a group one when chatId is given. */
    static ObjectNode text(String msgId, String userId, String chatId, String content) {
        ObjectNode b = envelope(msgId, userId, chatId).put("msgtype", "text");
        b.putObject("text").put("content", content);
        return b;
    }

    /** A member's tap on a button card (101027 template_card_event: card_type, event_key, task_id). */
    static ObjectNode tap(String msgId, String userId, String chatId, String taskId, String key) {
        ObjectNode b = envelope(msgId, userId, chatId).put("msgtype", "event");
        ObjectNode event = b.putObject("event").put("eventtype", "template_card_event");
        event.putObject("template_card_event").put("card_type", "button_interaction").put("event_key", key).put("task_id", taskId);
        return b;
    }

    /** A vote card submitted (101027: selected_items.selected_item[] of question_key and option_ids.option_id[]). */
    static ObjectNode vote(String msgId, String userId, String chatId, String taskId, String questionKey, String... optionIds) {
        ObjectNode b = envelope(msgId, userId, chatId).put("msgtype", "event");
        ObjectNode tap = b.putObject("event").put("eventtype", "template_card_event").putObject("template_card_event")
                .put("card_type", "vote_interaction").put("event_key", "submit").put("task_id", taskId);
        ObjectNode item = tap.putObject("selected_items").putArray("selected_item").addObject().put("question_key", questionKey);
        var ids = item.putObject("option_ids").putArray("option_id");
        for (String id : optionIds) ids.add(id);
        return b;
    }

    static ObjectNode envelope(String msgId, String userId, String chatId) {
        ObjectNode b = JSON.createObjectNode().put("msgid", msgId).put("aibotid", "fake-bot")
                .put("chattype", chatId == null ? "single" : "group").put("create_time", System.currentTimeMillis() / 1000)
                .put("response_url", "https://example.invalid/response");
        if (chatId != null) b.put("chatid", chatId);
        b.putObject("from").put("userid", userId);
        return b;
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame msg) throws Exception {
            JsonNode f = JSON.readTree(msg.text());
            received.add(f);
            String cmd = f.path("cmd").asText();
            String reqId = f.path("headers").path("req_id").asText();
            int code = 0;
            if (cmd.equals("aibot_subscribe")) {
                boolean ok = botId.equals(f.path("body").path("bot_id").asText()) && secret.equals(f.path("body").path("secret").asText());
                code = ok ? 0 : 40_001; // any non-zero errcode is a refusal
                if (ok) subscriptions.incrementAndGet();
            } else if (cmd.equals("ping") && !answerPings) {
                return;
            }
            ObjectNode ack = JSON.createObjectNode();
            ack.putObject("headers").put("req_id", reqId);
            ack.put("errcode", code).put("errmsg", code == 0 ? "ok" : "invalid secret");
            ctx.writeAndFlush(new TextWebSocketFrame(ack.toString()));
        }
    }

    @Override
    public void close() {
        open.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
}
