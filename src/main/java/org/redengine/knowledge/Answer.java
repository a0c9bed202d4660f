package org.redengine.knowledge;

import java.util.List;

/**
 * What the knowledge base says to a question.
 *
 * @param confident   true when {@link #text} is an answer to give; false means "not sure" (suggestions only)
 * @param text        the answer, at most about 200 characters, without the source note; empty when not confident
 * @param citations   where the answer comes from (never empty when confident)
 * @param confidence  0..1
 * @param suggestions close questions or titles, for a fallback
 * @param candidates  the ranked candidates with their scores, for admins ("how would the bot answer?")
 */
public record Answer(boolean confident, String text, List<Citation> citations, double confidence,
                     List<String> suggestions, List<Candidate> candidates) {

    public record Citation(String title, String source, String excerpt, String file) {
    }

    /** A ranked candidate and the signals that ranked it. */
    public record Candidate(String title, String file, String excerpt, double score, double coverage,
                            double questionMatch, double bm25) {
    }

    /** The answer with its source note, as WeChat (text only) shows it. */
    public String textWithSourceNote() {
        if (!confident || citations.isEmpty()) {
            return text;
        }
        return text + "（来源：" + citations.get(0).source() + "）";
    }
}
