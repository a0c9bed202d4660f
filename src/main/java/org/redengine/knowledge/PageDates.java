package org.redengine.knowledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newspaper page's own date, which its furniture line gives (2025 年 09 月 26 日 星期五 放大 缩小 默认) and the cleaner
 * drops, told in the story that counts from it: the news lead's day (本报讯（记者 吴晓岚）9月25日，… → 2025年9月25日) and a
 * day so many years back (60年前的4月5日 → 1965年4月5日; 五年前的今天 → 2018年10月24日). Without it such a story's dates
 * say no year, and a question asking when cannot be answered from them.
 */
final class PageDates {
    /**
     * The page's date line, as copied from the page: the date, its weekday and the display controls, nothing else (a
     * sentence of an article that opens with a date and its weekday is no date line).
     */
    private static final Pattern PAGE_DATE = Pattern.compile(
            "^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*星期[一二三四五六日天](?:[\\s\u3000]*(?:放大|缩小|默认|打印|\\|))*\\s*$");
    /** A news lead's day: 本报讯（记者 X）9月25日 or 4月中旬, with no year. */
    private static final Pattern LEAD_DAY = Pattern.compile("(本报讯\\s*[（(][^）)]{0,40}[）)]\\s*)((1[0-2]|[1-9])月(?:([1-3]?\\d)日|[上中下]旬))");
    /** So many years before the page's day: 60年前的4月5日, 五年前的今天. */
    private static final Pattern YEARS_BACK = Pattern.compile("(\\d{1,3}|[一二三四五六七八九十百]{1,3})年前的(?:今天|((1[0-2]|[1-9])月([1-3]?\\d)日))");
    /** A year told right after it already (20年前的今天，即2005年6月21日). */
    private static final Pattern YEAR_FOLLOWS = Pattern.compile("^.{0,4}\\d{4}年");
    /** How far past the page's day a lead's day may be and still be its year's (a story of what is to come). */
    private static final int DAYS_AHEAD = 31;

    private PageDates() {
    }

    /** The page's date, from its date line among the raw lines; null when it has none. */
    static LocalDate pageDate(List<String> rawLines) {
        for (String line : rawLines) {
            Matcher m = PAGE_DATE.matcher(line);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The text with the days it counts from the page's date told with their years. The text may run over several of
     * the page's lines (a column breaks 60年前的4 / 月5日): what is inserted goes where it belongs, the breaks stay.
     */
    static String date(String text, LocalDate page) {
        StringBuilder flat = new StringBuilder();
        int[] at = new int[text.length() + 1]; // where each character of the flat text is in the text
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') continue;
            at[flat.length()] = i;
            flat.append(text.charAt(i));
        }
        at[flat.length()] = text.length();
        java.util.TreeMap<Integer, String> inserts = new java.util.TreeMap<>(); // flat position -> what goes before it
        Matcher lead = LEAD_DAY.matcher(flat);
        while (lead.find()) {
            int month = Integer.parseInt(lead.group(3));
            int day = lead.group(4) == null ? 1 : Integer.parseInt(lead.group(4));
            int year = page.getYear();
            // a day well after the page's is last year's (a January page telling of December)
            if (validDay(year, month, day) && ChronoUnit.DAYS.between(page, LocalDate.of(year, month, day)) > DAYS_AHEAD) year--;
            inserts.put(lead.start(2), year + "年");
        }
        Matcher back = YEARS_BACK.matcher(flat);
        while (back.find()) {
            int years = number(back.group(1));
            if (years <= 0 || YEAR_FOLLOWS.matcher(flat.subSequence(back.end(), flat.length())).find()) continue;
            int year = page.getYear() - years;
            inserts.put(back.end(), "（" + (back.group(2) == null
                    ? year + "年" + page.getMonthValue() + "月" + page.getDayOfMonth() + "日"
                    : year + "年" + back.group(2)) + "）");
        }
        if (inserts.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text);
        for (var e : inserts.descendingMap().entrySet()) out.insert(at[e.getKey()], e.getValue());
        return out.toString();
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** 60, 五, 二十, 十五, 一百: the number of years; -1 for a numeral this does not read (四五, 二百). */
    private static int number(String told) {
        if (told.equals("一百")) return 100;
        boolean unread = told.indexOf('百') >= 0
                || told.length() > 1 && told.indexOf('十') < 0 && !Character.isDigit(told.charAt(0));
        return unread ? -1 : AnswerChecks.number(told);
    }
}
