package org.redengine.conversation;

/** Where a command may be used: in a private chat with the bot, in a group chat, or in either. */
public enum Scope {
    PRIVATE, GROUP, ANYWHERE;

    public boolean allows(Incoming message) {
        return this == ANYWHERE || (this == GROUP) == message.isGroup();
    }

    /** "私聊" or "群聊": where the command belongs, for the refusal. */
    public String chinese() {
        return this == PRIVATE ? "私聊" : this == GROUP ? "群聊" : "任何聊天";
    }
}
