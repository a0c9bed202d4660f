package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members speak of elders by surname and 老 (任老生于哪一年, 孙老留苏时上的什么学院, 袁老的梦想): the person is the one
 * of that surname the knowledge base speaks of most. The segmenter reads 任老生于 as 任 / 老生, so the question is
 * read with the full name in its place: the person of that surname the knowledge base names in the most entries
 * (任弼时, not his original name 任培国), and none when two are named in as many. Taking the wrong one of two is safe:
 * the entries about the other do not name the person read, and are not answers (see {@code Answerer}).
 */
final class HonouredNames {

    /**
     * A surname and 老, and what may follow it (老师 for a teacher: 钟老师; not 老家, 老人, 老区 or 老百姓, nor 老总,
     * said of marshals by two-character names: 朱老总).
     */
    private static final Pattern HONOURED = Pattern.compile("(\\p{IsHan})老(?:师|(?![家人乡区年伴婆公板百汉宅屋友兵将少大小二三爷太总]))");
    /**
     * A surname and a post or word of respect members call someone by (沈书记, 孟师傅, 王主任, 叶先生, 李大姐); not 书记处
     * or a post's office.
     */
    private static final Pattern TITLED = Pattern.compile("(\\p{IsHan})(?:书记|主任|师傅|队长|厂长|校长|局长|院长|所长|司令|政委|先生|大姐)(?![处员部])");
    /** The commonest surnames: a word of respect after another character is rarely a person's (德先生). */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐"
            + "易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
            + "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁"
            + "沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    /** Words of respect, not posts: they say nothing the answer must hold. */
    private static final Set<String> RESPECT = Set.of("师傅", "先生", "大姐");
    /** A given name of two characters and a word of respect (景润先生, 若飞同志). */
    private static final Pattern GIVEN_HONOURED = Pattern.compile("(\\p{IsHan}{2})(?:先生|同志|烈士|院士|教授|前辈)");
    /** Entries a name must occur in to be taken for the person meant. */
    private static final int MIN_ENTRIES = 2;

    private HonouredNames() {
    }

    /**
     * The question with each surname-and-老 that clearly stands for one person of the knowledge base replaced by the
     * full name; unchanged otherwise (and for a surname that is part of a word: 任弼时老家 is no 时老).
     *
     * @param namesFrom the knowledge base's three-character words and two-character names beginning with a character
     * @param entries   how many entries a word occurs in
     */
    static String named(String question, Function<Character, Set<String>> namesFrom, ToIntFunction<String> entries) {
        return named(question, namesFrom, given -> Set.of(), entries);
    }

    /**
     * As above, and also a surname with a post members call someone by (沈书记, 孟师傅), and a given name with a word
     * of respect (景润先生, 若飞同志): the full name of the person the knowledge base names in the most entries.
     *
     * @param namesEndingWith the knowledge base's three-character words ending with two characters
     */
    static String named(String question, Function<Character, Set<String>> namesFrom, Function<String, Set<String>> namesEndingWith,
                        ToIntFunction<String> entries) {
        return named(question, namesFrom, namesEndingWith, entries, form -> false);
    }

    /**
     * As above, leaving a form of respect the knowledge base has taught as a name of someone (蔡大姐, learned from
     * 大家都叫她“蔡大姐”) as it is: the synonyms read it as that person.
     *
     * @param taught whether the knowledge base's synonyms know a word
     */
    static String named(String question, Function<Character, Set<String>> namesFrom, Function<String, Set<String>> namesEndingWith,
                        ToIntFunction<String> entries, java.util.function.Predicate<String> taught) {
        String out = bySurname(question, HONOURED, namesFrom, entries, taught);
        out = bySurname(out, TITLED, namesFrom, entries, taught);
        Matcher m = GIVEN_HONOURED.matcher(out);
        if (!m.find()) return out;
        StringBuilder named = new StringBuilder();
        int copied = 0;
        do {
            String given = m.group(1);
            Set<String> candidates = namesEndingWith.apply(given);
            // (the full name already typed: 陈景润先生)
            if (m.start(1) > 0 && candidates.contains(out.substring(m.start(1) - 1, m.end(1)))) continue;
            String name = personMeant(out, candidates, entries);
            if (name == null) continue;
            named.append(out, copied, m.start(1)).append(name);
            copied = m.end(1);
        } while (m.find());
        return copied == 0 ? out : named.append(out.substring(copied)).toString();
    }

