package org.redengine.quiz;

import java.util.Optional;

/** The four kinds of quiz question, by their Chinese names in bank files. */
public enum QuestionType {
    SINGLE("单选"), MULTIPLE("多选"), TRUE_FALSE("判断"), FILL_IN("填空");

    private final String chinese;

    QuestionType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<QuestionType> of(String name) {
        String n = name == null ? "" : name.strip();
        for (QuestionType t : values()) {
            if (t.chinese.equals(n) || (t.chinese + "题").equals(n)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
