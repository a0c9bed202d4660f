package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer is about what was asked, beyond sharing its words. A question's anchors (the ordinal of a
 * congress or plenum: 二十大, 十九届六中全会; a year: 1978) must agree with the answer's; an answer about how an
 * event ended does not answer when it began; an anniversary is not the founding; and the answer must hold the
 * kind of fact asked for (a date for 哪年, a person for 谁, a place for 哪里, a number for 多少, a meeting for 哪次会议).
 */
public final class AnswerChecks {

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** 第十八次全国代表大会, 十八大, 十九届六中全会, 三中全会. */
    private static final Pattern CONGRESS_LONG = Pattern.compile("第?(" + CN + "|\\d{1,3})次(?:全国)?代表大会");
    static final Pattern CONGRESS_SHORT = Pattern.compile("(?<![一二三四五六七八九十\\d])(" + CN
            + "|\\d{1,2})大(?![战作纪优发元城区国洲洋学家军队企工任主体类项块件步批方点楼厦桥洞学生道概约型事])");
    private static final Pattern PLENUM = Pattern.compile("(?:(" + CN + "|\\d{1,2})届)?(" + CN + "|\\d{1,2})中全会");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d{2}|20\\d{2})(?!\\d)");
    /**
     * Other ordinals that single out one of a series: 第2号, 第五次反“围剿”, 第三批, 第12条 (not 第N次…代表大会 or 第N届,
     * which the congress and plenum anchors read).
     */
    private static final Pattern ORDINAL = Pattern.compile("第(" + CN + "|\\d{1,4})([号次期批条款章节轮])(?!(?:全国)?代表大会)");

    private static final Pattern STARTS = Pattern.compile("开始|爆发|打响|发动|发起|成立|创建|创立|建立|诞生|召开|开幕|开工|动工|开通|首次|第一次|开启|启动");
    private static final Pattern ENDS = Pattern.compile("结束|停战|闭幕|落幕|竣工|胜利|签字|签订|撤离|完成|收官");
    private static final Pattern ANNIVERSARY = Pattern.compile("\\d+周年|[一二三四五六七八九十百]+周年");

    private AnswerChecks() {
    }

    /**
     * The anchors of a (normalised) text, as {@code congress:18}, {@code plenum:19-6}, {@code year:1978},
     * {@code ordinal-号:2}.
     */
    public static Set<String> anchors(String text) {
        // every candidate of every question is checked: each pattern runs only where its fixed part occurs (a class
        // of Chinese numerals is a slow chain of tests in java.util.regex, tried at every position otherwise)
        Set<String> out = new LinkedHashSet<>();
        Matcher m;
        if (text.contains("代表大会")) {
            m = CONGRESS_LONG.matcher(text);
            while (m.find()) out.add("congress:" + number(m.group(1)));
        }
        shortCongresses(text, out);
        if (text.contains("中全会")) {
            m = PLENUM.matcher(text);
            while (m.find()) out.add("plenum:" + (m.group(1) == null ? "?" : number(m.group(1))) + "-" + number(m.group(2)));
        }
        if (hasDigit(text)) {
            m = YEAR.matcher(text);
            while (m.find()) out.add("year:" + m.group(1));
        }
        if (text.indexOf('第') >= 0) {
            m = ORDINAL.matcher(text);
            while (m.find()) out.add("ordinal-" + m.group(2) + ":" + number(m.group(1)));
        }
        return out;
    }

    private static final String CN_DIGITS = "一二三四五六七八九十";
    /** What may not follow N大 for it to be a congress (二十大, not 十大关系 or 四大发明): {@link #CONGRESS_SHORT}'s lookahead. */
    private static final String NOT_AFTER_DA = "战作纪优发元城区国洲洋学家军队企工任主体类项块件步批方点楼厦桥洞学生道概约型事";

    /**
     * {@link #CONGRESS_SHORT}, scanned by hand from each 大: one to three Chinese numerals or one or two digits right
     * before it (and no numeral or digit before those), and none of {@link #NOT_AFTER_DA} after it.
     */
    private static void shortCongresses(String text, Set<String> out) {
        for (int da = text.indexOf('大'); da >= 0; da = text.indexOf('大', da + 1)) {
            if (da + 1 < text.length() && NOT_AFTER_DA.indexOf(text.charAt(da + 1)) >= 0) continue;
            int start = da;
            boolean chinese = true, digits = true;
            while (start > 0) {
                char c = text.charAt(start - 1);
                boolean cn = CN_DIGITS.indexOf(c) >= 0, digit = c >= '0' && c <= '9';
                if (!cn && !digit) break;
                chinese &= cn;
                digits &= digit;
                start--;
            }
            int length = da - start;
            if (length == 0 || (!chinese && !digits)) continue;
            if (chinese ? length > 3 : length > 2) continue;
            out.add("congress:" + number(text.substring(start, da)));
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * 1 when the question has anchors and the answer agrees with all of them; -1 when for some anchor the answer
     * names others of the same kind but not it (二十大 asked, 十大 answered); 0 otherwise.
     */
    /**
     * {@link #anchorAgreement(Set, Set)} with the anchors of a knowledge-base title and sentence read together (as
     * {@code title + " " + sentence}: no anchor spans the space). Nothing is read when the question names no anchor,
     * and each text's anchors are remembered: the same titles and sentences are checked question after question.
     */
    public static int anchorAgreement(Set<String> asked, String title, String sentence) {
        if (asked.isEmpty()) return 0;
        Set<String> a = KNOWN_ANCHORS.get(title, AnswerChecks::anchorsOfKnown), b = KNOWN_ANCHORS.get(sentence, AnswerChecks::anchorsOfKnown);
        Set<String> both = a.isEmpty() ? b : b.isEmpty() ? a : new java.util.HashSet<>(a);
        if (both != a && both != b) both.addAll(b);
        return anchorAgreement(asked, both);
    }

    private static Set<String> anchorsOfKnown(String text) {
        return Set.copyOf(anchors(text));
    }

    private static final com.github.benmanes.caffeine.cache.Cache<String, Set<String>> KNOWN_ANCHORS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();

    public static int anchorAgreement(Set<String> asked, Set<String> answer) {
        if (asked.isEmpty()) return 0;
        boolean all = true;
        for (String a : asked) {
            if (answer.contains(a) || plenumMatches(a, answer)) continue;
            all = false;
            String kind = a.substring(0, a.indexOf(':'));
            for (String b : answer) {
                if (b.startsWith(kind + ":") && !b.equals(a)) return -1;
            }
        }
        return all ? 1 : 0;
    }

    /** 三中全会 (no 届 given) agrees with 十一届三中全会. */
    private static boolean plenumMatches(String asked, Set<String> answer) {
        if (!asked.startsWith("plenum:?-")) return false;
        String n = asked.substring(asked.indexOf('-'));
        for (String b : answer) if (b.startsWith("plenum:") && b.endsWith(n)) return true;
        return false;
    }

    /** What a question says about the phase of an event, read once per question rather than once per candidate. */
    public record Phase(String question, boolean start, boolean end) {
    }

    public static Phase phaseOf(String question) {
        return new Phase(question, STARTS.matcher(question).find(), ENDS.matcher(question).find());
    }

    /**
     * True when the answer speaks of another phase of the event than the question: the question asks when something
     * began and the sentence only says how it ended (or the reverse), or the sentence is about an anniversary of what
     * the question asks about.
     */
    public static boolean phaseConflict(Phase asked, String sentence) {
        String question = asked.question();
        boolean qStart = asked.start(), qEnd = asked.end();
        if (qStart != qEnd) { // the sentence's phase matters only when the question asks about one end
            boolean sStart = STARTS.matcher(sentence).find(), sEnd = ENDS.matcher(sentence).find();
            if (qStart && sEnd && !sStart) return true;
            if (qEnd && sStart && !sEnd) return true;
        }
        return sentence.contains("周年") && !question.contains("周年") && !question.contains("纪念") && ANNIVERSARY.matcher(sentence).find()
                && ANNIVERSARY.matcher(sentence).results().noneMatch(r -> question.contains(r.group()));
    }

    /** Whether a sentence holds the fact a question asks for. */
    public enum Holds {
        /** A fact of the kind asked for that the question does not already name. */
        YES,
        /** Facts of that kind, but only those the question names itself (井冈山会师在哪 → "…井冈山…"). */
        ONLY_ASKED,
        /** No fact of that kind found. */
        NONE
    }

    /**
     * Whether the sentence holds the kind of fact asked for, beyond what the question itself says: a date, number,
     * person, place or meeting that is not one the question already names. OTHER: always YES.
     */
    public static Holds holdsKind(QuestionKind kind, String sentence, String question) {
        return switch (kind) {
            case OTHER -> Holds.YES;
            case WHO -> names(sentence, question, true);
            case WHERE -> max(names(sentence, question, false), places(sentence, question));
            default -> matches(kind.answers(), sentence, question);
        };
    }

    private static Holds max(Holds a, Holds b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Person (or place) names in the sentence, and whether any is not in the question. */
    private static Holds names(String sentence, String question, boolean person) {
        boolean any = false;
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            String n = w.nature();
            boolean hit = person ? n.startsWith("nr") : n.startsWith("ns") || (n.startsWith("nt") || n.startsWith("nz"))
                    && PLACE_WORD.matcher(w.text()).find();
            if (!hit) continue;
            if (!question.contains(w.text())) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    /**
     * Words that end the way places do, and whether one is not in the question. A match runs greedily back over the
     * words before it (…毛泽东在三湾), so what is compared with the question is its end: the place word's ending and
     * the character before it (三湾, 会址 with its character before), else every such sentence would seem to name
     * a new place.
     */
    private static Holds places(String sentence, String question) {
        Matcher m = PLACE_WORD.matcher(sentence);
        boolean any = false;
        while (m.find()) {
            int core = Math.min(m.group().length(), m.group(1).length() + 1);
            if (!question.contains(m.group().substring(m.group().length() - core))) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    private static Holds matches(Pattern p, String sentence, String question) {
        Matcher m = p.matcher(sentence);
        boolean any = false;
        while (m.find()) {
            if (!question.contains(m.group())) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    /** A place name, or a word that ends the way addresses, sites and rooms do (…村, …路139号, …纪念馆, …活动室). */
    private static final Pattern PLACE_WORD = Pattern.compile("[\\u4e00-\\u9fa5\\d]{1,8}(省|市|县|区|镇|乡|村|路|街|巷|号|楼|祠|宫|寺|广场|"
            + "馆|院|室|厅|会址|旧址|故居|基地|中心|大学|学校|公园|机场|港|站|湾|岛|湖|泊|峡|关|城)");

    /** 十八 → 18, 二十 → 20, 7 → 7. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) return digits.indexOf(s.charAt(0));
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
