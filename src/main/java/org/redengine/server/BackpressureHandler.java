package org.redengine.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Stops reading from a client whose responses pile up unread (its outbound buffer passed the high-water mark) and
 * reads again once it drains: a client that pipelines requests without reading answers holds a bounded amount of
 * memory, not an ever-growing queue.
 */
@ChannelHandler.Sharable
final class BackpressureHandler extends ChannelInboundHandlerAdapter {

    static final BackpressureHandler INSTANCE = new BackpressureHandler();

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        super.channelWritabilityChanged(ctx);
    }
}
