package org.redengine.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;

import java.util.concurrent.ExecutorService;

/** The pipeline, in one place: HTTP codec → body aggregator with a size limit → our handler. */
final class HttpServerInitializer extends ChannelInitializer<SocketChannel> {

    private final Router router;
    private final ExecutorService workers;
    private final int maxBody;

    HttpServerInitializer(Router router, ExecutorService workers, int maxBody) {
        this.router = router;
        this.workers = workers;
        this.maxBody = maxBody;
    }

    static final String WEBSOCKET_PATH = "/ws";

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("codec", new HttpServerCodec(8192, 16384, 16384));
        p.addLast("continue", new HttpServerExpectContinueHandler());
        p.addLast("limit", new BodyLimitHandler(maxBody, HttpServer.MAX_UPLOAD_BYTES));
        p.addLast("aggregator", new LimitedBodyAggregator(HttpServer.MAX_UPLOAD_BYTES));
        if (router.live() != null) {
            // upgrades GET /ws to a WebSocket; every other request passes through to the HTTP handler
            p.addLast("websocket", new io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler(
                    WEBSOCKET_PATH, null, true, WebSocketFrameHandler.MAX_FRAME_CHARS * 4));
            p.addLast("frames", new WebSocketFrameHandler(router.live(), workers));
        }
        p.addLast("handler", new HttpRequestHandler(router, workers));
    }
}
