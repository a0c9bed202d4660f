package org.redengine.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.util.concurrent.ExecutorService;

/**
 * The pipeline, in one place: connection caps → back-pressure → request deadlines → HTTP codec → body limit →
 * aggregator → WebSocket upgrade (for /ws) → our handler.
 */
final class HttpServerInitializer extends ChannelInitializer<SocketChannel> {

    static final String WEBSOCKET_PATH = "/ws";

    private final Router router;
    private final ExecutorService workers;
    private final int maxBody;
    private final ServerLimits limits;
    private final ConnectionLimiter connections;
    private final WebSocketFrameHandler.Registry sockets = new WebSocketFrameHandler.Registry();

    HttpServerInitializer(Router router, ExecutorService workers, int maxBody, ServerLimits limits) {
        this.router = router;
        this.workers = workers;
        this.maxBody = maxBody;
        this.limits = limits;
        this.connections = new ConnectionLimiter(limits);
    }

    ConnectionLimiter connections() {
        return connections;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        RequestTimeouts timeouts = new RequestTimeouts(limits);
        ChannelPipeline p = ch.pipeline();
        p.addLast("connections", connections);
        p.addLast("backpressure", BackpressureHandler.INSTANCE);
        p.addLast("deadline-bytes", timeouts.bytes());
        p.addLast("codec", new HttpServerCodec(8192, 16384, 16384));
        p.addLast("deadline-requests", timeouts.requests());
        // the size limit first: a body that is too large gets 413, not "100 Continue"
        p.addLast("limit", new BodyLimitHandler(maxBody, HttpServer.MAX_UPLOAD_BYTES, limits.uploadAllowed()));
        p.addLast("continue", new HttpServerExpectContinueHandler());
        p.addLast("aggregator", new LimitedBodyAggregator(HttpServer.MAX_UPLOAD_BYTES));
        if (router.live() != null) {
            // upgrades GET /ws to a WebSocket; every other request passes through to the HTTP handler
            // closing is a handshake: after its close frame the server waits (reading and dropping what still comes)
            // for the client's, and only then closes the connection (closing at once, with the client's frames still
            // unread, makes the kernel reset the connection, and the client may never see why it was closed)
            p.addLast("websocket", new WebSocketServerProtocolHandler(io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig
                    .newBuilder().websocketPath(WEBSOCKET_PATH).allowExtensions(true)
                    .maxFramePayloadLength(WebSocketFrameHandler.MAX_FRAME_CHARS * 4)
                    .forceCloseTimeoutMillis(WebSocketFrameHandler.CLOSE_HANDSHAKE_MILLIS).build()));
            p.addLast("frames", new WebSocketFrameHandler(router.live(), workers, limits, sockets, timeouts));
        }
        p.addLast("handler", new HttpRequestHandler(router, workers, limits.trustedProxies()));
    }
}
