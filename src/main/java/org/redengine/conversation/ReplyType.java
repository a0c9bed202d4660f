package org.redengine.conversation;

/** What kind of bot message a reply is; the JSON name is the lower-case wire name. */
public enum ReplyType {
    /** An answer extracted from the knowledge base; always has at least one source. */
    ANSWER,
    /** The bot is not confident: no answer, only suggestions of close questions. */
    FALLBACK,
    /** The help text (what the bot can do). */
    HELP,
    /** A reply to a greeting. */
    GREETING,
    /** A command the person may not use, or a command used wrongly. */
    NOTICE,
    /**
     * Not the bot's: a member's own message, kept in the history of web chats (the web chat has no platform that
     * keeps the conversation for it, so members see each other and a reload restores both sides).
     */
    MEMBER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
