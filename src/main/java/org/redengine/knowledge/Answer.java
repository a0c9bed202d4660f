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
 * @param explanation how the question was read
 */
public record Answer(boolean confident, String text, List<Citation> citations, double confidence,
                     List<String> suggestions, List<Candidate> candidates, Explanation explanation) {

    /** How the question was read and what the best candidate would have said (for admins and evaluation). */
    /**
     * @param kind     what the question asks for (when, where, who, count, meeting, other)
     * @param anchors  the congresses, plenums and years the question names, which the answer must agree with
     * @param route    how it was answered: {@code exact} (an FAQ question typed word for word), {@code lexical} (the
     *                 lexical signals alone were near-certain), {@code semantic} (the sentence model consulted), or
     *                 {@code none} (nothing found); see {@link Answerer.Route}
     */
    /**
     * What a chat needs of the answer, without the ranked candidates and the explanation (kilobytes per answer that
     * only admins' "how would the bot answer?" reads, and that recomputes them): what the answer cache keeps.
     */
    public Answer forChat() {
        return candidates.isEmpty() && explanation == Explanation.EMPTY ? this
                : new Answer(confident, text, citations, confidence, suggestions, List.of(), Explanation.EMPTY);
    }

    public record Explanation(String question, List<String> terms, String bestText, String kind, List<String> anchors,
                              String route) {
        public static final Explanation EMPTY = new Explanation("", List.of(), "", "other", List.of(), "none");

        /** Whether the sentence-meaning model was consulted. */
        public boolean semantic() {
            return route.equals("semantic");
        }
    }

    public record Citation(String title, String source, String excerpt, String file) {
    }

    /**
     * A ranked candidate and the signals that ranked it: the model's score (0–1), how much of the question it
     * covers, how well the question matches its FAQ question (or its own sentence), its normalised BM25 score,
     * whether its answer holds the kind of fact asked for, the cosine of meaning with the question, whether it
     * agrees with the question's anchors (1 yes, -1 names others, 0 none asked), whether it speaks of another phase
     * of the event, whether its FAQ row was written for another kind of question, whether it leaves unstated what a
     * yes-or-no question asks to confirm, and whether it was ruled out.
     */
    public record Candidate(String title, String file, String excerpt, boolean faq, double score, double coverage,
                            double questionMatch, double bm25, boolean kindMatch, double cosine, int anchors,
                            boolean phaseConflict, boolean rowAsksOther, boolean unstated, boolean detailMissing, boolean vetoed) {
    }

    /** The answer with its source note, as WeChat (text only) shows it. */
    public String textWithSourceNote() {
        if (!confident || citations.isEmpty()) {
            return text;
        }
        return text + "（来源：" + citations.get(0).source() + "）";
    }
}
