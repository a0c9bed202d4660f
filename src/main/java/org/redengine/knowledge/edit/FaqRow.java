package org.redengine.knowledge.edit;

import java.util.List;

/**
 * One FAQ row as admins edit it: 问题, 答案, 来源, 标签, 范围.
 *
 * @param scope the group chat ({@code channel:groupId}) the row answers in, or empty for every chat
 */
public record FaqRow(String question, String answer, String source, List<String> tags, String scope) {

    public FaqRow(String question, String answer, String source, List<String> tags) {
        this(question, answer, source, tags, "");
    }

    /** The same row for every chat, or for one group. */
    public FaqRow withScope(String newScope) {
        return new FaqRow(question, answer, source, tags, newScope);
    }

    public static final int MAX_QUESTION = 200, MAX_ANSWER = 2000, MAX_SOURCE = 200;

    public FaqRow {
        question = question == null ? "" : question.strip();
        answer = answer == null ? "" : answer.strip();
        source = source == null ? "" : source.strip();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        scope = scope == null ? "" : scope.strip();
    }

    /** Why this row cannot be saved, or null. */
    public String problem() {
        if (question.isEmpty()) return "缺少问题";
        if (answer.isEmpty()) return "缺少答案";
        if (question.length() > MAX_QUESTION) return "问题太长（最多 " + MAX_QUESTION + " 字）";
        if (answer.length() > MAX_ANSWER) return "答案太长（最多 " + MAX_ANSWER + " 字）";
        if (source.length() > MAX_SOURCE) return "来源太长（最多 " + MAX_SOURCE + " 字）";
        if (scope.length() > 300) return "范围太长";
        return null;
    }
}
