package org.redengine.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines for each phase of an HTTP/1.1 connection, so slow or silent clients cannot hold connections open:
 * idle between requests, the headers of a request (from its first byte), and its body (from its headers). While
 * the server itself is working on a response nothing is timed. Everything runs on the channel's event loop.
 * Two handlers share one state: {@link #bytes()} sits before the HTTP codec (it sees a request start) and
 * {@link #requests()} after it (it sees the headers, the end of the body, and the response going out).
 */
final class RequestTimeouts {

    enum Phase { IDLE, HEADERS, BODY, RESPONDING }

    private final Duration idle, headers, body;
    private Phase phase = Phase.IDLE;
    private ScheduledFuture<?> deadline;

    RequestTimeouts(ServerLimits limits) {
        this.idle = limits.idleTimeout();
        this.headers = limits.headerTimeout();
        this.body = limits.bodyTimeout();
    }

    ChannelInboundHandlerAdapter bytes() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) throws Exception {
                arm(ctx, Phase.IDLE, idle);
                super.channelActive(ctx);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
                if (phase == Phase.IDLE && msg instanceof ByteBuf b && b.isReadable()) arm(ctx, Phase.HEADERS, headers);
                super.channelRead(ctx, msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) throws Exception {
                cancel();
                super.channelInactive(ctx);
            }
        };
    }

    ChannelDuplexHandler requests() {
        return new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
                if (msg instanceof HttpRequest) arm(ctx, Phase.BODY, body);
                if (msg instanceof LastHttpContent) {
                    cancel();
                    phase = Phase.RESPONDING;
                }
                super.channelRead(ctx, msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
                if (msg instanceof LastHttpContent && phase == Phase.RESPONDING) arm(ctx, Phase.IDLE, idle);
                super.write(ctx, msg, promise);
            }
        };
    }

    /** Stops timing (the connection became a WebSocket, which keeps its own heartbeat). */
    void stop() {
        cancel();
        phase = Phase.RESPONDING;
    }

    private void arm(ChannelHandlerContext ctx, Phase next, Duration after) {
        cancel();
        phase = next;
        deadline = ctx.executor().schedule(() -> expire(ctx, next), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    private void expire(ChannelHandlerContext ctx, Phase expected) {
        if (phase != expected || !ctx.channel().isActive()) return;
        if (expected == Phase.IDLE) {
            ctx.close();
            return;
        }
        // a request that started but did not finish in time
        Response r = Response.error(408, expected == Phase.HEADERS ? "请求头发送超时" : "请求体发送超时");
        ctx.channel().writeAndFlush(HttpRequestHandler.toNetty(r, false, false)).addListener(ChannelFutureListener.CLOSE);
        phase = Phase.RESPONDING;
    }
}
