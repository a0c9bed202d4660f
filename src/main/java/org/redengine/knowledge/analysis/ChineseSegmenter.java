package org.redengine.knowledge.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chinese word segmentation with HanLP (dictionaries ship inside its jar). Index mode also emits the shorter
 * words inside long ones (中国共产党 → 中国共产党 / 中国 / 共产党) so that a query segmented either way matches.
 * Domain words (synonyms, tags) are added to HanLP's run-time dictionary so they are never split apart.
 */
public final class ChineseSegmenter {

    /** A word with its part of speech and its offset in the segmented text. */
    public record Word(String text, String nature, int offset) {
    }

    private static final ThreadLocal<Segment> INDEX = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableIndexMode(true).enableOffset(true).enableNameRecognize(true));
    private static final ThreadLocal<Segment> QUERY = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOffset(true).enableNameRecognize(true));

    private ChineseSegmenter() {
    }

    /** Fine-grained segmentation for indexing (overlapping words). */
    public static List<Word> forIndex(String text) {
        return convert(INDEX.get().seg(text));
    }

    /** Normal segmentation for queries and term coverage. */
    public static List<Word> forQuery(String text) {
        return convert(QUERY.get().seg(text));
    }

    private static List<Word> convert(List<Term> terms) {
        List<Word> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.word.isBlank()) {
                continue;
            }
            String nature = t.nature == null ? "" : t.nature.toString();
            out.add(new Word(t.word, nature, t.offset));
        }
        return out;
    }

    /**
     * The proper names in a text (people nr, places ns, organisations nt, other proper nouns nz), as
     * {@link #forQuery} segments it. The answer checks ask this of the same knowledge-base sentences for question
     * after question, so it is cached (bounded; dropped whenever the segmenter learns words, which may change it).
     */
    public static List<Word> namesIn(String text) {
        return NAMES.get(text, t -> {
            List<Word> names = new ArrayList<>(2);
            for (Word w : forQuery(t)) {
                String n = w.nature();
                // (曾 opening 曾在, 曾经, 曾是 is "once", whatever the segmenter guessed: 曾在一本字帖上写下 names no one)
                if (n.startsWith("nr") && ONCE_NOT_A_SURNAME.matcher(w.text()).lookingAt()) continue;
                if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz")) names.add(w);
            }
            return names.isEmpty() ? List.of() : List.copyOf(names);
        });
    }

    private static final java.util.regex.Pattern ONCE_NOT_A_SURNAME = java.util.regex.Pattern.compile("曾(?:在|经|是|任|被|与|把|到|于|给|向|对|跟)");

    private static final com.github.benmanes.caffeine.cache.Cache<String, List<Word>> NAMES =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();

    /** Whether {@link #addWords} would add any of these words (so texts would be segmented differently after). */
    public static synchronized boolean wouldAdd(Collection<String> words) {
        for (String w : words) {
            if (teachable(w)) return true;
        }
        return false;
    }

    /** Teaches the segmenter domain words; safe to call again with the same words. */
    public static synchronized void addWords(Collection<String> words) {
        boolean added = false;
        for (String w : words) {
            if (teachable(w)) {
                CustomDictionary.add(w, natureAlone(w) + " 1024");
                added = true;
            }
        }
        if (added) NAMES.invalidateAll();
    }

    /** Common surnames, which open a person's name (the segmenter may read it in pieces: 王进/喜). */
    public static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    /**
     * Less common single surnames, which with {@link #COMMON_SURNAMES} open nearly every name: read only where a name
     * is already expected (right after 妻子 or 儿子), since many are common words too (成, 文, 明); the commonest words among
     * surnames (和, 时, 来, 都, 原: 原本) are left out.
     */
    public static final String MORE_SURNAMES = "付闫常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
            + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄"
            + "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
            + "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
            + "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆"
            + "茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣展阴昝智幸奉植衡富尧闭";

    /**
     * The part of speech a taught word keeps: a person's, place's or organisation's name the segmenter already
     * recognises on its own (刘胡兰 as a tag is still a person, nr, and answers 谁), or a person's name it reads in
     * pieces: three characters opening with a common surname and read as a name from the first (王进/喜, 张国/焘), or
     * names from end to end (冼/星海); places from end to end (河南/确山) are a place; else a proper noun (nz). Taught as
     * nz, 王进喜 would no longer answer 谁, nor 河南确山人 哪里人.
     */
    private static String natureAlone(String w) {
        List<Word> alone = forQuery(w);
        if (alone.size() == 1 && alone.get(0).text().equals(w)) {
            String n = alone.get(0).nature();
            if (n.startsWith("nr")) return "nr";
            if (n.startsWith("ns")) return "ns";
            if (n.startsWith("nt")) return "nt";
        }
        // a place within a larger one, taught whole (河南确山, 湖北黄冈): still a place
        if (alone.size() > 1 && alone.stream().allMatch(x -> x.nature().startsWith("ns"))) return "ns";
        if (alone.size() > 1 && alone.get(0).nature().startsWith("nr")) {
            if (w.length() == 3 && COMMON_SURNAMES.indexOf(w.charAt(0)) >= 0) return "nr";
            if (alone.stream().allMatch(x -> x.nature().startsWith("nr"))) return "nr";
        }
        return "nz";
    }

    /** Whether a word is in the segmenter's own dictionary of common words (通过, 世界), not one taught or guessed. */
    public static boolean isCommonWord(String w) {
        return CoreDictionary.contains(w);
    }

    /**
     * A word the segmenter does not know yet. One its core dictionary has is left alone: taught again, it would
     * lose its part of speech (毛泽东 a person's name, nr, would become a proper noun, nz, and no longer answer 谁).
     */
    private static boolean teachable(String w) {
        return w.length() >= 2 && w.length() <= 16 && !w.contains(" ") && !CustomDictionary.contains(w) && !CoreDictionary.contains(w);
    }
}
