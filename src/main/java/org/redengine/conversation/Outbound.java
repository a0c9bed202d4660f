package org.redengine.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one path for messages the bot sends on its own (contest questions, reminders, late answers): store the
 * message first (so history has it even if delivery fails), then hand it to its channel's sender.
 */
public final class Outbound {

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);

    private final ConversationLog conversationLog;
    private final Map<String, ChannelSender> senders = new ConcurrentHashMap<>();
    private final java.util.List<ChannelSender> outlets = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Outbound(ConversationLog conversationLog) {
        this.conversationLog = conversationLog;
    }

    public void register(String channel, ChannelSender sender) {
        senders.put(channel, sender);
    }

    /**
     * Also hands every message the bot sends on its own to {@code outlet} (a push-only outlet such as a group's
     * WeCom webhook), after its channel.
     */
    public void alsoTo(ChannelSender outlet) {
        outlets.add(outlet);
    }

    public Delivered post(ConversationKey conversation, Reply reply) {
        Delivered d = conversationLog.post(conversation, reply);
        deliver(d);
        for (ChannelSender outlet : outlets) {
            try {
                outlet.deliver(d);
            } catch (RuntimeException e) {
                log.warn("an outlet failed; the message stays in history", e);
            }
        }
        return d;
    }

    /** Hands an already stored message to its channel (also used for replies, so live clients see them). */
    public void deliver(Delivered d) {
        ChannelSender sender = senders.get(d.conversation().channel());
        if (sender == null) {
            return; // the message stays in history; clients catch up from it
        }
        try {
            sender.deliver(d);
        } catch (RuntimeException e) {
            log.warn("delivery to {} failed; the message stays in history", d.conversation().channel(), e);
        }
    }
}
