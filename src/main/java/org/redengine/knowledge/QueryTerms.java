package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of a question: its meaningful words (question words, particles and pronouns dropped, on the query
 * side only), each with the synonyms that count as the same word.
 */
public final class QueryTerms {

    /** One content word of the question, its part of speech (HanLP's tag) and its equivalents. */
    public record Term(String text, String nature, Set<String> alternatives) {
        public boolean singleChar() {
            return text.length() == 1;
        }

        /** A number or year written in digits (1921, 2023). */
        public boolean isNumber() {
            return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        }

        /**
         * How much this kind of word says about the topic: names and nouns most; verbs, adjectives and adverbs
         * are the words members paraphrase most (开/召开, 上天/发射), so missing them counts for less. A phrase that
         * asks (a synonym phrase such as 哪里人 or 哪几句话) says which kind of fact is wanted, which the answer states
         * in its own way (湖南宁乡人), so it counts as little as a word of place.
         */
        public double topicWeight() {
            if (ASKS_IN_TERM.matcher(text).find()) return 0.3;
            if (nature.isEmpty() || nature.startsWith("n") || nature.startsWith("t") || nature.startsWith("m")
                    || nature.startsWith("j") || nature.startsWith("i") || nature.startsWith("l") || nature.startsWith("g")) {
                return 1.0;
            }
            if (nature.startsWith("f")) return 0.3;
            if (nature.startsWith("d") || nature.startsWith("q")) return 0.5;
            return 0.6; // verbs, adjectives and the rest
        }
    }

    /** A phrase that asks (哪里人, 哪几句话, 干啥用): it says what kind of fact is wanted, not what it is about. */
    private static final java.util.regex.Pattern ASKS_IN_TERM = java.util.regex.Pattern.compile("哪|什么|啥|嘛|几|谁|多少");

    /** Words that ask rather than say: removed from questions, never from the indexed text. */
    static final Set<String> QUESTION_WORDS = Set.copyOf(java.util.Arrays.asList(
            "什么", "什么样", "啥", "哪", "哪里", "哪儿", "哪些", "哪个", "哪位", "哪年", "哪一年", "哪天", "哪一天",
            "何时", "何地", "何人", "什么时候", "啥时候", "几", "几年", "几月", "几号", "几日", "几个", "几次", "多少",
            "怎么", "怎么样", "怎样", "如何", "为何", "为什么", "谁", "是不是", "有没有", "请问", "问", "问一下",
            "一下", "想", "想知道", "知道", "告诉", "告诉我", "我", "我们", "你", "你们", "您", "能", "能不能", "可以",
            "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "哈", "了", "的", "地", "得", "是", "在", "有", "和", "与", "及",
            "都", "还", "也", "又", "就", "那", "这", "那个", "这个", "指", "指的是", "叫", "叫做", "称为", "具体",
            "到底", "究竟", "干嘛", "干啥", "干什么", "做什么", "意思", "含义", "时候", "时间", "日期", "地点", "地方",
            "当时", "哪些人", "什么人", "一般", "主要", "呃", "嗯", "请", "帮", "帮我", "查", "查一下", "说说",
            "讲讲", "介绍", "介绍一下", "简单", "大概", "其", "之", "是什么", "什么是", "吗?", "东西", "开的",
            // words that name what is asked for rather than the topic (…叫啥名字, …是什么职务, …多长时间)
            "名字", "全名", "名称", "叫啥", "叫什么", "职位", "职务", "级别", "身份", "范围", "多长时间", "长时间", "多久", "内容",
            "全称", "原话", "题目", "标题", "出处", "称呼", "表述", "名言", "起止", "其实", "就是", "还有",
            // colloquial frames and fillers (那个…, …起来, 咋办, 老师…)
            "开头", "后面", "前面", "当时", "当年", "那时", "那时候", "那阵子", "那会儿", "那部", "那期", "那次",
            "这次", "那场", "那些", "这些", "起来", "出来", "下来", "咋", "咋办", "咋样", "怎么说", "啥样", "老师",
            "大家", "请教", "一共", "总共", "分别", "都是", "还是", "平常", "平时", "一般来说", "到底是", "几点",
            // how members open a question (我想问一下…, 打听一下…, 麻烦问下…, …来着)
            "想问", "想问问", "问问", "问下", "请问一下", "打听", "打听一下", "想了解", "了解一下", "麻烦", "求问",
            "谁知道", "有谁知道", "来着",
            "考考", "考考大家", "有人知道", "有没有人知道", "谁记得"));

    private static final java.util.regex.Pattern POINTING = java.util.regex.Pattern.compile(
            "^[那这哪几]一?[个位部首句条栋座本篇名件项种批场次届支张][话诗词歌书]?$|^[一二三四五六七八九十两]+个?字$");
    private static final java.util.regex.Pattern GLUED_ASKING = java.util.regex.Pattern.compile("几|多少|多大|哪|啥|谁|什么|[?？]|^时.$|^.是$");