    private static String bySurname(String question, Pattern called, Function<Character, Set<String>> namesFrom, ToIntFunction<String> entries,
                                    java.util.function.Predicate<String> taught) {
        Matcher m = called.matcher(question);
        if (!m.find()) return question;
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(question);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        do {
            // (a post's surname is a word by itself, or the name and post are read as a name: 王书记; 班主任 is a word,
            // no 班 called 主任)
            char next = question.charAt(m.end(1));
            String whole = m.group();
            if (!standsAlone(words, m.start(1), called == TITLED
                    ? w -> w.text().equals(whole) && w.nature().startsWith("nr")
                    : w -> w.text().charAt(1) == next)) continue;
            // a word of respect goes only after a common surname (德先生 and 赛先生 are democracy and science), and not
            // where the knowledge base has taught the whole form as a name of someone (蔡大姐, read as 蔡畅)
            if (called == TITLED && RESPECT.contains(whole.substring(1))
                    && (COMMON_SURNAMES.indexOf(whole.charAt(0)) < 0 || taught.test(whole))) continue;
            Set<String> candidates = namesFrom.apply(m.group(1).charAt(0));
            // the full name already typed elsewhere, though inside a longer word (叶培建星的铜匾是谁颁给叶老的): 叶老 is
            // that person, and no other of the surname (叶坪) is meant
            String elsewhere = question.substring(0, m.start()) + "，" + question.substring(m.end());
            if (candidates.stream().anyMatch(c -> c.length() > 2 && elsewhere.contains(c) && isPersonName(c))) continue;
            String name = personMeant(question, candidates, entries);
            if (name == null) continue;
            // (a post stays with the name: 沈书记 → 沈浩书记; 老, 老师 and the words of respect go: 马师傅 → 马恒昌)
            String title = question.substring(m.end(1), m.end());
            out.append(question, copied, m.start()).append(name).append(called == TITLED && !RESPECT.contains(title) ? title : "");
            copied = m.end();
        } while (m.find());
        return copied == 0 ? question : out.append(question.substring(copied)).toString();
    }

    /**
     * Whether the surname is a word by itself, or begins a word the way it may (任 / 老生, 孙老; 王书记 read as a name):
     * not the end of a longer word.
     */
    private static boolean standsAlone(List<ChineseSegmenter.Word> words, int at, java.util.function.Predicate<ChineseSegmenter.Word> begins) {
        for (ChineseSegmenter.Word w : words) {
            if (w.offset() == at) return w.text().length() == 1 || begins.test(w);
            if (w.offset() < at && w.offset() + w.text().length() > at) return false;
        }
        return false;
    }

    /** The person's name the surname stands for, or null when none is clearly meant. */
    private static String personMeant(String question, Set<String> candidates, ToIntFunction<String> entries) {
        String best = null;
        int most = 0, second = 0;
        for (String c : candidates) {
            // (a transliterated name, 马克思, opens with no surname: 马师傅 is never Marx)
            if (question.contains(c) || !isPersonName(c) || isTransliterated(c)) continue;
            // a name of two characters that opens a longer one is a piece of it the segmenter once cut (时传 of 时传祥)
            if (c.length() == 2 && candidates.stream().anyMatch(o -> o.length() > 2 && o.startsWith(c))) continue;
            int n = entries.applyAsInt(c);
            if (n > most) {
                second = most;
                most = n;
                best = c;
            } else if (n > second) {
                second = n;
            }
        }
        return most >= MIN_ENTRIES && most > second ? best : null;
    }

    /**
     * Whether the segmenter reads the word by itself as one person's name. Remembered per word: answering asks it of
     * the question's names once for every candidate entry.
     */
    static boolean isPersonName(String word) {
        return PERSON_NAMES.get(word, w -> {
            List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(w);
            return words.size() == 1 && words.get(0).nature().startsWith("nr");
        });
    }

    /** Whether the segmenter reads the word as a foreign name written in sounds (马克思, 恩格斯). */
    private static boolean isTransliterated(String word) {
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(word);
        return words.size() == 1 && words.get(0).nature().equals("nrf");
    }

    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> PERSON_NAMES =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).build();
}
