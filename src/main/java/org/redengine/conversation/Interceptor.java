package org.redengine.conversation;

import java.util.List;

/**
 * Gets a message before it is taken as a question: an answer to an open quiz question, for example. Returns the
 * replies, or null to let the message go on as usual. Commands always come first, so 帮助 and 结束答题 still work.
 * The message is the one commands see: its text without the @-mention of the bot.
 */
@FunctionalInterface
public interface Interceptor {
    List<Reply> intercept(Incoming message, Role role);
}