    /**
     * A number's other way of writing (十四 and 14 alike: 进一步开放十四个沿海城市 is told as 14个 in the text), from 10
     * to 99; single digits and years are left alone (一 is mostly an article, 五四 and 一二九 are names).
     */
    static Set<String> withNumberForm(String word, Set<String> alternatives) {
        String other = null;
        if (word.chars().allMatch(Character::isDigit) && word.length() == 2 && word.charAt(0) != '0') {
            int n = Integer.parseInt(word);
            other = (n / 10 == 1 ? "" : CN.substring(n / 10, n / 10 + 1)) + "十" + (n % 10 == 0 ? "" : CN.substring(n % 10, n % 10 + 1));
        } else if (CHINESE_TENS.matcher(word).matches()) {
            other = String.valueOf(AnswerChecks.number(word));
        } else if (word.length() > 2 && CHINESE_TENS_IN.matcher(word).find()) {
            // a name with a number in it (第十五军 is written 第15军 too)
            other = CHINESE_TENS_IN.matcher(word).replaceAll(m -> String.valueOf(AnswerChecks.number(m.group())));
        }
        if (other == null) return alternatives;
        Set<String> out = new java.util.LinkedHashSet<>(alternatives);
        out.add(other);
        return Set.copyOf(out);
    }

    private static final String CN = "零一二三四五六七八九";
    private static final java.util.regex.Pattern CHINESE_TENS = java.util.regex.Pattern.compile("[一二三四五六七八九]?十[一二三四五六七八九]?");
    private static final java.util.regex.Pattern CHINESE_TENS_IN = java.util.regex.Pattern.compile(
            "(?<![一二三四五六七八九十百千万零〇两])[一二三四五六七八九]?十[一二三四五六七八九]?(?![一二三四五六七八九十百千万零〇两])");

    /**
     * Kinds of place, body or person a question asks which one of (哪个城市, 哪家单位, 哪位领导人): the answer names the
     * one (郑州, 招商局, 江泽民), mostly without the word for its kind.
     */
    static final Set<String> KINDS_ASKED = Set.of("城市", "国家", "省份", "地区", "省", "市", "县", "区", "镇", "乡", "村",
            "学校", "大学", "部队", "单位", "机构", "部门", "报纸", "刊物", "杂志", "医院", "工厂", "企业", "公司", "民族", "朝代",
            "科学家", "领导人", "将领", "作家", "人物", "英雄", "烈士", "领导", "首长");
    private static final java.util.regex.Pattern ASKS_WHICH = java.util.regex.Pattern.compile("(?:哪一?[个座所支家份位名]?|什么|啥)$");

    /**
     * How members put a question to the group (考考大家：…, 突然想不起来了，…, 群里有人知道…吗): said around the question,
     * not part of it, and split by the segmenter into words that are (想, 不, 起来; 群, 里), so taken off before it reads
     * the question.
     */
    private static final java.util.regex.Pattern GROUP_FRAME = java.util.regex.Pattern.compile(
            "考考大家[:：,，]?|(?:突然|一下子?)?想不起来了?[,，:：]?|群里(?:有没有人|有人|有谁|谁)(?:知道|记得)?|(?:有没有人|有谁|谁)记得"
            // 谁知道… opening a question asks the group, not who: 谁知道杨靖宇的本名 asks a name
            + "|^(?:请问)?(?:有没有人|有人|有谁|谁)知道[,，:：]?");

    /**
     * Titles members add after a person's name (杨靖宇将军, 袁隆平院士, 钱学森先生): the name says who; a text about the
     * person rarely repeats the title, and must not be marked down for it.
     */
    static final Set<String> HONORIFICS = Set.of("将军", "同志", "院士", "先生", "老先生", "烈士", "元帅", "大将", "教授", "老师",
            "老人", "女士", "书记", "老书记", "总理", "主席", "委员长", "校长", "军长", "司令");

    /** 那 typed for 哪 where it ends the question (是那一天？, 那里人, 江苏那个城市？): a demonstrative there points at nothing. */
    private static final java.util.regex.Pattern THAT_FOR_WHICH = java.util.regex.Pattern.compile(
            "那(?=一?(?:年|天|里|儿|位|个[\\u4e00-\\u9fa5]{0,3})(?:[？?]|$|的|人|呢))");
    /** Words that already ask: with one of them in the question, 那 means that (那天是几号). */
    private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile(
            "什么|啥|谁|哪|几|多少|多久|多长|多大|多高|多远|怎|如何|为何|吗|是否|有没有|是不是");

