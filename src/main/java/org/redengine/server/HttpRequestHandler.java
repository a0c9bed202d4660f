package org.redengine.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/** Turns a Netty request into a {@link Request}, routes it, and writes the {@link Response} back. */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger log = LoggerFactory.getLogger(HttpRequestHandler.class);

    private final Router router;
    private final ExecutorService workers;
    private final java.util.Set<String> trustedProxies;

    HttpRequestHandler(Router router, ExecutorService workers, java.util.Set<String> trustedProxies) {
        this.router = router;
        this.workers = workers;
        this.trustedProxies = trustedProxies;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (msg.decoderResult().isFailure()) {
            write(ctx, Response.error(400, "无法解析的 HTTP 请求"), false, false);
            return;
        }
        QueryStringDecoder uri;
        try {
            uri = new QueryStringDecoder(msg.uri());
            uri.path();
        } catch (IllegalArgumentException e) {
            write(ctx, Response.error(400, "无法解析的请求地址"), keepAlive, false);
            return;
        }
        String method = msg.method().name();
        boolean head = msg.method().equals(HttpMethod.HEAD);
        Router.Lookup lookup = router.find(method, uri.path());
        if (lookup.route() == null) {
            Response r = lookup.allowed().isEmpty()
                    ? Response.error(404, "没有这个地址：" + uri.path())
                    : Response.error(405, "该地址不支持 " + method + " 方法").withHeader("Allow", String.join(", ", lookup.allowed()));
            write(ctx, r, keepAlive, head);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        msg.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        String remote = ClientAddress.of(ClientAddress.ip(ctx.channel().remoteAddress()), headers.get("x-forwarded-for"),
                headers.get("x-real-ip"), trustedProxies);
        Request request = new Request(method, uri.path(), uri.parameters(), headers,
                ByteBufUtil.getBytes(msg.content()), remote);
        if (OriginCheck.unsafe(method) && headers.containsKey("cookie") && !OriginCheck.sameOrigin(request)) {
            // a request that carries our cookies but comes from another origin's page: cross-site request forgery
            write(ctx, Response.error(403, "拒绝跨站请求：请从本站页面操作"), keepAlive, head);
            return;
        }
        Handler handler = lookup.route().handler();
        String id = requestId(headers.get("x-request-id"));
        if (lookup.route().inline()) {
            write(ctx, run(handler, request, id), keepAlive, head);
            return;
        }
        try {
            workers.execute(() -> write(ctx, run(handler, request, id), keepAlive, head));
        } catch (RejectedExecutionException e) {
            write(ctx, Response.error(503, "服务繁忙，请稍后再试"), false, head);
        }
    }

    /** The caller's X-Request-Id when it is a sane token (from nginx), else a new one. */
    static String requestId(String given) {
        if (given != null && given.length() <= 64 && given.matches("[A-Za-z0-9._-]+")) return given;
        return Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    /** Runs the handler with the request id in the logging context, and returns it in X-Request-Id. */
    private static Response run(Handler handler, Request request, String id) {
        org.slf4j.MDC.put("requestId", id);
        try {
            return handler.handle(request).withHeader("X-Request-Id", id);
        } catch (OutOfMemoryError e) {
            // the request was too much for the heap; answering (and logging) is still better than silence
            log.error("out of memory handling {} {}", request.method(), request.path(), e);
            return Response.error(503, "服务器内存不足，无法处理这个请求，请稍后再试或减小文件").withHeader("X-Request-Id", id);
        } catch (Exception | StackOverflowError e) {
            log.error("handler failed for {} {}", request.method(), request.path(), e);
            return Response.error(500, "服务器内部错误，请稍后再试").withHeader("X-Request-Id", id);
        } finally {
            org.slf4j.MDC.remove("requestId");
        }
    }

    private static void write(ChannelHandlerContext ctx, Response r, boolean keepAlive, boolean head) {
        FullHttpResponse response = toNetty(r, keepAlive, head);
        var future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    static FullHttpResponse toNetty(Response r, boolean keepAlive, boolean head) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(r.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        response.headers().set("X-Content-Type-Options", "nosniff");
        r.headers().forEach((k, v) -> response.headers().set(k, v));
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a client that went away mid-request is ordinary; anything else closing a connection should be seen
        if (cause instanceof java.io.IOException) log.debug("connection error: {}", cause.toString());
        else log.warn("connection closed after an unexpected error: {}", cause.toString(), cause);
        ctx.close();
    }
}
