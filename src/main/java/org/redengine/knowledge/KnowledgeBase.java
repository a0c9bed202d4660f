package org.redengine.knowledge;

import java.util.List;

/**
 * Everything loaded from one knowledge directory: the entries to index, the synonyms, and the problems found.
 */
public record KnowledgeBase(List<KnowledgeEntry> entries, Synonyms synonyms, List<LoadProblem> problems,
                            int files, int articles, int faqs) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public int passages() {
        return (int) entries.stream().filter(e -> !e.isFaq()).count();
    }
}
