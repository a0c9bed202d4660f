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

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("codec", new HttpServerCodec(8192, 16384, 16384));
        p.addLast("continue", new HttpServerExpectContinueHandler());
        p.addLast("aggregator", new LimitedBodyAggregator(maxBody));
        p.addLast("handler", new HttpRequestHandler(router, workers));
    }
}
