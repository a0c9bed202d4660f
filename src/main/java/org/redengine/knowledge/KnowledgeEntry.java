package org.redengine.knowledge;

import java.util.List;

/**
 * One unit of the knowledge base as it is indexed and answered from.
 * A FAQ row is one entry; an article is cut into passages, one entry each.
 *
 * @param id        stable id within one load ("faq:file:line" or "article:file:n")
 * @param kind      FAQ row or article passage
 * @param title     the FAQ question, or the article title (with its section heading)
 * @param sentences the answer (FAQ) or the passage's sentences (article), in original form (but for the year a sentence
 *                  opening with a month is told: {@code RelativeYears.tellMonthYears})
 * @param focus     index into {@code sentences} of the sentence this passage centres on (0 for FAQ)
 * @param source    the reference the entry names
 * @param file      the file it came from, relative to the knowledge directory
 * @param tags      admin-given keywords
 * @param scope     the one group chat this entry answers in ({@code channel:groupId}, a FAQ row an organizer added
 *                  for their group), or null for every chat
 */
public record KnowledgeEntry(String id, Kind kind, String title, List<String> sentences, int focus,
                             String source, String file, List<String> tags, String scope) {

    /** An entry for every chat. */
    public KnowledgeEntry(String id, Kind kind, String title, List<String> sentences, int focus, String source,
                          String file, List<String> tags) {
        this(id, kind, title, sentences, focus, source, file, tags, null);
    }

    /** Whether this entry may answer in a chat of this scope (null: a private chat, which sees global entries only). */
    public boolean visibleIn(String chatScope) {
        return scope == null || scope.equals(chatScope);
    }

    public enum Kind { FAQ, ARTICLE }

    public KnowledgeEntry {
        sentences = List.copyOf(sentences);
        tags = tags == null ? List.of() : List.copyOf(tags);
        scope = scope == null || scope.isBlank() ? null : scope.strip();
    }

    public String body() {
        return String.join("", sentences);
    }

    public boolean isFaq() {
        return kind == Kind.FAQ;
    }
}
