package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph's sentences told with the years they leave to the sentences before, as an article is loaded: one that
 * dates itself against them (同年5月, 次年, 翌年春) with the year they name last, or the one after it; and, in a
 * paragraph told month by month (1950年10月8日…。10月19日…。10月25日…)
 * with each month's year, so that a sentence of it answers a question on its own (10月25日 alone does not say when the
 * first battle was).
 */
final class RelativeYears {
    /** 同年 (the same year), 次年 or 翌年 (the next), opening a sentence. */
    private static final Pattern RELATIVE = Pattern.compile("^([\\s“\"]*)(同年|次年|翌年)");
    private static final Pattern TITLED = Pattern.compile("《[^《》]*》");
    /** A month opening a sentence (10月25日，…; 9月，…), with no year before it. */
    private static final Pattern MONTH_START = Pattern.compile("^([\\s“\"]*)((?:1[0-2]|0?[1-9])月)(?=份?[\\d日号上中下初底，,])");
    /**
     * A date with its month (1950年10月8日), or a year alone, or a month alone (10月19日), as a story tells them; a year
     * is in digits, not a book's edition (人民出版社2021年版).
     */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(?:(1[6-9]\\d{2}|20\\d{2})年(?!版)((?:1[0-2]|0?[1-9])(?=月))?|(1[0-2]|0?[1-9])(?=月))");

    private RelativeYears() {
    }

    /**
     * A paragraph's sentences, each that opens with a month but no year (10月25日，志愿军…) told with the year of the
     * story so far: the year of the last full date before it (1950年10月8日), when no month before it since was later
     * (a month that goes back is another year's, or the story looking back). A year told alone (到1953年，…) gives no
     * such story: what follows may be of any year, as a news page's background is. A sentence opening with 同年, 次年
     * or 翌年 is told the last year the paragraph named, however many sentences back.
     */
    static List<String> tellMonthYears(List<String> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        int year = -1, month = 0, named = -1; // the story's full date; the last year named at all
        for (String sentence : sentences) {
            Matcher start = MONTH_START.matcher(sentence);
            Matcher relative = RELATIVE.matcher(sentence);
            if (year > 0 && start.find() && monthOf(start.group(2)) >= month) {
                sentence = start.group(1) + year + "年" + sentence.substring(start.group(1).length());
            } else if (named > 0 && relative.find()) {
                // 同年 or 次年 goes on from the last year the paragraph named, even sentences back
                int told = relative.group(2).equals("同年") ? named : named + 1;
                sentence = relative.group(1) + told + "年" + sentence.substring(relative.end());
            }
            // a year in a title (《1956—1967年科学技术发展远景规划纲要》) is no date of the story
            Matcher date = DATE.matcher(TITLED.matcher(sentence).replaceAll("《》"));
            while (date.find()) {
                if (date.group(1) != null) {
                    named = Integer.parseInt(date.group(1));
                    year = date.group(2) == null ? -1 : named;
                    month = date.group(2) == null ? 0 : Integer.parseInt(date.group(2));
                } else if (year > 0) {
                    month = Math.max(month, Integer.parseInt(date.group(3)));
                }
            }
            out.add(sentence);
        }
        return out;
    }

    private static int monthOf(String told) {
        return Integer.parseInt(told.substring(0, told.length() - 1));
    }
}
