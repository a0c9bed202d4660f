package org.redengine.conversation;

import java.time.Instant;

/**
 * A stored message: its conversation, its number there, and when it was sent.
 *
 * @param from     for a member's own message ({@link ReplyType#MEMBER}): who wrote it; null for the bot's messages
 * @param fromName for a member's message: the name other members see (never a raw id)
 * @param to       for the bot's reply to a message: whose message it answers; null for messages the bot posts itself
 */
public record Delivered(ConversationKey conversation, long seq, Reply reply, Instant at, String from, String fromName,
                        String to) {

    /** A bot message posted on its own (a timer, a reminder). */
    public Delivered(ConversationKey conversation, long seq, Reply reply, Instant at) {
        this(conversation, seq, reply, at, null, null, null);
    }

    /** Whether this is a member's message rather than the bot's. */
    public boolean fromMember() {
        return from != null;
    }
}
