package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a sentence gives for the kind of fact asked: its dates for a when-question, its counts for a
 * how-many question, the people it names for a who-question and the places for a where-question, and for a
 * question asking what something is called the names it gives in quotes or title marks. Two candidates giving the
 * same values answer the question alike, even in different words (an article's "1936年12月12日凌晨，张学良、杨虎城发动兵谏"
 * and an FAQ row's "1936年…于12月12日凌晨…"), so
 * neither is the other's rival when the gate weighs how far the best answer leads.
 */
public final class AnswerSlots {
    /** A date: a year, a month and day, a month, or a day alone (the end of a range: 15日至17日). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{3,4})年|(\\d{1,2})月(?:(\\d{1,2})[日号])?|(?<![\\d月])(\\d{1,2})[日号]");
    /** A count: a number with its unit, not part of a date. */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*([万亿])?[余多]?(?![\\d.年月日号])([\\u4e00-\\u9fa5%])?"
                    + "|([一二三四五六七八九十百千万亿两]+)[多余]?(个|次|名|位|家|项|条|套|册|篇|张|件|期|场|批|种|方面|阶段|类|人|所|座|户|处|点|根|架|艘|枚|颗|支|军|路)");

    /** A question asking what something is called. */
    /** A person asked for by what they were (那位科学家叫什么, 首席谈判代表叫啥名字). */
    private static final Pattern PERSON_ASKED = Pattern.compile("(?:[家人者员士工长师兵官手雄将帅相]|代表|主席|书记|总理|政委)(?:叫|的名字|名字)");
    private static final Pattern NAME_ASKED = Pattern.compile("叫(?:什么|啥)|什么名|名字|名称|称号|美称|全称|口号|昵称|题目");
    /** A name in quotes or title marks. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,30})”|《([^》]{1,30})》");

    private static Set<String> quoted(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = QUOTED.matcher(TextNormalizer.normalize(text));
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    private AnswerSlots() {
    }

    /** The dates, counts, people or places {@code text} gives, for questions of that kind; empty for other kinds. */
    public static Set<String> of(String text, QuestionKind kind) {
        Set<String> out = new TreeSet<>();
        if (kind == QuestionKind.WHEN) {
            Matcher m = DATE.matcher(TextNormalizer.normalize(text));
            while (m.find()) {
                if (m.group(1) != null) out.add(m.group(1) + "年");
                else if (m.group(2) != null) out.add(m.group(2) + "月" + (m.group(3) != null ? m.group(3) + "日" : ""));
                else out.add(m.group(4) + "日");
            }
        } else if (kind == QuestionKind.WHO || kind == QuestionKind.WHERE) {
            // the people (or places) it names, as the segmenter reads them
            String nature = kind == QuestionKind.WHO ? "nr" : "ns";
            for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(TextNormalizer.normalize(text))) {
                if (w.nature().startsWith(nature)) out.add(w.text());
            }
        } else if (kind == QuestionKind.COUNT) {
            Matcher m = COUNT.matcher(TextNormalizer.normalize(text));
            while (m.find()) {
                if (m.group(1) != null) {
                    out.add(m.group(1) + (m.group(2) != null ? m.group(2) : "") + (m.group(3) != null ? m.group(3) : ""));
                } else {
                    out.add(m.group(4) + m.group(5));
                }
            }
        }
        return out;
    }

    /**
     * Whether two sentences give the same answer for a question of that kind: the same dates (or counts), and at least
     * one; for who or where, a person (or place) both name that the question does not (a sentence names more people
     * and places than the one asked for: 时任浙江省委书记习近平…在浙江启动 and …工程于2003年在浙江启动 both say 浙江);
     * for what something is called, a name in quotes or title marks both give that the question does not (“冰丝带”).
     */
    public static boolean agree(String a, String b, QuestionKind kind, String question) {
        if (kind == QuestionKind.OTHER && NAME_ASKED.matcher(question).find()) {
            // what something is called: a name in quotes or title marks both give that the question does not; or, for
            // a person asked by what they were (首席谈判代表叫什么), a person both name (an FAQ row and an article alike)
            return shareOneNotAsked(quoted(a), quoted(b), question)
                    || PERSON_ASKED.matcher(question).find() && shareOneNotAsked(of(a, QuestionKind.WHO), of(b, QuestionKind.WHO), question);
        }
        if (kind != QuestionKind.WHEN && kind != QuestionKind.COUNT && kind != QuestionKind.WHO && kind != QuestionKind.WHERE) return false;
        Set<String> x = of(a, kind);
        if (kind == QuestionKind.WHO || kind == QuestionKind.WHERE) {
            return shareOneNotAsked(x, of(b, kind), question);
        }
        return !x.isEmpty() && x.equals(of(b, kind));
    }

    /** Whether both sets hold a value the question does not name. */
    private static boolean shareOneNotAsked(Set<String> x, Set<String> y, String question) {
        return x.stream().anyMatch(v -> y.contains(v) && !question.contains(v));
    }
}
