package org.redengine.knowledge;

/** Answers a member's question in a chat: a group also sees its own entries, every chat the global ones. */
@FunctionalInterface
public interface Answers {

    /**
     * @param chatScope {@code channel:groupId} of a group chat, or null for a private chat (global entries only)
     */
    Answer answer(String question, String chatScope);

    /** The scope of a group chat, as entries name it in their 范围 column. */
    static String scopeOf(String channel, String groupId) {
        return groupId == null ? null : channel + ":" + groupId;
    }
}
