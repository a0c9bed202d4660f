package org.redengine.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from a person, as every channel (web, WeChat, WeCom) hands it to the core.
 *
 * @param channel           which channel it came through ("web", "wechat", "wecom")
 * @param userId            the person's id within that channel
 * @param userName          display name, may be empty
 * @param groupId           the group chat id, or null for a private chat with the bot
 * @param text              what the person typed
 * @param mentionsBot       true when the bot was @-mentioned (groups answer questions only then)
 * @param platformMessageId the channel's own message id (for retry dedupe), may be null
 * @param receivedAt        when the server received it
 */
public record Incoming(String channel, String userId, String userName, String groupId, String text,
                       boolean mentionsBot, String platformMessageId, Instant receivedAt) {

    public Incoming {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        userName = userName == null ? "" : userName;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    public boolean isGroup() {
        return groupId != null;
    }

    /** The conversation this message belongs to: the group, or the private chat with this user. */
    public ConversationKey conversation() {
        return isGroup() ? ConversationKey.group(channel, groupId) : ConversationKey.direct(channel, userId);
    }
}
