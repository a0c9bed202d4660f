package org.redengine.quiz;

import org.redengine.knowledge.TextNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One quiz question.
 *
 * @param bank        the bank it belongs to (the file name without extension)
 * @param row         its row in the bank file (for reports)
 * @param type        single choice, multiple choice, true/false, or fill-in
 * @param stem        the question text (a fill-in question has a blank 「（　）」)
 * @param options     the options, A first (empty for true/false and fill-in)
 * @param answer      the correct letters (choice, e.g. "ACD"), "对"/"错" (true/false), or accepted answers joined by |
 * @param explanation why the answer is right
 */
public record Question(String bank, int row, QuestionType type, String stem, List<String> options, String answer,
                       String explanation, String category, String difficulty, String source) {

    public Question {
        options = List.copyOf(options);
    }

    /** The stem followed by the options, one per line ("A. …"), as the bot shows a question. */
    public String stemWithOptions() {
        StringBuilder sb = new StringBuilder(stem);
        for (int i = 0; i < options.size(); i++) sb.append('\n').append((char) ('A' + i)).append(". ").append(options.get(i));
        return sb.toString();
    }

    /** The correct answer as people read it: "B. 1935年", "对", "遵义". */
    public String answerText() {
        return switch (type) {
            case SINGLE, MULTIPLE -> {
                StringBuilder sb = new StringBuilder();
                for (char c : answer.toCharArray()) {
                    if (!sb.isEmpty()) sb.append("；");
                    sb.append(c).append(". ").append(options.get(c - 'A'));
                }
                yield sb.toString();
            }
            case TRUE_FALSE -> answer;
            case FILL_IN -> answer.split("\\|")[0];
        };
    }

    /**
     * Whether a member's reply is right, leniently: letters in any case, order, spacing or width ("ac", "Ｃ Ａ"),
     * 对/错 (or 正确/错误, √/×), fill-in text ignoring case, width, spaces and punctuation.
     */
    public boolean isCorrect(String reply) {
        return switch (type) {
            case SINGLE, MULTIPLE -> answer.equals(letters(reply));
            case TRUE_FALSE -> answer.equals(trueFalse(reply));
            case FILL_IN -> {
                String given = loose(reply);
                for (String accepted : answer.split("\\|")) {
                    if (!given.isEmpty() && given.equals(loose(accepted))) yield true;
                }
                yield false;
            }
        };
    }

    /** The letters of a choice reply, sorted ("ca" → "AC"), or null when it is not a choice reply. */
    public static String letters(String reply) {
        String n = TextNormalizer.normalize(reply).toUpperCase(Locale.ROOT).replaceAll("[\\s,，、.。;；和]", "");
        if (n.isEmpty() || !n.matches("[A-F]+")) return null;
        Set<Character> set = new TreeSet<>();
        for (char c : n.toCharArray()) set.add(c);
        StringBuilder sb = new StringBuilder();
        set.forEach(sb::append);
        return sb.toString();
    }

    /**
     * "对" or "错" for a true/false reply, else null. Only the words the question asks for (对/错, and the 正确/错误,
     * √/× that banks use) count: 「A」, 「是」 or 「yes」 are not answers to a 判断 question.
     */
    public static String trueFalse(String reply) {
        String n = TextNormalizer.normalize(reply).replaceAll("[\\s。.!！]", "");
        return switch (n) {
            case "对", "正确", "√", "✓", "✔" -> "对";
            case "错", "错误", "×", "✗", "✘" -> "错";
            default -> null;
        };
    }

    private static String loose(String s) {
        StringBuilder sb = new StringBuilder();
        TextNormalizer.normalize(s).codePoints().filter(cp -> !TextNormalizer.isPunctuationOrSpace(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
