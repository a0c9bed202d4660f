import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.FullHttpRequest;

import java.nio.charset.StandardCharsets;

/**
 * The benchmarks' baseline: a bare Netty HTTP server (the same Netty, transport and event-loop count as the real
 * server) that answers every request with a fixed 2-byte body, keep-alive. What the machine and wrk reach with no
 * application at all, measured in the same run as the real server's figures.
 * Run: java -cp target/redengine.jar bench/BareNetty.java PORT
 */
public class BareNetty {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()), NioIoHandler.newFactory());
        byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
        new ServerBootstrap().group(boss, loops).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                                new SimpleChannelInboundHandler<FullHttpRequest>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
                                        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                                                HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
                                        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
                                        HttpUtil.setContentLength(response, body.length);
                                        boolean keepAlive = HttpUtil.isKeepAlive(request);
                                        HttpUtil.setKeepAlive(response, keepAlive);
                                        var written = ctx.writeAndFlush(response);
                                        if (!keepAlive) written.addListener(ChannelFutureListener.CLOSE);
                                    }
                                });
                    }
                })
                .bind("127.0.0.1", port).sync().channel().closeFuture().sync();
    }
}
