package org.redengine.conversation;

import java.time.Instant;

/** A bot message that has been stored: its conversation, its number there, and when it was sent. */
public record Delivered(ConversationKey conversation, long seq, Reply reply, Instant at) {
}
