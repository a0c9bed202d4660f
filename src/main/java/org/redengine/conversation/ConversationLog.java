package org.redengine.conversation;

import java.util.List;

/**
 * Where conversations are recorded: who spoke, and every bot message with its sequence number. An implementation
 * returns only after the write is durable, so a reply is never sent for something that could still be lost.
 */
public interface ConversationLog {

    /** Records that a person spoke and stores the bot's replies to them, numbered, in one transaction. */
    List<Delivered> record(Incoming message, List<Reply> replies);

    /** Stores a message the bot sends on its own (a timer, a reminder). */
    Delivered post(ConversationKey conversation, Reply reply);
}
