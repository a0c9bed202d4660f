package org.redengine.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/** Hands WebSocket text frames to a {@link LiveEndpoint} on a worker thread; the endpoint never sees Netty. */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    /** Largest text frame a client may send. */
    static final int MAX_FRAME_CHARS = 4096;

    private final LiveEndpoint endpoint;
    private final ExecutorService workers;
    private NettyLiveConnection connection;

    WebSocketFrameHandler(LiveEndpoint endpoint, ExecutorService workers) {
        this.endpoint = endpoint;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!(frame instanceof TextWebSocketFrame text)) {
            ctx.writeAndFlush(new CloseWebSocketFrame(1003, "只接受文本消息")).addListener(f -> ctx.close());
            return;
        }
        String body = text.text();
        if (body.length() > MAX_FRAME_CHARS) {
            ctx.writeAndFlush(new CloseWebSocketFrame(1009, "消息过长")).addListener(f -> ctx.close());
            return;
        }
        NettyLiveConnection c = connection(ctx.channel());
        try {
            workers.execute(() -> endpoint.onMessage(c, body));
        } catch (RejectedExecutionException e) {
            c.send("{\"event\":\"error\",\"error\":\"服务繁忙，请稍后再试\"}");
        }
    }

    private NettyLiveConnection connection(Channel channel) {
        if (connection == null) {
            connection = new NettyLiveConnection(channel);
        }
        return connection;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (connection != null) {
            NettyLiveConnection c = connection;
            workers.execute(() -> endpoint.onClose(c));
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    /** A Netty channel as a {@link LiveConnection}; writes are thread-safe in Netty. */
    private record NettyLiveConnection(Channel channel) implements LiveConnection {
        @Override
        public void send(String json) {
            if (channel.isActive()) {
                channel.writeAndFlush(new TextWebSocketFrame(json));
            }
        }

        @Override
        public boolean isOpen() {
            return channel.isActive();
        }
    }
}
