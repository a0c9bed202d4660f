package org.redengine.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that dates itself against the one before (同年5月, 次年, 翌年春) told with its year: the year the sentence
 * before names last, or the one after it.
 */
final class RelativeYears {
    /** 同年 (the same year), 次年 or 翌年 (the next), opening a sentence. */
    private static final Pattern RELATIVE = Pattern.compile("^([\\s“\"]*)(同年|次年|翌年)");
    /** A year in digits (1984年); not a number of years (30年) nor a book's edition (人民出版社2021年版). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d{2}|20\\d{2})年(?!版)");

    private RelativeYears() {
    }

    /**
     * The sentence with its relative year told (同年5月 after a sentence of 1984 → 1984年5月), or null when it opens with
     * none or the sentence before names no year.
     */
    static String resolve(String sentence, String before) {
        Matcher relative = RELATIVE.matcher(sentence);
        if (!relative.find()) return null;
        Matcher year = YEAR.matcher(before);
        int last = -1;
        while (year.find()) last = Integer.parseInt(year.group(1));
        if (last < 0) return null;
        int told = relative.group(2).equals("同年") ? last : last + 1;
        return relative.group(1) + told + "年" + sentence.substring(relative.end());
    }
}
