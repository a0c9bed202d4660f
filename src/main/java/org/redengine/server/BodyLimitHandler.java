package org.redengine.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;

/**
 * Limits request bodies before they are buffered: 64 KiB for everything, except admin file uploads that carry
 * credentials (a bearer token or a console cookie; checked properly later), which may send up to the aggregator's
 * cap. An oversized body gets 413 at once, from its Content-Length or as soon as it grows too large.
 */
final class BodyLimitHandler extends ChannelInboundHandlerAdapter {

    static final String[] UPLOAD_PATHS = {"/api/admin/knowledge/upload", "/api/admin/knowledge/file", "/api/admin/plan"};

    private final int smallLimit, uploadLimit;
    private long limit, seen;
    private boolean discarding;

    BodyLimitHandler(int smallLimit, int uploadLimit) {
        this.smallLimit = smallLimit;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            discarding = false;
            seen = 0;
            limit = upload(request) ? uploadLimit : smallLimit;
            if (HttpUtil.getContentLength(request, 0L) > limit) {
                reject(ctx, msg);
                return;
            }
        }
        if (discarding) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpContent content) {
            seen += content.content().readableBytes();
            if (seen > limit) {
                reject(ctx, msg);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private boolean upload(HttpRequest request) {
        String path = request.uri();
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        boolean credentials = request.headers().contains(HttpHeaderNames.AUTHORIZATION)
                || request.headers().contains(HttpHeaderNames.COOKIE);
        for (String p : UPLOAD_PATHS) if (p.equals(path)) return credentials;
        return false;
    }

    private void reject(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
        discarding = true;
        Response r = Response.error(413, "请求体过大，最多 " + (limit / 1024) + " KiB");
        ctx.writeAndFlush(HttpRequestHandler.toNetty(r, false, false)).addListener(ChannelFutureListener.CLOSE);
    }
}
