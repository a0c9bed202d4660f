package org.redengine.quiz;

import java.util.List;

/** A bank: its name (the file name), its questions, and the rows that were left out. */
public record QuizBank(String name, List<Question> questions, List<BankProblem> problems) {
    public QuizBank {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
