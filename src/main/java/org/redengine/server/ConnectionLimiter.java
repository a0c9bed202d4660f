package org.redengine.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps open connections in all and per peer address, so that idle or hostile clients cannot use up the file
 * descriptors everyone else needs. A connection over a cap is closed as soon as it is accepted.
 */
@ChannelHandler.Sharable
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ConnectionLimiter.class);
    private static final AttributeKey<String> COUNTED = AttributeKey.valueOf("redengine.counted");

    private final ServerLimits limits;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final RateLimitedLog refusals = new RateLimitedLog(log);

    ConnectionLimiter(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        String ip = ClientAddress.ip(ctx.channel().remoteAddress());
        if (total.incrementAndGet() > limits.maxConnections()) {
            total.decrementAndGet();
            refusals.warn("total", "connection refused: {} connections open (the cap)", limits.maxConnections());
            ctx.close();
            return;
        }
        if (!limits.trustedProxies().contains(ip)) {
            AtomicInteger n = perAddress.computeIfAbsent(ip, k -> new AtomicInteger());
            if (n.incrementAndGet() > limits.maxConnectionsPerAddress()) {
                n.decrementAndGet();
                total.decrementAndGet();
                refusals.warn("address", "connection refused: {} already has {} connections open (the cap)", ip, limits.maxConnectionsPerAddress());
                ctx.close();
                return;
            }
        }
        ctx.channel().attr(COUNTED).set(ip);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        String ip = ctx.channel().attr(COUNTED).getAndSet(null);
        if (ip != null) {
            total.decrementAndGet();
            if (!limits.trustedProxies().contains(ip)) {
                perAddress.computeIfPresent(ip, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        }
        super.channelInactive(ctx);
    }

    int open() {
        return total.get();
    }
}
