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
    private static final String TRAILING_ASK = "(吗|呢)?[\\s？?。.！!]+$";

    private FaqAnswers() {
    }

    /** The answer to show for a question: the answer itself when it stands alone, else the full statement. */
    public static String standAlone(String question, String answer) {
        String a = answer.strip();
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        String statement = question.strip().replaceAll(TRAILING_ASK, "");
        if (TRUE.contains(lower) || FALSE.contains(lower)) {
            return statement.replaceAll(BLANK.pattern(), "") + "——" + (TRUE.contains(lower) ? "正确" : "错误");
        }
        Matcher blank = BLANK.matcher(statement);
        if (blank.find()) {
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

    /** Whether the answer needed rewriting (it does not stand alone). */
    public static boolean needsStatement(String question, String answer) {
        return !standAlone(question, answer).equals(answer.strip());
    }
}
