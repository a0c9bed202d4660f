package org.redengine.conversation;

/** Identifies a conversation: a group chat, or a private chat between one user and the bot. */
public record ConversationKey(String channel, Kind kind, String id) {

    public enum Kind { GROUP, DIRECT }

    public static ConversationKey group(String channel, String groupId) {
        return new ConversationKey(channel, Kind.GROUP, groupId);
    }

    public static ConversationKey direct(String channel, String userId) {
        return new ConversationKey(channel, Kind.DIRECT, userId);
    }
}
