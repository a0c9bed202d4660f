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
 * Limits request bodies before they are buffered: 64 KiB for everything, except admin file uploads whose
 * credentials are already known good (the admin token, or a console session this node has seen valid), which may
 * send up to the aggregator's cap. The check must not block (this runs on an event loop); the handler checks the
 * credentials properly again. An oversized body gets 413 at once, from its Content-Length or as soon as it grows
 * too large.
 */
final class BodyLimitHandler extends ChannelInboundHandlerAdapter {

    /** How long the rest of a refused body is read and dropped before the connection is closed regardless. */
    static final int DRAIN_SECONDS = 10;

    static final String[] UPLOAD_PATHS = {"/api/admin/knowledge/upload", "/api/admin/knowledge/file", "/api/admin/plan"};

    private final int smallLimit, uploadLimit;
    private final java.util.function.BiPredicate<String, String> uploadAllowed;
    private long limit, seen;
    private boolean discarding, uploadPath;

    BodyLimitHandler(int smallLimit, int uploadLimit, java.util.function.BiPredicate<String, String> uploadAllowed) {
        this.smallLimit = smallLimit;
        this.uploadLimit = uploadLimit;
        this.uploadAllowed = uploadAllowed;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            discarding = false;
            seen = 0;
            uploadPath = isUploadPath(request);
            limit = uploadPath && upload(request) ? uploadLimit : smallLimit;
            if (HttpUtil.getContentLength(request, 0L) > limit) {
                reject(ctx, msg);
                return;
            }
        }
        if (discarding) {
            // the 413 is already sent; the rest of the refused body is read and dropped, then the connection closes
            // (closing while the client still sends makes many clients lose the answer)
            boolean last = msg instanceof io.netty.handler.codec.http.LastHttpContent;
            ReferenceCountUtil.release(msg);
            if (last) ctx.close();
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

    private static boolean isUploadPath(HttpRequest request) {
        String path = request.uri();
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        for (String p : UPLOAD_PATHS) if (p.equals(path)) return true;
        return false;
    }

    private boolean upload(HttpRequest request) {
        return uploadAllowed.test(request.headers().get(HttpHeaderNames.AUTHORIZATION), request.headers().get(HttpHeaderNames.COOKIE));
    }

    private void reject(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
        discarding = true;
        Response r = Response.error(413, limit < uploadLimit && uploadPath
                ? "请求体过大：未登录时最多 " + (limit / 1024) + " KiB；上传文件请先登录管理后台或带上管理员令牌"
                : "请求体过大，最多 " + (limit / 1024) + " KiB");
        boolean ended = msg instanceof io.netty.handler.codec.http.LastHttpContent;
        var sent = ctx.writeAndFlush(HttpRequestHandler.toNetty(r, false, false));
        if (ended) {
            sent.addListener(ChannelFutureListener.CLOSE);
        } else {
            // a client that never finishes sending is cut off anyway
            ctx.executor().schedule(() -> { ctx.close(); }, DRAIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
