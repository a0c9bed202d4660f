package org.redengine.conversation;

import java.util.List;

/**
 * A chat command: a plain Chinese keyword (帮助) with slash aliases (/help). Commands declare who may use them
 * and their help line, so the help text is generated from what the bot really can do.
 */
public interface Command {

    /** The Chinese keyword members type. */
    String keyword();

    /** Other ways to type it, e.g. {@code /help}. */
    List<String> aliases();

    /** One line for the help text, e.g. "帮助 — 查看我能做什么". */
    String helpLine();

    /** The least role that may use it. */
    default Role role() {
        return Role.MEMBER;
    }

    /** Whether it can be used in a private chat, a group, or both (data: help is written from it). */
    default Scope scope() {
        return Scope.ANYWHERE;
    }

    List<Reply> handle(CommandContext context);
}
