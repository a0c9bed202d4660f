package org.redengine.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year a member tells by its last two digits (98年抗洪, 08奥运, 五五年授衔), written out in full (1998年, 2008年奥运,
 * 1955年) so that it meets the knowledge base's years: as words to match and as a year the answer must agree with.
 * Only where it cannot be a number of years: a two-digit number before 年 is a span as often as a date (光荣在党50年,
 * 14年抗战, 改革开放40年来), so it is read as a year only after no word of its own (at the start, after punctuation or
 * after 在/从/到/于…), and not before what follows a span (来, 多, 间, 前, 后, 周年, 代…). From 10 to 29 it is a year only
 * when a month or season follows (22年冬奥会 stays as typed: 14年抗战 is a span; 22年2月 is 2022, 29年秋 is 1929). With
 * a leading zero (01年, 08奥运) it
 * is always a year.
 */
final class ShortYears {

    /**
     * 00–26 are read as this century's years, 27–99 as the last's: party history starts in 1921, and 27–29 are the
     * years of the uprisings, 井冈山 and 古田会议 (二九年秋 is 1929), which members ask about, not years to come.
     */
    private static final int PIVOT = 27;

    /** What may stand before a year told short: nothing, punctuation or a space, or a word placing it in time. */
    private static final String BEFORE = "(?:(?<![\\d\\p{IsHan}A-Za-z.:])|(?<=[在从到于自至是说和与及或]))";
    /** What follows a span of years rather than a year (30年来, 50年多, 40年前, 70周年, 80年代, 10年间…). */
    private static final String NOT_A_SPAN = "(?!来|以来|多|间|左右|内|代|级|龄|度|后|前|里|周年|了|之久|整|半|的时间|时间)";
    /** A month (…月), a season or a part of the year after 年: only a year is told like that. */
    private static final String PART_OF_YEAR = "(?=\\d{1,2}月|[一二三四五六七八九十]{1,2}月|几月|哪个?月|底|初|末|[春夏秋冬](?:天|季|节|$)|上半年|下半年)";

    private static final Pattern LEADING_ZERO = Pattern.compile(BEFORE + "0(\\d)(年)?(?=[\\p{IsHan}])(?![月日号])" + NOT_A_SPAN);
    private static final Pattern LAST_CENTURY = Pattern.compile(BEFORE + "([3-9]\\d)年" + NOT_A_SPAN);
    private static final Pattern THIS_CENTURY = Pattern.compile(BEFORE + "([12]\\d)年" + PART_OF_YEAR);
    private static final Pattern IN_WORDS = Pattern.compile("(?<![\\p{IsHan}])([〇零一二三四五六七八九]{2})年" + NOT_A_SPAN);

    private static final String DIGITS = "〇一二三四五六七八九";

    private ShortYears() {
    }

    /** The question with each year told by its last two digits written out in full; unchanged when it has none. */
    static String expand(String question) {
        if (question.indexOf('年') < 0 && question.indexOf('0') < 0) return question;
        String s = replace(LEADING_ZERO, question, m -> "200" + m.group(1) + "年");
        s = replace(LAST_CENTURY, s, m -> "19" + m.group(1) + "年");
        s = replace(THIS_CENTURY, s, m -> (Integer.parseInt(m.group(1)) < PIVOT ? "20" : "19") + m.group(1) + "年");
        return replace(IN_WORDS, s, m -> {
            String w = m.group(1).replace('零', '〇');
            int n = DIGITS.indexOf(w.charAt(0)) * 10 + DIGITS.indexOf(w.charAt(1));
            return (n < PIVOT ? 2000 + n : 1900 + n) + "年";
        });
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = p.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
