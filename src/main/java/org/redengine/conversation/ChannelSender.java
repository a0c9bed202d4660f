package org.redengine.conversation;

/** Delivers stored bot messages to a channel's people on the bot's own initiative (WebSocket push, WeChat API …). */
@FunctionalInterface
public interface ChannelSender {
    void deliver(Delivered message);
}
