package org.redengine.conversation;

/** What a command gets: the message, the words after the keyword, and the asker's role. */
public record CommandContext(Incoming message, String arguments, Role role, CommandRegistry registry) {
}
