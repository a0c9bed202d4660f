package org.redengine.knowledge;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAQ rows whose answer does not stand alone, as quiz banks imported into a knowledge base have them: a 判断
 * answer (正确, 错误, √), an option letter, or the word that fills the question's blank. Such an answer means
 * nothing in a chat on its own ("正确"), so the bot answers with the full statement: the question with its blank
 * filled in, or the statement followed by its verdict ("……——正确").
 */
public final class FaqAnswers {

    private static final Set<String> TRUE = Set.of("正确", "对", "√", "是", "true", "t", "yes", "y");
    private static final Set<String> FALSE = Set.of("错误", "错", "×", "否", "false", "f", "no", "n");
    private static final Pattern LETTERS = Pattern.compile("^[A-Fa-f]{1,6}$");
    /** A blank in a question: （　）, ( ), ____, or a run of non-breaking spaces. */
    private static final Pattern BLANK = Pattern.compile("[（(][\\s\\u3000\\u00a0]*[）)]|_{2,}|\\u00a0{2,}");

    private FaqAnswers() {
    }

    /**
     * Rows already worked out, by question and answer: a file of 10,000 rows is parsed again whole when one row of it
     * is edited, and only the edited row should cost anything.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> WORKED_OUT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();

    /** The answer to show for a question: the answer itself when it stands alone, else the full statement. */
    public static String standAlone(String question, String answer) {
        return WORKED_OUT.get(question + '\u0000' + answer, k -> workOut(question, answer));
    }

    private static String workOut(String question, String answer) {
        String a = answer.strip();
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        String statement = withoutTrailingAsk(question.strip());
        if (TRUE.contains(lower) || FALSE.contains(lower)) {
            return (mayHaveBlank(statement) ? BLANK.matcher(statement).replaceAll("") : statement) + "——" + (TRUE.contains(lower) ? "正确" : "错误");
        }
        Matcher blank = BLANK.matcher(statement);
        if (mayHaveBlank(statement) && blank.find()) {
            List<String> fills = List.of(a.split("[\\s、,，;；|]+"));
            blank.reset();
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (blank.find()) {
                String fill = fills.size() > 1 && i < fills.size() ? fills.get(i) : a;
                blank.appendReplacement(sb, Matcher.quoteReplacement(fill));
                i++;
            }
            blank.appendTail(sb);
            return sb + "。";
        }
        if (LETTERS.matcher(a).matches()) {
            return statement + "——答案：" + a.toUpperCase(java.util.Locale.ROOT);
        }
        return a;
    }

    /**
     * The question without its closing punctuation and a final 吗/呢 before it ("…吗？" → "…"). Scanned by hand rather
     * than with a regular expression anchored at the end, which is tried from every position: a knowledge file of
     * 10,000 rows runs this on every row at each load.
     */
    static String withoutTrailingAsk(String q) {
        int end = q.length();
        while (end > 0 && isClosing(q.charAt(end - 1))) end--;
        if (end == q.length()) return q; // nothing to strip: a 吗 without punctuation after it stays
        if (end > 0 && (q.charAt(end - 1) == '吗' || q.charAt(end - 1) == '呢')) end--;
        return q.substring(0, end);
    }

    private static boolean isClosing(char c) {
        return Character.isWhitespace(c) || c == '？' || c == '?' || c == '。' || c == '.' || c == '！' || c == '!';
    }

    /** A cheap test before the blank pattern: every blank it knows starts with one of these characters. */
    private static boolean mayHaveBlank(String s) {
        return s.indexOf('（') >= 0 || s.indexOf('(') >= 0 || s.indexOf('_') >= 0 || s.indexOf('\u00a0') >= 0;
    }

    /** Whether the answer needed rewriting (it does not stand alone). */
    public static boolean needsStatement(String question, String answer) {
        return !standAlone(question, answer).equals(answer.strip());
    }
}
