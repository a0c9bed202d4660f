package org.redengine.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;

/** Aggregates request bodies up to a limit, and answers a larger one with 413 and a JSON error. */
final class LimitedBodyAggregator extends HttpObjectAggregator {

    LimitedBodyAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        if (oversized instanceof HttpRequest) {
            Response r = Response.error(413, "请求体过大，最多 " + (maxContentLength() / 1024) + " KiB");
            ctx.writeAndFlush(HttpRequestHandler.toNetty(r, false, false)).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }
}
