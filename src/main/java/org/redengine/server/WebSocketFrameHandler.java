package org.redengine.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands WebSocket text frames to a {@link LiveEndpoint} on a worker thread; the endpoint never sees Netty.
 * Guards the server against hostile clients: a cap of live connections per client address, a frame rate limit
 * per connection (a token bucket), a heartbeat (ping when quiet, close when the client stops answering), and a
 * client that stops reading is disconnected once its outbound queue passes the high-water mark, rather than
 * letting the server queue without bound.
 */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    /** Largest text frame a client may send. */
    static final int MAX_FRAME_CHARS = 4096;
    static final int PING_AFTER_SECONDS = 30, CLOSE_AFTER_SECONDS = 75;
    /** How long the server waits for the client's close frame after sending its own, before closing anyway. */
    static final int CLOSE_HANDSHAKE_MILLIS = 2000;

    /** Live connections per client address, shared by every connection of one server. */
    static final class Registry {
        final ConcurrentHashMap<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    }

    private final LiveEndpoint endpoint;
    private final ExecutorService workers;
    private final ServerLimits limits;
    private final Registry registry;
    private final RequestTimeouts timeouts;
    private final long nanosPerToken = TimeUnit.SECONDS.toNanos(1) / ServerLimits.WEBSOCKET_FRAMES_PER_SECOND;
    private final long burstNanos = 2L * ServerLimits.WEBSOCKET_FRAMES_PER_SECOND * nanosPerToken;
    private long bucketTime = Long.MIN_VALUE;
    /** The server sent its close frame: what the client still sends is dropped until it answers or time runs out. */
    private boolean closing;
    private NettyLiveConnection connection;
    private String countedAddress;

    WebSocketFrameHandler(LiveEndpoint endpoint, ExecutorService workers, ServerLimits limits, Registry registry,
                          RequestTimeouts timeouts) {
        this.endpoint = endpoint;
        this.workers = workers;
        this.limits = limits;
        this.registry = registry;
        this.timeouts = timeouts;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete hs) {
            timeouts.stop();
            HttpHeaders h = hs.requestHeaders();
            String address = ClientAddress.of(ClientAddress.ip(ctx.channel().remoteAddress()),
                    h.get("x-forwarded-for"), h.get("x-real-ip"), limits.trustedProxies());
            AtomicInteger n = registry.perAddress.computeIfAbsent(address, k -> new AtomicInteger());
            if (n.incrementAndGet() > limits.maxWebSocketsPerAddress()) {
                n.decrementAndGet();
                close(ctx, 1008, "来自同一地址的连接太多");
                return;
            }
            countedAddress = address;
            connection = new NettyLiveConnection(ctx.channel(), h.get("cookie"), address);
            ctx.pipeline().addBefore(ctx.name(), "heartbeat", new IdleStateHandler(CLOSE_AFTER_SECONDS, PING_AFTER_SECONDS, 0));
            return;
        }
        if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) ctx.close(); // no frame, not even a pong, for too long
            else if (idle.state() == IdleState.WRITER_IDLE) ctx.writeAndFlush(new PingWebSocketFrame());
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (connection == null || closing) return; // refused at the handshake, or being closed
        if (!take()) {
            close(ctx, 1008, "发送太频繁");
            return;
        }
        if (!(frame instanceof TextWebSocketFrame text)) {
            close(ctx, 1003, "只接受文本消息");
            return;
        }
        String body = text.text();
        if (body.length() > MAX_FRAME_CHARS) {
            close(ctx, 1009, "消息过长");
            return;
        }
        NettyLiveConnection c = connection;
        try {
            workers.execute(() -> endpoint.onMessage(c, body));
        } catch (RejectedExecutionException e) {
            c.send("{\"event\":\"error\",\"error\":\"服务繁忙，请稍后再试\"}");
        }
    }

    /** One token from the bucket: WEBSOCKET_FRAMES_PER_SECOND a second, bursts of twice that. */
    private boolean take() {
        long now = System.nanoTime();
        if (bucketTime == Long.MIN_VALUE || now - bucketTime > burstNanos) bucketTime = now - burstNanos;
        bucketTime += nanosPerToken;
        return bucketTime <= now;
    }

    /**
     * Starts the closing handshake: the close frame goes out, and the protocol handler closes the connection when the
     * client answers it, or after {@link #CLOSE_HANDSHAKE_MILLIS}.
     */
    private void close(ChannelHandlerContext ctx, int status, String reason) {
        closing = true;
        ctx.writeAndFlush(new CloseWebSocketFrame(status, reason)).addListener(f -> {
            if (!f.isSuccess()) ctx.close();
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (countedAddress != null) {
            registry.perAddress.computeIfPresent(countedAddress, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            countedAddress = null;
        }
        if (connection != null) {
            NettyLiveConnection c = connection;
            try {
                workers.execute(() -> endpoint.onClose(c));
            } catch (RejectedExecutionException ignored) {
                // shutting down
            }
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    /** A Netty channel as a {@link LiveConnection}; writes are thread-safe in Netty. */
    private record NettyLiveConnection(Channel channel, String cookie, String address) implements LiveConnection {
        @Override
        public void send(String json) {
            if (!channel.isActive()) return;
            if (!channel.isWritable()) {
                channel.close(); // the client does not read: its queue passed the high-water mark
                return;
            }
            channel.writeAndFlush(new TextWebSocketFrame(json));
        }

        @Override
        public boolean isOpen() {
            return channel.isActive();
        }

        @Override
        public String handshakeHeader(String name) {
            return name.equalsIgnoreCase("cookie") ? cookie : null;
        }

        @Override
        public String remoteAddress() {
            return address;
        }
    }
}
