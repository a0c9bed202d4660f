package org.redengine.quiz;

import org.redengine.knowledge.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every row of a bank: a known type, a stem, options and answers that fit the type, an explanation, and no
 * stem twice. Bad rows are reported with their row number and reason and left out; the rest loads.
 */
public final class BankValidator {

    static final Set<String> TRUE_FALSE_ANSWERS = Set.of("对", "错", "正确", "错误", "√", "×");
    static final String[] OPTION_COLUMNS = {"选项A", "选项B", "选项C", "选项D", "选项E", "选项F"};

    private BankValidator() {
    }

    public static QuizBank validate(String bank, String file, List<BankRows.Row> rows) {
        List<Question> questions = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (BankRows.Row row : rows) {
            String reason = check(bank, row, questions, stems);
            if (reason != null) problems.add(new BankProblem(file, row.number(), reason));
        }
        return new QuizBank(bank, questions, problems);
    }

    /** Adds the row's question and returns null, or returns why the row is left out. */
    private static String check(String bank, BankRows.Row row, List<Question> out, Set<String> stems) {
        var type = QuestionType.of(row.get("题型"));
        if (type.isEmpty()) return row.get("题型").isEmpty() ? "缺少题型" : "未知题型“" + row.get("题型") + "”（应为单选、多选、判断或填空）";
        String stem = row.get("题干");
        if (stem.isEmpty()) return "缺少题干";
        String answer = row.get("答案");
        if (answer.isEmpty()) return "缺少答案";
        String explanation = row.get("解析");
        if (explanation.isEmpty()) return "缺少解析";
        List<String> options = new ArrayList<>();
        for (String column : OPTION_COLUMNS) {
            String o = row.get(column);
            if (o.isEmpty()) break;
            options.add(o);
        }
        String normalizedAnswer;
        switch (type.get()) {
            case SINGLE, MULTIPLE -> {
                if (options.size() < 2) return "选择题至少需要两个选项（选项A、选项B…依次填写）";
                String letters = Question.letters(answer);
                if (letters == null) return "答案应为选项字母，例如 B 或 ACD";
                for (char c : letters.toCharArray()) {
                    if (c - 'A' >= options.size()) return "答案 " + c + " 没有对应的选项";
                }
                if (type.get() == QuestionType.SINGLE && letters.length() != 1) return "单选题只能有一个答案";
                if (type.get() == QuestionType.MULTIPLE && letters.length() < 2) return "多选题至少有两个正确选项";
                normalizedAnswer = letters;
            }
            case TRUE_FALSE -> {
                if (!TRUE_FALSE_ANSWERS.contains(answer)) return "判断题答案应为 对/错（或 正确/错误、√/×）";
                String tf = Question.trueFalse(answer);
                normalizedAnswer = tf;
            }
            default -> {
                List<String> accepted = new ArrayList<>();
                for (String a : answer.split("[|｜]")) if (!a.isBlank()) accepted.add(a.strip());
                if (accepted.isEmpty()) return "填空题答案为空";
                normalizedAnswer = String.join("|", accepted);
                options = List.of();
            }
        }
        if (!stems.add(TextNormalizer.normalize(stem))) return "题干重复";
        out.add(new Question(bank, row.number(), type.get(), stem, type.get() == QuestionType.TRUE_FALSE ? List.of() : options,
                normalizedAnswer, explanation, row.get("分类"), row.get("难度"), row.get("来源")));
        return null;
    }
}
