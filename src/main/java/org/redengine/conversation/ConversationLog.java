package org.redengine.conversation;

import java.util.List;

/**
 * Where conversations are recorded: who spoke, and every bot message with its sequence number. An implementation
 * returns only after the write is durable, so a reply is never sent for something that could still be lost.
 */
public interface ConversationLog {

    /**
     * Records that a person spoke and stores the bot's replies to them, numbered, in one transaction. When the
     * message carries a platform id that was already recorded (a retry), nothing is written and the replies
     * recorded the first time are returned instead.
     */
    default List<Delivered> record(Incoming message, List<Reply> replies) {
        return record(message, replies, false);
    }

    /**
     * Likewise; with {@code keepText} the member's message itself is stored first (as {@link ReplyType#MEMBER}, with
     * the name other members see), so the history holds the whole conversation, and the replies are marked as
     * answering that member.
     */
    List<Delivered> record(Incoming message, List<Reply> replies, boolean keepText);

    /** The replies recorded for a platform message id, or null when it has not been handled yet. */
    List<Delivered> processed(String channel, String platformMessageId);

    /** Stores a message the bot sends on its own (a timer, a reminder). */
    Delivered post(ConversationKey conversation, Reply reply);
}