    /** The spoken first (头一回, 头一次): the written 第一次. */
    private static final java.util.regex.Pattern FIRST_TIME = java.util.regex.Pattern.compile("头一?回|头一次");
    /** The spoken first before a measure word (头一个, 头一任, 头一批): the written 第一. */
    private static final java.util.regex.Pattern FIRST_OF = java.util.regex.Pattern.compile(
            "头一(?=[个条任艘批趟位项届台辆架颗部本篇仗场])");

    /**
     * The question as written Chinese asks it: the spoken first (头一回, 头一个) as 第一次, 第一个; and a mistyped 那
     * read as 哪, when nothing else in it asks (see {@link #THAT_FOR_WHICH}).
     */
    static String asked(String question) {
        // 咱国家 is the country every entry is about, not the word 国家 some sentence has (国家在必要时…)
        if (question.indexOf('咱') >= 0 || question.contains("我们国家")) question = OUR_COUNTRY.matcher(question).replaceAll("");
        if (question.indexOf('头') >= 0) question = FIRST_TIME.matcher(FIRST_OF.matcher(question).replaceAll("第一")).replaceAll("第一次");
        if (question.indexOf('那') < 0 || ASKING.matcher(question).find()) return question;
        return THAT_FOR_WHICH.matcher(question).replaceFirst("哪");
    }

    private static final java.util.regex.Pattern OUR_COUNTRY = java.util.regex.Pattern.compile("(?:咱们|咱|我们)国家的?|咱国的?");

    private final String normalized;
    private final List<Term> terms;
    private final QuestionKind kind;
    private final Term yesNoStatement;

    private QueryTerms(String normalized, List<Term> terms, QuestionKind kind) {
        this.normalized = normalized;
        this.terms = terms;
        this.kind = kind;
        this.yesNoStatement = AnswerChecks.yesNoStatement(this);
    }

    /**
     * Whether a synonym phrase found in the question begins inside a common word: 过世 in 通过世卫组织 (通过 / 世卫组织)
     * is not said there, and read as said it made a question about a certification one about a death. Only a word of
     * the segmenter's dictionary counts: its guesses (县改 / 叫啥 in 那个县改叫啥了) often cut a phrase that is there.
     */
    private static boolean splitsAWord(Synonyms.Match m, List<ChineseSegmenter.Word> words) {
        for (ChineseSegmenter.Word w : words) {
            int start = w.offset(), end = w.offset() + w.text().length();
            if (start < m.start() && m.start() < end) return ChineseSegmenter.isCommonWord(w.text());
        }
        return false;
    }

    public static QueryTerms of(String question, Synonyms synonyms) {
        return of(question, synonyms, TypoCorrector.NONE);
    }

    public static QueryTerms of(String question, Synonyms synonyms, TypoCorrector typos) {
        return of(question, synonyms, typos, w -> false);
    }

