package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.redengine.server.RateLimitedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The robot's long connection (WeCom developer documentation, path 101463): a WebSocket client that subscribes
 * first ({@code aibot_subscribe}), keeps the connection alive with {@code ping}s (two unanswered: dead, reconnect),
 * reconnects with exponential back-off (1 s doubling to 30 s; a refused subscription, e.g. a wrong secret, is
 * logged and retried every minute), and sends frames so that the frames for one req_id go one at a time, each
 * after the previous one's acknowledgement (5 s at most). Callbacks are handed to the listener as they arrive; the
 * listener must not block (it runs on this connection's event loop).
 */
final class BotConnection implements AutoCloseable {

    enum State { STOPPED, CONNECTING, SUBSCRIBING, ONLINE, REFUSED }

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_FRAME_BYTES = 1024 * 1024;
    static final long MAX_BACKOFF_MILLIS = 30_000, REFUSED_RETRY_MILLIS = 60_000;

    private static final Logger log = LoggerFactory.getLogger(BotConnection.class);
    private static final RateLimitedLog rateLimited = new RateLimitedLog(log);

    private final WeComBotConfig config;
    private final Duration heartbeat;
    private final Consumer<JsonNode> callbacks;
    private final Runnable online;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    /** Frames waiting for an acknowledgement, per req_id, the head sent; touched only on the event loop. */
    private final Map<String, ArrayDeque<Pending>> pending = new HashMap<>();
    private final AtomicLong reconnects = new AtomicLong(), framesRejected = new AtomicLong();
    private volatile Channel channel;
    private volatile State state = State.STOPPED;
    private volatile String lastError = "";
    private volatile boolean closed;
    private long backoffMillis = 1000;
    private int unansweredPings;
    private ScheduledFuture<?> pinger;

    private record Pending(ObjectNode frame, CompletableFuture<JsonNode> ack) {
    }

    BotConnection(WeComBotConfig config, Duration heartbeat, Consumer<JsonNode> callbacks, Runnable online) {
        this.config = config;
        this.heartbeat = heartbeat;
        this.callbacks = callbacks;
        this.online = online;
    }

    State state() {
        return state;
    }

    String lastError() {
        return lastError;
    }

    long reconnects() {
        return reconnects.get();
    }

    long framesRejected() {
        return framesRejected.get();
    }

    void start() {
        group.execute(this::connect);
    }

    /**
     * Sends a frame and completes with its acknowledgement ({@code errcode} 0 or not); fails at once when the
     * connection is not online, and after 5 s without an acknowledgement.
     */
    CompletableFuture<JsonNode> send(ObjectNode frame) {
        CompletableFuture<JsonNode> ack = new CompletableFuture<>();
        group.execute(() -> {
            if (state != State.ONLINE || channel == null) {
                ack.completeExceptionally(new IllegalStateException("not connected"));
                return;
            }
            enqueue(frame, ack);
        });
        return ack;
    }

    private void enqueue(ObjectNode frame, CompletableFuture<JsonNode> ack) {
        String reqId = BotFrames.reqId(frame);
        ArrayDeque<Pending> queue = pending.computeIfAbsent(reqId, k -> new ArrayDeque<>());
        queue.add(new Pending(frame, ack));
        if (queue.size() == 1) write(reqId, queue.peek());
    }

    private void write(String reqId, Pending p) {
        Channel c = channel;
        if (c == null) {
            p.ack().completeExceptionally(new IllegalStateException("not connected"));
            return;
        }
        c.writeAndFlush(new TextWebSocketFrame(p.frame().toString()));
        ScheduledFuture<?> timeout = group.schedule(() -> acknowledged(reqId, null), ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        p.ack().whenComplete((r, e) -> timeout.cancel(false));
    }

    /** The head frame of a req_id is done (acknowledged, or timed out when {@code ack} is null): send the next. */
    private void acknowledged(String reqId, JsonNode ack) {
        ArrayDeque<Pending> queue = pending.get(reqId);
        if (queue == null || queue.isEmpty()) return;
        Pending head = queue.poll();
        if (ack != null) head.ack().complete(ack);
        else head.ack().completeExceptionally(new java.util.concurrent.TimeoutException("no acknowledgement within 5 s"));
        if (queue.isEmpty()) pending.remove(reqId);
        else write(reqId, queue.peek());
    }

    private void connect() {
        if (closed) return;
        state = State.CONNECTING;
        URI url = config.url();
        boolean tls = "wss".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        SslContext ssl;
        try {
            ssl = tls ? SslContextBuilder.forClient().build() : null;
        } catch (javax.net.ssl.SSLException e) {
            fail("TLS 初始化失败：" + e.getMessage(), backoff());
            return;
        }
        WebSocketClientProtocolConfig ws = WebSocketClientProtocolConfig.newBuilder().webSocketUri(url)
                .maxFramePayloadLength(MAX_FRAME_BYTES).handshakeTimeoutMillis(10_000).build();
        new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) p.addLast(ssl.newHandler(ch.alloc(), url.getHost(), port));
                        p.addLast(new HttpClientCodec(), new HttpObjectAggregator(64 * 1024), new WebSocketClientProtocolHandler(ws),
                                new WebSocketFrameAggregator(MAX_FRAME_BYTES), new Frames());
                    }
                })
                .connect(url.getHost(), port).addListener(f -> {
                    if (!f.isSuccess()) fail("连接失败：" + f.cause().getMessage(), backoff());
                });
    }

    /** Schedules the next attempt after {@code delayMillis}. */
    private void fail(String why, long delayMillis) {
        lastError = why;
        if (closed) return;
        if (state != State.REFUSED) state = State.CONNECTING;
        reconnects.incrementAndGet();
        group.schedule(this::connect, delayMillis, TimeUnit.MILLISECONDS);
    }

    private long backoff() {
        long d = backoffMillis;
        backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        return d;
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        private String subscribeReqId;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                channel = ctx.channel();
                state = State.SUBSCRIBING;
                ObjectNode subscribe = BotFrames.subscribe(config.botId(), config.secret());
                subscribeReqId = BotFrames.reqId(subscribe);
                ctx.writeAndFlush(new TextWebSocketFrame(subscribe.toString()));
            } else {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame msg) {
            JsonNode frame;
            try {
                frame = BotFrames.JSON.readTree(msg.text());
            } catch (Exception e) {
                framesRejected.incrementAndGet();
                rateLimited.warn("bad-json", "wecom-bot: a frame that is not JSON was ignored");
                return;
            }
            if (frame == null || !frame.isObject()) {
                framesRejected.incrementAndGet();
                return;
            }
            String cmd = BotFrames.cmd(frame);
            String reqId = BotFrames.reqId(frame);
            if (cmd == null) { // an acknowledgement
                if (reqId != null && reqId.equals(subscribeReqId)) subscribed(ctx, frame);
                else if (reqId != null && reqId.startsWith(BotFrames.PING + "_")) unansweredPings = 0;
                else if (reqId != null) acknowledged(reqId, frame);
                return;
            }
            switch (cmd) {
                case BotFrames.MSG_CALLBACK, BotFrames.EVENT_CALLBACK -> {
                    if (state == State.ONLINE && reqId != null && frame.path("body").isObject()) callbacks.accept(frame);
                    else framesRejected.incrementAndGet();
                }
                default -> {
                    framesRejected.incrementAndGet();
                    rateLimited.warn("unknown-cmd", "wecom-bot: a frame with an unknown cmd was ignored");
                }
            }
        }

        private void subscribed(ChannelHandlerContext ctx, JsonNode ack) {
            subscribeReqId = null;
            int code = ack.path("errcode").asInt(-1);
            if (code != 0) {
                state = State.REFUSED;
                lastError = "订阅被拒绝（errcode " + code + "：" + ack.path("errmsg").asText("") + "），请检查机器人的 Bot ID 和 Secret";
                log.error("wecom-bot: the platform refused the subscription (errcode {}, {}): check --wecom-bot-id and "
                        + "--wecom-bot-secret; retrying every {} s", code, ack.path("errmsg").asText(""), REFUSED_RETRY_MILLIS / 1000);
                ctx.close();
                return;
            }
            state = State.ONLINE;
            lastError = "";
            backoffMillis = 1000;
            unansweredPings = 0;
            log.info("wecom-bot: connected and subscribed ({})", config.url());
            pinger = ctx.executor().scheduleAtFixedRate(() -> {
                if (unansweredPings >= 2) { // two pings without an answer: the connection is dead
                    lastError = "心跳无响应，重新连接";
                    ctx.close();
                    return;
                }
                unansweredPings++;
                ctx.writeAndFlush(new TextWebSocketFrame(BotFrames.ping().toString()));
            }, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            online.run();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (pinger != null) pinger.cancel(false);
            if (channel == ctx.channel()) channel = null;
            for (ArrayDeque<Pending> q : pending.values()) {
                q.forEach(p -> p.ack().completeExceptionally(new IllegalStateException("connection closed")));
            }
            pending.clear();
            boolean refused = state == State.REFUSED;
            if (!closed) {
                if (!refused) log.warn("wecom-bot: connection closed ({}); reconnecting", lastError.isEmpty() ? "by the platform" : lastError);
                fail(refused ? lastError : lastError.isEmpty() ? "连接已断开" : lastError, refused ? REFUSED_RETRY_MILLIS : backoff());
            } else {
                state = State.STOPPED;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            lastError = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : "：" + cause.getMessage());
            rateLimited.warn("error", "wecom-bot: connection error: {}", lastError);
            ctx.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        Channel c = channel;
        if (c != null) c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        state = State.STOPPED;
    }
}
