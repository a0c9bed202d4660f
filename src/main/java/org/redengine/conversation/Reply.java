package org.redengine.conversation;

import java.util.List;

/**
 * One bot message. Channels render it in their own wire format.
 *
 * @param type        what kind of message it is
 * @param text        the full text a person reads (answers end with their source note)
 * @param sources     sources of an answer (never empty for {@link ReplyType#ANSWER})
 * @param confidence  0..1 for answers and fallbacks, null otherwise
 * @param suggestions close questions the person may have meant (fallbacks)
 * @param choices     options to pick from (a contest question), or null
 */
public record Reply(ReplyType type, String text, List<Source> sources, Double confidence, List<String> suggestions,
                    Choices choices) {

    public Reply(ReplyType type, String text, List<Source> sources, Double confidence, List<String> suggestions) {
        this(type, text, sources, confidence, suggestions, null);
    }

    public Reply {
        sources = sources == null ? List.of() : List.copyOf(sources);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        if (type == ReplyType.ANSWER && sources.isEmpty()) {
            throw new IllegalArgumentException("an answer must carry at least one source");
        }
    }

    public static Reply of(ReplyType type, String text) {
        return new Reply(type, text, List.of(), null, List.of());
    }

    /** A message offering options to pick from. */
    public static Reply withChoices(ReplyType type, String text, Choices choices) {
        return new Reply(type, text, List.of(), null, List.of(), choices);
    }
}
