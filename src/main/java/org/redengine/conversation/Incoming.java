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
 * @param verified          whether the sender's identity is vouched for (a platform's signed callback, or a web
 *                          session that signed in): only then do roles granted to the sender count
 * @param choicesId         when the member picked an option on a card instead of typing: the {@link Choices#id()}
 *                          of the options they picked from (the text is the picked keys), else null
 */
public record Incoming(String channel, String userId, String userName, String groupId, String text,
                       boolean mentionsBot, String platformMessageId, Instant receivedAt, boolean verified,
                       String choicesId) {

    /** A message typed (not picked from options). */
    public Incoming(String channel, String userId, String userName, String groupId, String text,
                    boolean mentionsBot, String platformMessageId, Instant receivedAt, boolean verified) {
        this(channel, userId, userName, groupId, text, mentionsBot, platformMessageId, receivedAt, verified, null);
    }

    public Incoming {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        userName = userName == null ? "" : userName;
    }

    /** A message whose sender's identity nobody vouched for: the sender is treated as a member. */
    public Incoming(String channel, String userId, String userName, String groupId, String text,
                    boolean mentionsBot, String platformMessageId, Instant receivedAt) {
        this(channel, userId, userName, groupId, text, mentionsBot, platformMessageId, receivedAt, false);
    }

    /** The same message with other text (the mention removed, a quoted message added). */
    public Incoming withText(String newText) {
        return new Incoming(channel, userId, userName, groupId, newText, mentionsBot, platformMessageId, receivedAt, verified, choicesId);
    }

    public boolean isGroup() {
        return groupId != null;
    }

    /** The conversation this message belongs to: the group, or the private chat with this user. */
    public ConversationKey conversation() {
        return isGroup() ? ConversationKey.group(channel, groupId) : ConversationKey.direct(channel, userId);
    }
}