    /**
     * @param known whether the knowledge base has a word: two single characters the segmenter left side by side
     *              (红 井 of 红井的碑文) are one word when the knowledge base has them together
     */
    public static QueryTerms of(String question, Synonyms synonyms, TypoCorrector typos, java.util.function.Predicate<String> known) {
        String normalized = TextNormalizer.normalize(question);
        String unframed = GROUP_FRAME.matcher(normalized).replaceAll("");
        if (!unframed.isBlank()) normalized = unframed;
        normalized = ShortYears.expand(asked(normalized));
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(normalized);
        String corrected = typos.correct(normalized, words);
        if (!corrected.equals(normalized)) {
            normalized = corrected;
            words = ChineseSegmenter.forQuery(corrected);
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        // Synonym phrases first, by longest match, so segmentation cannot split them.
        List<ChineseSegmenter.Word> segmented = words;
        List<Synonyms.Match> matches = synonyms.find(normalized).stream().filter(m -> !splitsAWord(m, segmented)).toList();
        boolean[] inPhrase = new boolean[normalized.length()];
        for (Synonyms.Match m : matches) {
            terms.putIfAbsent(m.phrase(), new Term(m.phrase(), "", m.alternatives()));
            for (int i = m.start(); i < m.end(); i++) {
                inPhrase[i] = true;
            }
        }
        ChineseSegmenter.Word pending = null; // a single-character word that may join the next one
        ChineseSegmenter.Word previous = null; // the word before, for a title after a name
        for (ChineseSegmenter.Word w : words) {
            ChineseSegmenter.Word before = previous;
            previous = w;
            ChineseSegmenter.Word rest = outsidePhrases(inPhrase, w);
            if (rest != null && pending != null && rest.text().length() == 1 && rest.offset() == pending.offset() + 1
                    && joinable(rest) && !(pending.nature().equals("f") && rest.nature().startsWith("v"))
                    && known.test(pending.text() + rest.text()) && !QUESTION_WORDS.contains(pending.text() + rest.text())) {
                String joined = pending.text() + rest.text();
                terms.remove(pending.text());
                terms.putIfAbsent(joined, new Term(joined, "n", synonyms.alternativesOf(joined)));
                pending = null;
                continue;
            }
            if (rest == null || !isContent(rest)) {
                pending = null;
                continue;
            }
            if (HONORIFICS.contains(rest.text()) && before != null && before.nature().startsWith("nr")
                    && before.offset() + before.text().length() == rest.offset()) {
                pending = null;
                continue;
            }
            if (KINDS_ASKED.contains(rest.text()) && ASKS_WHICH.matcher(normalized.substring(0, rest.offset())).find()) {
                pending = null; // 在哪个城市去世的: the kind of place asked, which the answer names (郑州), not the topic
                continue;
            }
            terms.putIfAbsent(rest.text(), new Term(rest.text(), rest.nature(), withNumberForm(rest.text(), synonyms.alternativesOf(rest.text()))));
            // a direction word may open a name (中/老 of 中老铁路, 中/葡 of 中葡联合声明), never close one (岛/上)
            pending = rest.text().length() == 1 && (joinable(rest) || rest.nature().equals("f")) ? rest : null;
        }
        return new QueryTerms(normalized, List.copyOf(terms.values()), QuestionKind.of(normalized));
    }

    /**
     * The part of a word outside the synonym phrases: the whole word, none of it (null), or, when the segmenter
     * glued a word onto a phrase (巴南区科 + 协 of 科协), the longest run left over if it has two characters or more.
     */
    private static ChineseSegmenter.Word outsidePhrases(boolean[] inPhrase, ChineseSegmenter.Word w) {
        int start = w.offset(), end = Math.min(inPhrase.length, w.offset() + w.text().length());
        int bestFrom = -1, bestLen = 0, runFrom = -1;
        for (int i = start; i <= end; i++) {
            boolean free = i < end && !inPhrase[i];
            if (free && runFrom < 0) runFrom = i;
            if (!free && runFrom >= 0) {
                if (i - runFrom > bestLen) {
                    bestLen = i - runFrom;
                    bestFrom = runFrom;
                }
                runFrom = -1;
            }
        }
        if (bestLen == end - start) return w;
        if (bestLen < 2) return null;
        return new ChineseSegmenter.Word(w.text().substring(bestFrom - start, bestFrom - start + bestLen), w.nature(), bestFrom);
    }

    /** Content words of a text (for FAQ questions at index time): same rules, no synonyms. */
    public static List<String> contentWords(String normalizedText) {
        List<String> out = new ArrayList<>();
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(normalizedText)) {
            if (isContent(w) && !out.contains(w.text())) {
                out.add(w.text());
            }
        }
        return out;
    }

    /** A single character that may be half of a word the segmenter split: a noun, verb, adjective or morpheme. */
    private static boolean joinable(ChineseSegmenter.Word w) {
        String n = w.nature();
        return !QUESTION_WORDS.contains(w.text()) && (n.startsWith("n") || n.startsWith("v") || n.startsWith("a")
                || n.startsWith("g") || n.equals("b") || n.equals("s") || n.equals("j"));
    }

    private static boolean isContent(ChineseSegmenter.Word w) {
        String t = w.text();
        if (t.isBlank() || t.codePoints().allMatch(TextNormalizer::isPunctuationOrSpace)) {
            return false;
        }
        if (QUESTION_WORDS.contains(t)) {
            return false;
        }
        String n = w.nature();
        // the segmenter's name recogniser glues question words to their neighbours (焦裕禄逝世时几岁 → 时几岁, 举办权是,
        // 多少米? → 米?): no name holds a word that asks, and none a text could ever cover
        if (n.startsWith("nr") && GLUED_ASKING.matcher(t).find()) {
            return false;
        }
        // which one, pointed at or counted (那首诗, 那句话, 几位, 哪八个字): how the question points, not what about
        if (POINTING.matcher(t).find()) {
            return false;
        }
        if (n.startsWith("w") || n.startsWith("u") || n.startsWith("y") || n.startsWith("e") || n.startsWith("o")
                || n.startsWith("r") || n.startsWith("c") || n.equals("p") || n.equals("vshi") || n.equals("vyou")) {
            return false;
        }
        // single-character measure words (年, 次, 个) and numerals (the 一 of 哪一年) carry no topic
        return !(t.length() == 1 && (n.startsWith("q") || n.startsWith("m")));
    }

    /** What this question asks to be confirmed, if it is answered yes or no (see {@link AnswerChecks#yesNoStatement}). */
    public Term yesNoStatement() {
        return yesNoStatement;
    }

    public String normalized() {
        return normalized;
    }

    public List<Term> terms() {
        return terms;
    }

    public QuestionKind kind() {
        return kind;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
