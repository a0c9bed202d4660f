package org.redengine.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * The Netty HTTP server: one boss thread accepts, a few event-loop threads do HTTP framing, and a worker
 * executor runs every handler that may block (answering, database), so event loops never wait.
 */
public final class HttpServer implements AutoCloseable {

    /** Largest request body accepted, in bytes (64 KiB). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Largest admin file upload, in bytes (20 MiB). */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final String host;
    private final int port;
    private final Router router;
    private final ExecutorService workers;
    private final ServerLimits limits;
    private HttpServerInitializer initializer;
    private EventLoopGroup boss;
    private EventLoopGroup loops;
    private Channel channel;

    public HttpServer(String host, int port, Router router, ExecutorService workers, ServerLimits limits) {
        this.host = host;
        this.port = port;
        this.router = router;
        this.workers = workers;
        this.limits = limits;
    }

    /** Binds and starts serving; returns the bound port (useful with port 0). */
    public int start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        loops = new MultiThreadIoEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()), NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // a client that does not read makes its channel unwritable past 128 KiB queued (see BackpressureHandler)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
                .childHandler(initializer = new HttpServerInitializer(router, workers, MAX_BODY_BYTES, limits));
        channel = b.bind(new InetSocketAddress(host, port)).sync().channel();
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Connections open right now. */
    public int openConnections() {
        return initializer == null ? 0 : initializer.connections().open();
    }

    public void awaitClose() throws InterruptedException {
        channel.closeFuture().sync();
    }

    @Override
    public void close() {
        if (channel != null) channel.close().syncUninterruptibly();
        if (boss != null) boss.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS);
        if (loops != null) loops.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
