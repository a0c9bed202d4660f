package org.redengine.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * A bounded cache of what a check reads from a question or a word: each candidate answer is checked against the
     * same question, so what the check derives from it is worked out once.
     */
    private static <V> Cache<String, V> bounded(int size) {
        return Caffeine.newBuilder().maximumSize(size).build();
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /**
     * Words after N大 that make it N big things, not a congress (三大改造, 十大关系, 三大法宝, 五大创建, 第二大革命根据地);
     * with {@link #NOT_AFTER_DA}, {@link #CONGRESS_SHORT}'s lookahead.
     */
    static final List<String> NOT_AFTER_DA_WORDS = List.of("改造", "纲领", "关系", "法宝", "政策", "难题", "理念", "核心",
            "模块", "卫星", "创建", "创新", "原则", "特点", "特征", "领域", "板块", "目标", "成就", "成果", "支柱", "举措", "功能",
            "名著", "奇迹", "资源", "产业", "建设", "优势", "难关", "变化", "亮点", "机遇", "挑战", "风险", "意义", "运动",
            "革命", "战略", "平原", "高原", "盆地", "沙漠", "河流", "湖泊", "古都", "菜系", "屠杀", "罢工", "游行", "决战", "阅兵");
    /** 第十八次全国代表大会, 十八大, 十九届六中全会, 三中全会. */
    private static final Pattern CONGRESS_LONG = Pattern.compile("第?(" + CN + "|\\d{1,3})次(?:全国)?代表大会");
    static final Pattern CONGRESS_SHORT = Pattern.compile("(?<![一二三四五六七八九十\\d])(" + CN
            + "|\\d{1,2})大(?![战作纪优发元城区国洲洋学家军队企工任主体类项块件步批方点楼厦桥洞学生道概约型事早]|"
            + String.join("|", NOT_AFTER_DA_WORDS) + ")");
    private static final Pattern PLENUM = Pattern.compile("(?:(" + CN + "|\\d{1,2})届)?(" + CN + "|\\d{1,2})中全会");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d{2}|20\\d{2})(?!\\d)");
    /**
     * Other ordinals that single out one of a series: 第2号, 第五次反“围剿”, 第三批, 第12条, 第三个 (首个, 首次 and 头一批
     * are the first); not 第N次…代表大会 or 第N届, which the congress and plenum anchors read.
     */
    private static final Pattern ORDINAL = Pattern.compile("(?:第(" + CN + "|\\d{1,4})|(首|头一))([号次期批条款章节轮个])(?!(?:全国)?代表大会)");
    /**
     * A term of office or of an elected body (第九届全国委员会, 第一任主席): one series with the congresses that elect
     * them, so 科协九大 is not answered by who was the 第一任 chairman.
     */
    private static final Pattern TERM = Pattern.compile("第(" + CN + "|\\d{1,3})[届任](?!中全会)");
    /**
     * One of a numbered series of craft or satellites (嫦娥一号, 神舟十三号, 天宫二号, 长征五号): 嫦娥五号 is not 嫦娥一号, so
     * a sentence about another of the series does not answer (a date, a place) about the one asked. The series is part
     * of the anchor: 长征五号 and 嫦娥五号 are of different series.
     */
    private static final Pattern NUMBERED = Pattern.compile("([\\u4e00-\\u9fa5]{2})(?<![第月])(" + CN + "|\\d{1,3})号");

    /**
     * A meeting's type, where the name says it (动员大会, 总结大会, 表彰会, 座谈会): the 总结大会 asked about is not the
     * 动员大会 of the same campaign. A closed list of types, so that a place or body before 会议 (遵义会议, 扩大会议) is
     * never read as one.
     */
    private static final Pattern MEETING_TYPE = Pattern.compile("(动员|总结|表彰|推进|部署|纪念|庆祝|誓师|汇报|交流|报告|座谈)(?:大会|会议|会)");

    /** The first time of something asked (最早, 首次, 第一次 not naming a congress or war: 第一次全国代表大会). */
    private static final Pattern FIRST_ASKED = Pattern.compile("最早|最初|首次|初次|第一次(?![\\u4e00-\\u9fa5]{0,4}(?:大会|会议|全会|战争|大战|革命|合作|战役|运动|起义|代表|高潮))");
    /** A time after the first told (再次出任, 又一次, 重返). */
    private static final Pattern AGAIN_TOLD = Pattern.compile("再次|再度|又一次|重新|二度|重返|第二次|复出");
    private static final Pattern FIRST_TOLD = Pattern.compile("最早|最初|首次|初次|第一次|首任|第一任|起初|当初");
    private static final Pattern STARTS = Pattern.compile("开始|爆发|打响|发动|发起|发生|成立|创建|创立|建立|诞生|召开|开幕|开工|动工|奠基|首次|第一次|开启|启动");
    /**
     * 胜利 before a verb says how something went (胜利会师, 胜利召开), and an important one (一次重要胜利) what it was worth,
     * not that it ended; a road, bridge or canal opened
     * (开通, 通车, 通水) is finished, not begun: its building began with 开工.
     */
    private static final Pattern ENDS = Pattern.compile("结束|停战|闭幕|落幕|竣工|落成|揭幕|建成|(?<!重要|重大|一次|巨大|辉煌)胜利(?![会召完闭实到渡进举])|签字|签订|撤离|完成|收官|和平解决"
            + "|堵上|堵住|合龙|完工|开通|通车|通水|通航|收尾|告终|尾声");
    /** Someone taking part in something (参加, 请缨, 奔赴): when they joined, not when it began or ended. */
    private static final Pattern JOINED = Pattern.compile("参加|加入|请缨|奔赴|投身|报名|编入|调入|来到");
    /** Until when asked: 当到哪一年, 干到什么时候. */
    private static final Pattern UNTIL_ASKED = Pattern.compile("到(?:哪一?年|哪一?天|什么时候|啥时候|何时|几几年)");
    /**
     * Leaving a post or a place, or holding it for life: where a span ends (not a death alone: 2003年逝世 does not say
     * until when someone was a university's president).
     */
    private static final Pattern LEFT_OFF = Pattern.compile("卸任|离任|离职|退休|辞去|辞职|免去|调离|改任|届满|任满|离开|终身|\\d{4}年?\\s*[-—–～~]");
    /** Entering a school asked (哪年进的…附中, 什么时候考入大学). */
    private static final Pattern SCHOOL_ENTERED = Pattern.compile("(?:考进|考入|考上|进入|升入|转入|进的|进了|上的|(?<![推先前改促引增])进(?![行步一攻军展修]))"
            + "\\p{IsHan}{0,10}(?:学校|学堂|中学|大学|附中|附小|师范|学院|小学|书院|私塾|讲习所|军校|党校|高中|初中)|入学");
    /** How entering a school is told: 考入, 进入, 升入, 就读, 来到, 赴…求学. */
    private static final Pattern ENTERING = Pattern.compile("考|进|入|升|转|读于|就读|就学|求学|上学|插班|录取|到|来|赴|留学|学习");
    /** A span told up to its end (至, 直到, 为止, 历时). */
    private static final Pattern UNTIL = Pattern.compile("至|直到|为止|历时|前后|一直|到\\d{4}年");
    /**
     * What breaks out on a day (事变, 起义, 战役): asked when it was, with no word of its beginning or end, the day
     * asked is the day it began; a sentence telling only how it ended (西安事变的和平解决) does not answer. Not what
     * came after or during it (西安事变后周恩来哪天到的西安).
     */
    private static final Pattern OUTBREAK = Pattern.compile("(?:事变|起义|暴动|战役|会战|大捷|战争|运动|惨案)(?![之以]?后|期间|中|时)");
    private static final Pattern ANNIVERSARY = Pattern.compile("\\d+周年|[一二三四五六七八九十百]+周年");
    /** How far before an anniversary its subject is read (庆祝中国共产党成立100周年: 中国共产党成立). */
    private static final int ANNIVERSARY_SUBJECT = 8;

    private AnswerChecks() {
    }

    /**
     * The anchors of a (normalised) text, as {@code congress:18}, {@code plenum:19-6}, {@code year:1978},
     * {@code ordinal-号:2}, {@code meeting-type:总结}, {@code term:9}.
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
        if (text.indexOf('会') >= 0) {
            m = MEETING_TYPE.matcher(text);
            while (m.find()) out.add("meeting-type:" + m.group(1));
        }
        if (text.indexOf('第') >= 0 || text.indexOf('首') >= 0 || text.contains("头一")) {
            m = ORDINAL.matcher(text);
            while (m.find()) out.add("ordinal-" + m.group(3) + ":" + (m.group(2) != null ? 1 : number(m.group(1))));
        }
        if (text.indexOf('号') >= 0) {
            m = NUMBERED.matcher(text);
            while (m.find()) out.add("numbered-" + m.group(1) + ":" + number(m.group(2)));
        }
        if (text.indexOf('届') >= 0 || text.indexOf('任') >= 0) {
            m = TERM.matcher(text);
            while (m.find()) out.add("term:" + number(m.group(1)));
        }
        return out;
    }

    /**
     * An anchor as an admin reads it (ask, the console): congress:20 → 第20次代表大会, plenum:19-6 → 19届6中全会,
     * plenum:?-3 → 3中全会, year:1978 → 1978年, ordinal-批:3 → 第3批, meeting-type:总结 → 总结会.
     */
    public static String describe(String anchor) {
        int colon = anchor.indexOf(':');
        if (colon < 0) return anchor;
        String kind = anchor.substring(0, colon), value = anchor.substring(colon + 1);
        if (kind.startsWith("ordinal-")) return "第" + value + kind.substring("ordinal-".length());
        return switch (kind) {
            case "congress" -> "第" + value + "次代表大会";
            case "plenum" -> {
                String[] p = value.split("-", 2);
                yield (p[0].equals("?") ? "" : p[0] + "届") + p[1] + "中全会";
            }
            case "year" -> value + "年";
            case "meeting-type" -> value + "会";
            case "term" -> "第" + value + "届（任）";
            default -> kind.startsWith("numbered-") ? kind.substring("numbered-".length()) + value + "号" : anchor;
        };
    }

    private static final String CN_DIGITS = "一二三四五六七八九十";
    /** What may not follow N大 for it to be a congress (二十大, not 十大关系 or 四大发明): {@link #CONGRESS_SHORT}'s lookahead. */
    private static final String NOT_AFTER_DA = "战作纪优发元城区国洲洋学家军队企工任主体类项块件步批方点楼厦桥洞学生道概约型事早";

    /**
     * {@link #CONGRESS_SHORT}, scanned by hand from each 大: one to three Chinese numerals or one or two digits right
     * before it (and no numeral or digit before those), and none of {@link #NOT_AFTER_DA} after it.
     */
    private static void shortCongresses(String text, Set<String> out) {
        for (int da = text.indexOf('大'); da >= 0; da = text.indexOf('大', da + 1)) {
            if (da + 1 < text.length() && NOT_AFTER_DA.indexOf(text.charAt(da + 1)) >= 0) continue;
            if (followedByAWordOfThings(text, da + 1)) continue;
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

    private static boolean followedByAWordOfThings(String text, int at) {
        for (String word : NOT_AFTER_DA_WORDS) {
            if (text.startsWith(word, at)) return true;
        }
        return false;
    }

    static boolean hasDigit(String text) {
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

    /**
     * Whether a word that names a congress or plenum (七大, 二十大, 六中全会) names one the text names, in whatever form
     * (第七次全国代表大会): such a word is covered by the text although its characters are not in it.
     */
    public static boolean namesTheSameMeeting(String word, String text) {
        if (word.indexOf('大') < 0 && !word.contains("全会")) return false;
        Set<String> asked = WORD_MEETINGS.get(word, w -> Set.copyOf(anchors(w).stream()
                .filter(a -> a.startsWith("congress:") || a.startsWith("plenum:")).toList()));
        if (asked.isEmpty()) return false;
        Set<String> there = KNOWN_ANCHORS.get(text, AnswerChecks::anchorsOfKnown);
        for (String a : asked) if (!there.contains(a) && !plenumMatches(a, there)) return false;
        return true;
    }

    private static final Cache<String, Set<String>> WORD_MEETINGS =
            bounded(10_000);

    private static Set<String> anchorsOfKnown(String text) {
        return Set.copyOf(anchors(text));
    }

    private static final Cache<String, Set<String>> KNOWN_ANCHORS =
            bounded(100_000);

    public static int anchorAgreement(Set<String> asked, Set<String> answer) {
        if (asked.isEmpty()) return 0;
        boolean all = true;
        for (String a : asked) {
            if (answer.contains(a) || plenumMatches(a, answer) || sameInTheOtherSeries(a, answer)) continue;
            all = false;
            String kind = a.substring(0, a.indexOf(':'));
            for (String b : answer) {
                if (b.startsWith(kind + ":") && !b.equals(a)) return -1;
            }
            // a congress and the terms it elects count alike: 九大 asked, 第一任 answered
            String other = otherSeries(kind);
            if (other != null) for (String b : answer) if (b.startsWith(other)) return -1;
        }
        return all ? 1 : 0;
    }

    /** The anchor kind numbered in step with this one (a congress elects the term of the same number), or null. */
    private static String otherSeries(String kind) {
        return kind.equals("congress") ? "term:" : kind.equals("term") ? "congress:" : null;
    }

    /** 九大 agrees with 第九届, and 第九届 with 九大. */
    private static boolean sameInTheOtherSeries(String asked, Set<String> answer) {
        String kind = asked.substring(0, asked.indexOf(':')), other = otherSeries(kind);
        return other != null && answer.contains(other + asked.substring(asked.indexOf(':') + 1));
    }

    /** 三中全会 (no 届 given) agrees with 十一届三中全会. */
    private static boolean plenumMatches(String asked, Set<String> answer) {
        if (!asked.startsWith("plenum:?-")) return false;
        String n = asked.substring(asked.indexOf('-'));
        for (String b : answer) if (b.startsWith("plenum:") && b.endsWith(n)) return true;
        return false;
    }

    /**
     * What a question says about the phase of an event, read once per question rather than once per candidate.
     *
     * @param events  what the answer must speak of, one pattern per event the question asks the date, place or age of
     *                ({@link #EVENTS})
     * @param details what else the answer must speak of, one pattern per detail the question asks ({@link #DETAILS})
     * @param ownWords words of the question outside where it asks a detail that hold a way of telling it (钱塘江 holds the
     *                 钱 of money, 殉职 the 职 of a post): in an answer they tell no detail
     * @param nameOf  when the question asks what something is called (…委员会叫什么, 全称是啥), the last two characters
     *                before it (员会), else null ({@link #nameGiven})
     * @param situated whether the question asks when or where its event was: an anniversary of it (its 95周年) is
     *                 then another event
     * @param dated    whether the question asks when (a date told before the event may be another event's)
     */
    public record Phase(String question, boolean start, boolean end, List<Pattern> events, List<Pattern> details, List<String> ownWords, String nameOf,
                        boolean situated, boolean dated) {
    }

    /** 遵义会议会址周一开放吗, 全国科技工作者日是否放假: a question answered yes or no, and where its marker is. */
    private static final Pattern YES_NO = Pattern.compile("(?<![什怎那这多甚])[吗么]$|是否|能否|可否|能不能|可不可以|会不会|要不要|有没有|是不是");
    private static final Pattern TRAILING = Pattern.compile("[\\p{P}\\s呀啊呢哈嘛]+$");
    private static final Pattern WH_WORD = Pattern.compile("什么|啥|哪|谁|几[个次年月天号岁名位人]|多少|多久|多长|多大|多高|多远");

    /**
     * What a yes-or-no question asks to be confirmed: its content word nearest before 吗 (…周一开放吗 → 开放), or
     * first after 是否 and its kin (是否放假 → 放假); null for any other question. An answer that does not state it
     * (全国科技工作者日是每年的5月30日 for …放假吗) says nothing about what was asked, however much of the rest it shares.
     */
    public static QueryTerms.Term yesNoStatement(QueryTerms query) {
        String q = TRAILING.matcher(query.normalized()).replaceAll("");
        Matcher m = YES_NO.matcher(q);
        if (!m.find()) return null;
        // a question word asks for something (赵一曼写过什么有名的诗句吗, 有没有…的电影？叫啥名): not a yes or no
        if (WH_WORD.matcher(q).find()) return null;
        boolean before = m.end() == q.length() && (q.endsWith("吗") || q.endsWith("么"));
        QueryTerms.Term best = null;
        int bestAt = -1;
        for (QueryTerms.Term t : query.terms()) {
            int at = before ? q.lastIndexOf(t.text(), m.start() - 1) : q.indexOf(t.text(), m.end());
            if (at < 0 || (before && at + t.text().length() > m.start())) continue;
            if (best == null || (before ? at > bestAt : at < bestAt)) {
                best = t;
                bestAt = at;
            }
        }
        return best;
    }

    /**
     * A body founded (支部是哪一年成立的): told as founded, not by the day of something it did; not as the time of
     * something else asked (设立科技工作者日那时候有多少科技工作者). A puppet state is put together (拼凑起伪满洲国).
     */
    private static final Pattern[] FOUNDING = {
            event("(?:成立|组建|创建|创立|(?<![重再])建立(?!了?[\\p{IsHan}]{0,4}(?:关系|制度|联系))|设立)"
                    + "(?!的?(?:时候|时|那|当|后|前|以来|之际|以后|以前|之后|之前))"),
            Pattern.compile("成立|组建|创建|创立|建立|设立|组成|成军|诞生|创办|始建|建于|建成|挂牌|揭牌|开办|建校|建院|建馆|开馆|改建|前身"
                    + "|拼凑|扶植|炮制|登场"
                    // (an army unit is formed by merging or reorganising others: 红七军团与红十军合编为红十军团)
                    + "|合编|改编|编为|编成|整编|扩编|组编"
                    // (a day is set up by naming it: 把每年9月18日设为“张秉贵日”)
                    + "|设为|定为")};

    /**
     * Events of a life or a flight whose date, place or age a question asks, each as the words a question names it by
     * and the words an answer may tell it in. A sentence about another event of the same person or craft (邓稼先
     * 哪天去世的 → the day he was born; 天问一号哪天发射的 → the day it landed) does not answer, although it has a date.
     * Where a person is from (哪里人, 老家) is told as …人 or by where they were born.
     */
    private static final List<Pattern[]> EVENTS = List.of(
            // (哪年出身的, said of a year, is 出生 mistyped: a background, 出身贫苦, is asked with no time)
            new Pattern[]{event("出生|生于|出世|降生|(?<=年|时候|哪天|何时)出身|(?<![发产学先医派卫民新野寄共人后再重衍滋催诞师考费究业科士习修招])生(?:的|人)?[?？]?$"), Pattern.compile("出生|生于|诞生|诞辰|出世|降生|生人")},
            // (什么时候走的, said of a person, is when they died)
            new Pattern[]{event("去世|逝世|(?<![通经度越穿错])过世|牺牲|病逝|就义|遇害|殉职|殉难|离世|辞世|遇难|身亡|(?<=时候|哪年|哪天|何时|哪一年|哪一天)走的|走的(?=时候|那年|那天)"
                    // (被杀害, 被处决: a death at others' hands)
                    + "|被(?:杀害|害|处决|枪杀|杀|绞杀|绞死|枪决|秘密杀害|判处死刑)"),
                    Pattern.compile("去世|逝世|过世|牺牲|病逝|就义|遇害|殉职|殉难|离世|辞世|遇难|罹难|死难|身亡|长眠|殉国|捐躯|阵亡|失事|享年|倒在|倒下|与世长辞"
                            + "|杀害|绞杀|枪杀|处决|杀死|绞死|被害|献出了?(?:宝贵的?)?生命|献身"
                            // (led to the execution ground: 被押到汉口余记里刑场)
                            + "|刑场|临刑|行刑|就刑")},
            new Pattern[]{event("发射|升空"), Pattern.compile("发射|升空|点火|起飞")},
            new Pattern[]{event("着陆|降落|落月"), Pattern.compile("着陆|降落|落月|抵达月|抵达火|伞降|空降")},
            // entering a school and leaving it (哪年考上浙大 is not told by 1960年毕业于浙江大学)
            new Pattern[]{event("考上|考入|考进|考取|入学|录取|升入"), Pattern.compile("考|入学|录取|升入|进入|就读|入读|求学")},
            new Pattern[]{event("毕业"), Pattern.compile("毕业|结业|肄业")},
            // a paper's or a journal's first issue (《挺进报》是哪一年创刊的 is not told by when its editor was born)
            new Pattern[]{event("创刊"), Pattern.compile("创刊|创办|发刊|问世|出版|印行|诞生")},
            new Pattern[]{Pattern.compile("哪里人|哪儿人|什么地方人|哪个地方人|何地人|哪的人|哪(?:个|一个)?(?:省|市|县)的?人|籍贯|老家|故乡|家乡|祖籍"),
                    // a count of people (代表共有13人，) names no home, nor do people at large (一代代中国人, 后人, 敌人)
                    Pattern.compile("(?<![\\d零〇一二两三四五六七八九十百千万亿几多余个名国世后家众别他敌前今华工军穷好坏代])人(?:[，。；、,;）)]|$)|出生|生于|籍贯|老家|故乡|家乡|祖籍|来自")},
            // coming back (研学那天什么时候返校的): told as a return, not by when others set out
            // (回国 too, but not as the time of another act asked: 留学回国后在哪所学校教书)
            new Pattern[]{event("返校|回校|返回|返程|回来|归来|(?:回国|归国)(?![后前以之时])|回的国"), Pattern.compile("返|回|归")},
            // joining the party (欧阳海哪一年入的党): told as joining, not by another honour of the same person
            // (not the 入党 of 纳入党的精神谱系)
            new Pattern[]{event("(?<![纳列编载引输收写融])入(?:的)?党|加入(?:了)?(?:中国共产党|中共|共产党|党组织)"),
                    Pattern.compile("入党|加入(?:了)?(?:中国共产党|中共|共产党|党组织)|(?:成为|转为|转正为)(?:一名|中共|中国共产党)?(?:正式|预备)?党员|党龄")},
            // leaving work for good (龚韵秋是哪一年退休的): told as such, not by the dates of what she spoke of (nor as the
            // time of another act asked: 退休后到哪里植树)
            new Pattern[]{event("(?:退休|离休|退了?下来)(?![后前以之时])"), Pattern.compile("退休|离休|退了?下|卸任|离任")},
            // going to the war in Korea (罗盛教哪年几月去的朝鲜): told as going, not by a later day there
            // (the first battle abroad is not the crossing: 打响了出国作战的第一仗)
            new Pattern[]{event("(?<![回返])(?:去|到|赴|前往|进入)了?的?朝鲜"),
                    Pattern.compile("入朝|赴朝|(?:去|到|赴|前往|进入|开赴|奔赴)了?朝鲜|跨过鸭绿江|出国(?:作战|参战)(?!的?第一)")},
            FOUNDING);

    /** How many of {@link #EVENTS} come in pairs, side by side: born and died, launched and landed, enrolled and graduated. */
    private static final int PAIRED_EVENTS = 6;

    /**
     * An event word as a question's predicate, not inside a name of people, places or days (遇难同胞的公祭日, 牺牲者,
     * 出生地 and 诞生地 name what was asked about, not the event asked).
     */
    private static Pattern event(String words) {
        return Pattern.compile("(?:" + words + ")(?![同者烈人纪日周地处])");
    }

    public static Phase phaseOf(String question) {
        List<Pattern> events = List.of();
        QuestionKind kind = QuestionKind.of(question);
        // the event matters where its date, place or age is asked; 不怕牺牲 in a question about a spirit is no event
        if (kind == QuestionKind.WHEN || kind == QuestionKind.WHERE || kind == QuestionKind.COUNT) {
            List<Pattern> found = new java.util.ArrayList<>();
            // (a count is asked of the body as it is, not of its founding: 成立时有多少党员 asks the members)
            for (Pattern[] e : EVENTS) if (e[0].matcher(question).find() && !(e == FOUNDING && kind == QuestionKind.COUNT)) found.add(e[1]);
            events = List.copyOf(found);
        }
        List<Pattern> details = new java.util.ArrayList<>();
        List<String> ownWords = new java.util.ArrayList<>();
        for (Pattern[] d : DETAILS) {
            Matcher asking = d[0].matcher(question);
            if (!asking.find()) continue;
            details.add(d[1]);
            ownWords.addAll(wordsSpeakingOf(question, d[0], d[1]));
        }
        // what someone said (那句话是什么, 原话是啥): in their words, quoted or after a colon; asked for itself only, not when
        // the question asks who said it or when
        if (kind == QuestionKind.OTHER && SAYING_ASKED.matcher(question).find()) details.add(SAYING_TOLD);
        // what something was called (被称为什么村) asked as a place or a person: told by a name given, in quotes or by a
        // word of naming, not by any place the sentence has (全村没有一块水田)
        if (kind != QuestionKind.OTHER && CALLED_SO_ASKED.matcher(question).find()) details.add(NAMING);
        // which mountain (飞机撞在哪座山上): one named (黑茶山), not the cities the flight was between
        if (MOUNTAIN_ASKED.matcher(question).find()) details.add(MOUNTAIN_NAMED);
        // which one of a kind of thing (什么笔, 什么野菜, 哪个宾馆): the answer names one, mostly in a word ending like it
        Pattern oneOfAKind = oneOfAKindAsked(question);
        if (oneOfAKind != null) details.add(oneOfAKind);
        // a numbered part of something (百团大战第一阶段, 第二批): told by that part, not by the whole
        Pattern part = partAsked(question);
        if (part != null) details.add(part);
        // which army unit (哪支部队): told by a unit, not by what happened where it fought
        if (ARMY_UNIT_ASKED.matcher(question).find()) details.add(ARMY_UNIT_TOLD);
        // where a hall, site or monument is (九一八历史博物馆在沈阳什么路) is told of it, not of the event it remembers
        if (kind == QuestionKind.WHERE) {
            for (Pattern[] f : FACILITIES) if (f[0].matcher(question).find()) details.add(f[1]);
        }
        String nameOf = null;
        Matcher name = kind == QuestionKind.OTHER ? NAME_ASKED.matcher(question) : null;
        if (name != null && name.find()) {
            String before = NAME_LEAD_OUT.matcher(question.substring(0, name.start())).replaceAll("");
            nameOf = before.length() < 2 ? "" : before.substring(before.length() - 2);
            // a feature of the land asked by its one-character word (埋葬罗盛教的山叫什么名字, 那座桥叫啥): that word
            if (nameOf.length() == 2 && "的个座条道片".indexOf(nameOf.charAt(0)) >= 0 && LAND_FEATURE.matcher(nameOf.substring(1)).matches()) {
                nameOf = nameOf.substring(1);
            }
            // and a famous or old one (那个集体经济名村叫啥, 老街叫什么): the feature itself
            // (or a small or big one: 那座小山后来被叫做什么)
            if (nameOf.length() == 2 && "名老古小大高".indexOf(nameOf.charAt(0)) >= 0 && LAND_FEATURE.matcher(nameOf.substring(1)).matches()) {
                nameOf = nameOf.substring(1);
            }
            // a parent as members say it (罗盛教他爸叫啥): the father
            if (nameOf.length() == 2 && "他她".indexOf(nameOf.charAt(0)) >= 0 && "爸妈".indexOf(nameOf.charAt(1)) >= 0) nameOf = nameOf.substring(1).repeat(2);
            // a kind's name asked as one word (国营厂名叫什么, 村名叫啥): the kind, named by a word ending in it (六一八厂)
            if (nameOf.length() == 2 && nameOf.charAt(1) == '名' && "厂校村镇乡站店馆街路桥山河湖岛寺庄屯".indexOf(nameOf.charAt(0)) >= 0) {
                nameOf = nameOf.substring(0, 1);
            }
            // what others called someone (郎铮后来被大家叫什么, 获博士学位时被人称作什么): told by a name quoted or given
            if (CALLERS.matcher(before).find()) nameOf = "";
            // another name of a person (本名叫啥, 小名是什么) is no thing named: the details read it (叶企孙名鸿眷)
            if (nameOf.length() == 2 && OWN_NAME_KINDS.matcher(nameOf).matches()) nameOf = null;
            // a title asked (党课以什么为题): told by a title or quote, not by a kind of the thing (专题党课)
            if (name.group().endsWith("为题")) nameOf = "";
            // the kind named after the asking words (又被称作什么根据地, 叫什么起义来着): the thing is that kind
            Matcher kindAfter = KIND_AFTER_NAME_ASKED.matcher(question.substring(name.end()));
            if ((name.group().endsWith("什么") || name.group().endsWith("啥")) && kindAfter.lookingAt()) nameOf = kindAfter.group(1).substring(Math.max(0, kindAfter.group(1).length() - 2));
        } else if (kind == QuestionKind.OTHER && CALLED_ASKED.matcher(question).find()) {
            nameOf = ""; // what people called someone (孩子们怎么称呼张桂梅): told by a name quoted or given
        }
        // the phase matters where a date is asked (哪天建成); 要把多少个村建成 asks a number, whatever it was to become
        boolean dated = kind == QuestionKind.WHEN;
        boolean start = dated && STARTS.matcher(question).find(), end = dated && ENDS.matcher(question).find();
        if (!start && !end && kind == QuestionKind.WHEN && OUTBREAK.matcher(question).find()) start = true;
        return new Phase(question, start, end, events, List.copyOf(details), List.copyOf(ownWords), nameOf, dated || kind == QuestionKind.WHERE, dated);
    }

    /**
     * Details a question may ask about anything, each as the words that ask it and the words an answer tells it in:
     * what a thing is made of (红船是用什么木头做的), another name of a person (李大钊的小名叫什么), which ship, plane or
     * train (钱学森回国坐的是哪艘船: one named, not just 登上轮船), the weather, and
     * a relative as what is asked about (杨靖宇的后代现在在哪工作; not 毛泽东的儿子毛岸英, where the relative is named).
     * A sentence about the same subject that tells none of it does not answer.
     */
    /**
     * Relatives by kind: parents and children (one told by the other: 陈延年、陈乔年是陈独秀的儿子 tells who their father
     * was), spouses, siblings. An answer about one kind does not tell of another (李大钊和夫人 for 李大钊的孙子).
     */
    private static final List<String> RELATIVE_KINDS = List.of(
            "后代|后人|后裔|子孙|子女|儿子|女儿|孩子|孙子|孙女",
            // (as members say them too: 老婆, 老公)
            "妻子|夫人|丈夫|爱人|老伴|老婆|媳妇|老公", "兄弟|姐妹|哥哥|姐姐|弟弟|妹妹",
            // a spouse's parents are not one's own (邓稼先的岳父 is not told by his father)
            "岳父|岳母|丈人|丈母娘|公公|婆婆",
            // parents: told as parents, or by someone being their child (毛岸英是毛泽东的长子), not by a child of the
            // one asked about (赵一曼的丈夫是陈达邦，儿子名叫陈掖贤 for 赵一曼的父亲叫什么)
            "父亲|母亲|父母|爸爸|妈妈|爸|妈");
    /** How a text speaks of a relative of a kind (长子, 之女, 遗孀), or of the family as a whole (亲属, 烈属). */
    private static final List<String> RELATIVE_TOLD = List.of("长子|次子|之子|之女|孙辈|之父|之母|双亲|父亲|母亲|父母|爸爸|妈妈",
            // (a spouse told as the one someone married: 与由昆结为夫妻)
            "遗孀|之妻|伴侣|夫妻|结婚|成婚|成亲", "胞弟|胞兄|胞妹|胞姐", "翁婿|女婿|儿媳|岳家",
            "双亲|之父|之母|之子|之女|的(?:长|次|小|大|独|幼)?(?:儿子|女儿|孩子|子|女)(?!们)");
    private static final String FAMILY_MEMBERS = "家人|家属|亲属|亲人|烈属";
    private static final String FAMILY = FAMILY_MEMBERS + "|家庭";
    private static final String ALIASES = "小名|乳名|原名|本名|笔名|化名|别名|别称|外号|绰号|昵称|曾用名";
    private static final Pattern OWN_NAME_KINDS = Pattern.compile(ALIASES + "|真名|学名|幼名|奶名|全名");
    /** A day of the week (周一, 星期天, 周末), not 四周 (all around) or 一共 after it (四周一共有几块). */
    private static final String WEEKDAY = "(?<!四)(?:周|星期|礼拜)[一二三四五六日天末](?![共切般直定])";

    /** A village's name: one ending in 村 (张家泉村, not 农村 or 全村), or in a village's own word (东辛庄, 杨家屯). */
    private static final Pattern VILLAGE_NAMED = Pattern.compile("(?<=\\p{IsHan})(?<![农乡全本该进回出邻整各每一渔村])村(?![里庄子头落])"
            + "|(?<=\\p{IsHan}{2})(?<![农村山一这那该全])(?:庄|屯|寨|堡|坨|洼|峪|坪|湾)(?![稼严重子里户园])");

    private static final List<Pattern[]> DETAILS = List.of(
            // how a name came about (马兰基地这个名字是怎么来的): told by the naming or its reason (因戈壁上的马兰花而得名),
            // not by a sentence that only uses the name, nor by what someone was called (被人们称为“核司令”)
            new Pattern[]{Pattern.compile("(?:名字|名称|这个名|叫法|称号|名)(?:是|又是)?(?:怎么|怎样|如何|咋)(?:来|得来)的|(?:名字|名称)的?由来|因何得名|(?:怎么|如何|咋)得名"),
                    Pattern.compile("得名|命名|取名|起名|由来|因[^，。；,;]{0,20}而|寓意|源于|取自|因为|由于|因此|所以|于是|改名|改成|改为|简称|代号"
                            + "|以[^，。；,;]{1,12}为名")},
            // which paper or broadcaster (哪家报纸报道的, 接受哪家媒体采访): one named (澜溪日报, 中央电视台), not the story's
            // own 本报讯 nor 媒体 or a report in general
            new Pattern[]{Pattern.compile("(?:哪家|哪一家|哪个|哪一个|什么|啥)(?:新闻)?(?:报纸|报社|报刊|媒体|报(?![道告名]))"),
                    Pattern.compile("(?<=\\p{IsHan}{2})(?<![本该此登见上在汇通举情电捷喜警预申填回海画简])报(?![道告名到考效纸刊])"
                            + "|(?<=\\p{IsHan}{2})(?:电视台|广播电台|电台|通讯社|新闻社)|新华社|央视|(?<=\\p{IsHan}{2})(?<![互联])网(?![上络民友页站])"
                            // (a paper's or journal's title, not a book's: 《李大钊文集》 reports nothing)
                            + "|《[^》]{0,10}(?:报|刊|杂志|周刊|月刊|评论)》")},
            // what something was called in jest or by everyone (被戏称为啥班): a name given, quoted or after a word of
            // calling, not the name it had (特别班)
            new Pattern[]{Pattern.compile("(?:戏称|俗称|昵称|人称|被称|被叫|被誉|被喊)(?:为|作|做)?(?:什么|啥|哪)"),
                    Pattern.compile("[《“「『\"]|称为|称作|叫做|叫作|名为|名叫|誉为|号称|戏称|俗称|人称|昵称|外号|绰号|叫[他她它]|称[他她它]|称之"
                            + "|[也又统简史合并美尊]称")},
            // which village (家乡是哪个村): one named by a word ending in 村 (张家泉村), not 农村 or 全村
            new Pattern[]{Pattern.compile("(?:哪个|哪一个|什么|啥|哪)村(?![民子庄])"),
                    // (or by a name ending like a village's: 东辛庄, 杨家屯)
                    VILLAGE_NAMED},
            // which road or street (在哪条路上): one named (解放路, 文华胡同), not 道路 or 一路
            new Pattern[]{Pattern.compile("(?:哪条|哪一条|什么|啥)(?:马路|大街|大道|胡同|路|街|巷)"),
                    Pattern.compile("(?<=\\p{IsHan})(?<![马公铁道上在到的了这那该进入出沿条段走一半带领思引开修筑])(?:路|街|大道|胡同|巷)(?![线程过上费口])|\\d+号")},
            // a serial number asked (小行星编号是多少) is told as one, not by the name given (命名为“郭永怀星”)
            new Pattern[]{Pattern.compile("(?:编号|序号|号码)(?:是|为)?(?:多少|什么|啥|几)"), Pattern.compile("编号|序号|号码|\\d{3,}号")},
            new Pattern[]{Pattern.compile("(?:什么|啥|哪种|何种)(?:材料|材质|木头|木料|木材|石头|石料|石材|金属|料子|布料)|用(?:什么|啥)(?:做|制|造|打造|铸|刻|砌)|材质"),
                    Pattern.compile("材|木|石|铁|钢|铜|金|银|玉|布|纸|绸|丝|竹|泥|砖|瓦|土|塑料|混凝土|水泥|陶|瓷|皮|麻|棉")},
            // a childhood name asked (小名叫啥) is told as one, not by what everyone called the grown person (被人们称为“邓大姐”)
            new Pattern[]{Pattern.compile("(?:小名|乳名|幼名|奶名)|小时候(?:叫|的名字)"),
                    Pattern.compile("小名|乳名|幼名|奶名|小时候|幼时|儿时|幼年|童年|出生|取名|起名|学名")},
            // (the name before a renaming, 改名以前叫啥, is an earlier name)
            new Pattern[]{Pattern.compile("(?:" + ALIASES + ")(?:叫|是|为)?(?:什么|啥|哪个)|(?:改名|更名|改叫)(?:以前|之前|前)(?:叫|是)?(?:什么|啥)"),
                    Pattern.compile(ALIASES + "|又名|又叫|名叫|原叫|叫[他她]|叫作|叫做|喊[他她]"
                            // (a courtesy or style name, 字守常, 号叔衡, or a name others used, 人称, 被称为; not 称赞
                            // or 口号, which call nothing by a name)
                            + "|(?<![文识汉写名数签题习打个])字(?![里迹句母数幕典眼样体条画词])"
                            + "|(?<![口编番信符型记挂称暗年])号(?![召令角码])|(?<![职简宣指])称(?![赞颂道职])")},
            new Pattern[]{Pattern.compile("哪一?(?:艘|架|趟|列|辆|班)"), Pattern.compile("号|[“「《][^”」》]{1,12}[”」》](?=号|轮|舰|船|艇|机|列车|专列|飞船)|航班|车次|\\d次|[\\u4e00-\\u9fa5]{2}(?<![母军战舰])舰(?![艇队长])")},
            // which poem, article or book: a work is named by its title (《七律·人民解放军占领南京》)
            new Pattern[]{Pattern.compile("哪一?(?:首|篇|本)(?:诗|词|文章|书|著作|作品|小说|歌|曲|电影|剧)?|哪一?部(?:诗|词|文章|书|著作|作品|小说|歌|曲|电影|剧|片)|(?:什么|啥)(?:诗|词|文章|书|著作)(?:里|中|上)|出处|出自(?:哪|什么|啥)"),
                    Pattern.compile("《")},
            // which model of a plane, gun or car: a model is named (运-20, 红旗牌, 77型)
            // (or by a numbered name: 长征三号甲 rockets, 五六式 rifles)
            new Pattern[]{Pattern.compile("型号"), Pattern.compile("型|牌|[A-Za-z]-?\\d|[“「《]|\\p{IsHan}[一二三四五六七八九十\\d]+号[甲乙丙丁]?|[一二三四五六七八九十\\d]+式")},
            // a real name asked (原名叫什么, 真名是啥) is told as one, not by a pen name or a courtesy name (笔名, 字守常);
            // not when the question gives the alias (化名“王京”的那位科学家本名叫什么: the one who used it is named)
            new Pattern[]{Pattern.compile("^(?!.*(?:化名|笔名|别名|外号|绰号)).*(?:原名|本名|真名|真实姓名)(?:叫|是|为)?(?:什么|啥)"),
                    // (or as a name right after the person, the old way: 叶企孙名鸿眷，企孙是他的字)
                    Pattern.compile("原名|本名|真名|姓名|谱名|学名|乳名|小名|曾用名|取名|起名|叫|(?<=[他她，]|\\p{IsHan}{2})名(?=\\p{IsHan}{1,2}[，,。；;、])")},
            // a creed asked (信的是啥主义, 受什么思想影响) is told by one, not by where or when it was taken up
            new Pattern[]{Pattern.compile("(?:什么|啥|哪种|哪一种|何种)(?:思想|主义|学说|理论)"), Pattern.compile("思想|主义|学说|理论|论|观|派")},
            // a theme or slogan asked is given as one: in quotes, or named as the theme (its day alone is no theme)
            new Pattern[]{Pattern.compile("(?:主题|口号|标语)(?:词|语)?(?:是|叫|为)?(?:什么|啥|哪)|(?:什么|啥|哪个|哪句)(?:主题|口号|标语)"),
                    // (a kind of activity, 主题党日 or 主题教育, names no theme)
                    Pattern.compile("主题(?![党教活日班团曲])|口号|标语|[“「\"]")},
            // who sang, played or directed a part: the answer tells that part of the work, not who wrote it
            // (歌剧《江姐》首演时是谁唱的江姐 against a row naming its writer); 首演 and 公演 tell when a work was
            // staged, not who played in it
            new Pattern[]{Pattern.compile("谁(?:来|去)?(?:唱|演(?![讲说])|饰|扮|主演)|(?<![导首公])(?:唱|演|饰演|扮演|主演)(?:的|了)?(?:人|演员|女演员|男演员)?(?:是|为)?谁|(?:扮演|饰演)者"),
                    // 唱段 and 唱词 are the songs of a work, not someone singing them; a song 传唱至今 or 歌唱 something names
                    // no singer either
                    Pattern.compile("(?<![传歌])唱(?![段词腔本片])|饰|扮|(?<![首公巡汇上导])演(?![讲说变习进示算])")},
            // what post someone held (李必湖后来当过什么职务): a post or taking one told (任, 当选, 主任, 书记, 工程师…),
            // not what the person did
            new Pattern[]{Pattern.compile("(?:什么|啥|哪个|何)(?:职务|职位|官职|官(?![兵方员吏]))|(?:职务|职位)(?:是|为)?(?:什么|啥)|担任(?:过)?(?:什么|啥|哪个)"
                    // 任什么职, 当的什么职
                    + "|(?:任|当|做)(?:的|过)?(?:什么|啥|何)职"),
                    // (任何, 任务 and 任意 take no post)
                    // (nor 重任, 责任, 信任)
                    Pattern.compile("(?<![重责信])任(?![何务意凭由性])|职|当选|主任|主席|书记|委员|司令|政委|总指挥|参谋|总理|部长|[^成增延]长(?![征城江河期久远大度途沙春安寿])"
                            + "|工程师|科学家|顾问|秘书|干事|指导员|教导员|代表|院士|教授|理事|监事|董事|经理|主编|总编")},
            // the real person a character was drawn from: told as such, not who played the part; and a work drawn from
            // someone (以王继才夫妇为原型的电影叫什么), but not when its writer is asked (以张秉贵为原型写…的作家是谁: a
            // text telling who wrote it need not say what it was drawn from)
            new Pattern[]{Pattern.compile("(?<!为)原型|为原型(?![^，,。？?]*(?:作家|作者|谁|哪位))"), Pattern.compile("原型|取材于|为蓝本|化身")},
            // a director asked by the word is told as directing (八一电影制片厂拍摄了… says which studio filmed it, not who
            // directed); who filmed it, by directing or filming
            new Pattern[]{Pattern.compile("谁(?:导演|执导|导的)|导演(?:是|为)?谁"), Pattern.compile("(?<![领指引辅倡教督主训向开疏])导")},
            new Pattern[]{Pattern.compile("谁拍的"), Pattern.compile("导|拍|摄")},
            // what someone did something for (华罗庚说自己到剑桥是为了什么): a purpose told, not only that it was done
            new Pattern[]{Pattern.compile("为了(?:什么|啥)|(?:目的|用意)(?:是|为)?(?:什么|啥)|(?:什么|啥)(?:目的|用意)|图(?:什么|啥)"),
                    Pattern.compile("为|目的|用意|旨在|以便|以期|用来|用于|好让|使|让|要|想")},
            // a day of the week or the hours a place keeps (周一开不开放, 几点关门): told as such, not that it is open
            new Pattern[]{Pattern.compile(WEEKDAY + "|几点(?:钟)?(?:开(?![始会幕展赛工课拍播讲演跑打车船饭])|关|闭|停|截止)|(?:开放|营业|参观|开馆|闭馆)时间|闭馆|休馆"),
                    // (a clock time tells them only beside a word of opening: 上午9点半…举办主题党日 is an event's hour)
                    Pattern.compile(WEEKDAY + "|^(?=.*(?:开门|关门|(?<!改革)开放|营业|开馆|闭馆|接待|参观|入园|入馆|开园|闭园))"
                            + ".*(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}[点时]|[一二三四五六七八九十]{1,3}点)|闭馆|休馆|(?:开放|营业|参观|开馆)时间")},
            // the hour something began or ended (几点结束): a clock time, not the morning it was on
            new Pattern[]{Pattern.compile("几点(?:钟)?(?!" + QuestionKind.Points.WORDS + ")(?:开始|结束|举行|集合|出发|到达|散|召开|进行)"),
                    Pattern.compile("\\d{1,2}[:：]\\d{2}|\\d{1,2}[点时](?!间)|[一二三四五六七八九十]{1,3}点(?!间)")},
            // which school (英国哪所大学): a school named, not the degree earned there
            new Pattern[]{Pattern.compile("(?:哪|什么|啥)一?[所个家]?(?:学校|中学|小学)"),
                    // (or by another head a school goes by: 外国语学社, 中国公学, 工人夜校)
                    // (one named: 在学校宣传栏, 村里的小学 name none)
                    Pattern.compile("(?<![在到回本全该这那此各我的个所])(?:大学|学院|学校|学堂|中学|小学|高中|初中|院校|高校|师范|讲习所|党校|军校|女高|女中|书院|私塾|学塾|学府|学社|公学|夜校|学馆)")},
            // a university is told as one, not by the middle school someone taught at
            new Pattern[]{Pattern.compile("(?:哪|什么|啥)一?[所个家]?(?:大学|高校|院校|学院)"),
                    Pattern.compile("大学|学院|院校|高校|师范|学堂|讲习所|党校|军校|书院|学府")},
            // which hospital or factory (在北京哪家医院去世): one named, not only the city it is in
            new Pattern[]{Pattern.compile("(?:哪|什么|啥)一?[所个家座]?(?:医院|诊所)"),
                    Pattern.compile("医院|卫生院|诊所|医科|疗养院|协和|湘雅|华西|同仁|积水潭|军医")},
            // (one named: 进过工厂做工, 在车间 name none)
            new Pattern[]{Pattern.compile("(?:哪|什么|啥)一?[个家座]?(?:工厂|厂)"),
                    Pattern.compile("(?<![进在到回本全该这那此各我的个所过入家座])(?:工厂|(?<!工)厂|公司|集团|企业|车间|作坊|工地)"
                            // (a works named as one: 鞍山制铁所)
                            + "|制[铁钢造药]所")},
            new Pattern[]{Pattern.compile("天气|气温|(?:什么|啥)风(?![险格气俗采度范貌光景波潮])|刮.{0,3}风|下雨|下雪"),
                    // (雨花台 is a place, not rain)
                    Pattern.compile("天气|气温|风|雨(?!花)|雪|晴|阴|云|雾|寒|冷|热|暖|[\\d一二三四五六七八九十零]度")},
            // what a visit or a thing costs, a telephone number, a street address, how to get there by bus or metro,
            // someone's height or weight, what someone eats: practical details members ask about the places and
            // people they study, which a sentence about the same place or person answers only by telling them
            new Pattern[]{Pattern.compile("门票|票价|价格|收费|费用|多少钱|要钱|几块钱|花了?多少(?!年|个?月|天|小时|时间|工夫|功夫|日子)|奖金|经费|资金|工资|津贴"),
                    Pattern.compile("元|钱|币|免费|收费|价|票|费"
                            // (a raise told as a share: 增幅在百分之十五到百分之三十)
                            + "|百分之|%|倍")},
            // a side's own losses (八路军伤亡了多少人): told as losses, not by how many took part
            new Pattern[]{Pattern.compile("伤亡|死伤|阵亡(?:了)?(?:多少|几)|牺牲(?:了)?(?:多少|几)|损失(?:了)?(?:多少|几)"),
                    // (19.7万多名中华儿女献出了宝贵生命)
                    Pattern.compile("伤亡|死伤|伤|亡|牺牲|损失|殉|献出了?(?:宝贵的?)?生命|捐躯")},
            // someone's nationality (马本斋是什么民族): told by it (回族), not by when they joined the party
            new Pattern[]{Pattern.compile("(?:什么|啥|哪个|哪一个|哪)民?族(?![英精复团工地政区])|族别"), Pattern.compile("族")},
            // an illness asked (得的是什么病): told as one, not by the person's life
            new Pattern[]{Pattern.compile("(?:什么|啥|哪种)(?:病|疾病|癌)(?![房床人号])|病因|患(?:了|的|上)?(?:什么|啥)|病名"),
                    // 突发疾病, 因病, 病逝 and 患病 say someone was ill, not with what
                    Pattern.compile("(?<![突发生因患重大急疾])病(?![逝故重危])|癌|症(?!状)|炎|(?<!突发)疾(?!病)|瘤|伤|毒|(?<!身)患(?!病)"
                            // (an illness named by what failed: 心肌梗死, 心力衰竭, 脑溢血)
                            + "|梗[死塞]|衰竭|中风|溢血")},
            new Pattern[]{Pattern.compile("电话|热线|联系方式|手机号"), Pattern.compile("电话|热线|\\d{5,}")},
            // where someone stayed (开会那几天住在哪里): told as lodging, not by the city they came to
            new Pattern[]{Pattern.compile("住(?:在|的)?(?:哪|什么地方|啥地方)|住宿|下榻"), Pattern.compile("住|宿|寓|居|下榻|招待所|宾馆|饭店|旅馆|旅社|客栈")},
            // how big a place or thing is (开山岛有多大): told by its size, not by where it is
            new Pattern[]{Pattern.compile("(?:面积|占地)(?:是|有|为)?多(?:大|少)|有?多大(?:面积)?(?=[？?!！。呢啊呀]*$)"),
                    // (…多大 of a person asks an age)
                    // (a size in other units: 单机容量100万千瓦, 规模400亿美元)
                    Pattern.compile("面积|占地|平方|亩|公顷|顷|足球场|大小|米|公里|岁|瓦|吨|立方|元|[\\d一二三四五六七八九十两][万亿]")},
            // (a 街道 is a district's subdivision and a 社区 a neighbourhood: neither is a street address)
            new Pattern[]{Pattern.compile("地址"), Pattern.compile("地址|位于|坐落|路|街(?!道)|巷|里|弄|号|胡同|大厦|楼|(?<!务)院|村|镇|(?<![社小园地])区")},
            new Pattern[]{Pattern.compile("公交|地铁|几路车|几号线|坐车|乘车|打车|自驾|停车|怎么走|怎样走|如何走"), Pattern.compile("公交|地铁|\\d+路|号线|站|班车|大巴|客车|高铁|火车|动车|专线|出租|停车"
                    // (a bus as 公共汽车; a route told as the places passed through: 先后迁到…, 途经…)
                    + "|汽车|先后|途经|经由|辗转")},
            // how someone travelled: a means of transport named (乘高铁, 坐大巴), not only where they went
            new Pattern[]{Pattern.compile("交通工具|(?:坐|乘坐?|搭乘?)(?:的|了)?(?:什么|啥|哪种)"),
                    Pattern.compile("高铁|火车|动车|列车|飞机|航班|汽车|大巴|客车|巴士|轮船|船|骑|步行|徒步|走路|车")},
            // what something was done with (用什么在地上写, 用什么工具核算): the tool is told as used (用树枝, 拿算盘)
            new Pattern[]{Pattern.compile("(?:用|拿)的?(?:什么|啥)(?:东西|工具|办法)?(?:在|来|把|写|画|记|量|算|核算|称|打|挖|装|盛|包|煮|烧|点|传)"),
                    Pattern.compile("用|拿|以|凭|靠|借助|利用|使用")},
            // a renaming (哪一年改成现在这个名字的): told as one, not by what the thing is named after (以他的名字命名)
            new Pattern[]{Pattern.compile("(?:改(?:成|为|叫|称)?(?:了)?(?:现在)?(?:的|这个|这)?(?:名字|名称|校名|名)|更名|改称|改名)(?!以前|之前|前)"),
                    // (or by the name it has today: 这一带今天属于汨罗市，镇名就叫弼时镇)
                    Pattern.compile("改|更名|易名|现名|今名|今称|(?:今天|如今|现在|今日)[^。；;]{0,12}(?:叫|名|称)")},
            // a level asked (被评过什么级别的战斗英雄): told as a level or grade, not by another title
            new Pattern[]{Pattern.compile("(?:什么|啥|哪一?个?|几)(?:级别|等级)|(?:哪|几)一?级"),
                    // (or as the highest of its kind: 军队最高荣誉)
                    // (a people's congress or a model worker by the body's level: 全国人民代表大会代表, 省劳动模范)
                    Pattern.compile("[一二三四五六七八九十特甲乙丙\\d]级|[一二三特]等|级别|等级|最高|最低|国家级|[省市县部]级|顶级"
                            + "|(?:全国|[省市县区乡镇])(?:人民代表大会|人大|政协|劳动模范|劳模)")},
            // which course someone taught (在上海大学讲的是哪门课): a course told, not only that they taught
            new Pattern[]{Pattern.compile("(?:哪|几)一?门(?:课|课程|学科)|(?:什么|啥)课(?![题])"),
                    Pattern.compile("课|讲授|主讲|(?<![任执])教(?![育师员室])")},
            // where a local body held its activity (桂苑社区的主题党日在什么地方举办的): the town is known, a venue is told
            // (党群服务中心, 院史陈列室), not the district the body is in
            new Pattern[]{Pattern.compile("(?:社区|支部|党委|学校|中学|小学|班|医院|研究院|研究所|公司|村)[^，,。？?]{0,24}(?:在哪|在什么地方|在啥地方)(?:里|儿)?(?:举办|举行|开展|召开|进行)"),
                    Pattern.compile("中心|站|[^教]室|厅|馆|堂|楼|基地|广场|公园|会场|旧址|故居|陵园|纪念碑|墓|园|教室|操场|礼堂")},
            // a closing (利群书社哪年关门的): told as one, not by the day it was founded (the hour a place closes, 几点关门,
            // is asked above)
            new Pattern[]{Pattern.compile("(?<![点钟时])(?:关门|关闭)|停办|停刊|解散|查封|停业|撤销|倒闭|被封|封闭|取缔"),
                    Pattern.compile("关|闭|停|解散|封|撤|倒闭|结束|终止|取缔|废")},
            // a translation (翻译成哪国文字): told as one
            new Pattern[]{Pattern.compile("(?:翻|译)(?:成|为)(?:了)?(?:哪|什么|啥|多少|几)"), Pattern.compile("译")},
            // what was handed out (给每名党员发了什么): told as given
            new Pattern[]{Pattern.compile("(?:给|向|为)[^，,。？?]{1,12}?(?:发|送|赠)(?:了|的|给)?(?:什么|啥|哪些)"), Pattern.compile("发|送|赠|颁|授予|授给|奖给|给予")},
            // a school class (几年级几班) is told as one
            new Pattern[]{Pattern.compile("几年级|哪个年级|哪一?个?班"), Pattern.compile("年级|班|初[一二三]|高[一二三]")},
            // (not the 体重 of 集体重温, nor the 个子 of 一个子弟)
            new Pattern[]{Pattern.compile("身高|(?<![集团整全个具群主])体重|(?<![一两几这那每])个子"), Pattern.compile("身高|体重|个子|米|公斤|千克|斤")},
            new Pattern[]{Pattern.compile("吃(?:的是|的)?(?:什么|啥)|喜欢吃|爱吃"), Pattern.compile("食|饭|菜|粮|粥|餐|饮|茶|酒|肉|米|面|药|果|蛋|豆|薯|瓜|糖")},
            new Pattern[]{relativeAsked(0), relativeTold(0)}, new Pattern[]{relativeAsked(1), relativeTold(1)},
            new Pattern[]{relativeAsked(2), relativeTold(2)}, new Pattern[]{relativeAsked(3), relativeTold(3)},
            new Pattern[]{relativeAsked(4), relativeTold(4)},
            new Pattern[]{relativeAsked(-1), relativeTold(-1)});

    /** The numbered part of a campaign, a project or a list of names a question asks about (第一阶段, 第二批, 首批). */
    private static final Pattern PART = Pattern.compile("(?:第(" + CN + "|\\d{1,2})|(首|头一?))(阶段|期|批|轮)");
    private static final String[] CN_NUMBERS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * How an answer tells the numbered part a question asks about (第一阶段 → 第一阶段, 第1阶段, 首阶段; 第二期 → 二期 too),
     * or null when it asks none.
     */
    static Pattern partAsked(String question) {
        Matcher m = PART.matcher(question);
        if (!m.find()) return null;
        int n = m.group(2) != null ? 1 : number(m.group(1));
        if (n < 1 || n >= CN_NUMBERS.length) return null;
        String unit = m.group(3), numeral = "(?:" + CN_NUMBERS[n] + "|" + n + ")";
        String told = "第" + numeral + unit + (unit.equals("期") ? "|(?<![第\\d一二三四五六七八九十])" + numeral + "期" : "")
                + (n == 1 ? "|首" + unit + "|头一?" + unit : "")
                // the first batch of something given or sent is the first time it was (首次颁授“七一勋章”, 中国人首次进驻)
                + (n == 1 && unit.equals("批") ? "|首次|第一次|头一次" : "");
        return Pattern.compile(told);
    }

    private static final Pattern ARMY_UNIT_ASKED = Pattern.compile("(?:哪一?支|哪个|什么|啥)(?:部队|军队|队伍)|番号");
    // (a team sent on a task is a 组 as often as a 队: 随科技救灾组 for 跟着什么队伍)
    private static final Pattern ARMY_UNIT_TOLD = Pattern.compile("军|师|旅|团|营|连|队|部|组");

    /**
     * The kind of thing a question asks which one of, as the head character an answer naming one has (什么笔 → 笔: 钢笔;
     * 什么野菜 → 菜; 哪个宾馆 → 馆), or null: not for kinds answered by a name without it (城市, 单位, 科学家: see
     * {@link QueryTerms}), abstract words (意义, 作用, 原因), or what asks a kind of fact the checks read otherwise.
     */
    static Pattern oneOfAKindAsked(String question) {
        Matcher m = ONE_OF_A_KIND.matcher(question);
        if (!m.find()) return null;
        // the noun phrase right after it, read by its last noun (历史意义 → 意义)
        ChineseSegmenter.Word last = null;
        int next = 0;
        // without the closing mark, which the segmenter may read a lone noun with as a name (师? as a person)
        String after = TRAILING.matcher(question.substring(m.end())).replaceAll("");
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(after)) {
            if (w.offset() != next || !w.nature().startsWith("n")) break;
            last = w;
            next = w.offset() + w.text().length();
        }
        if (last != null) {
            ChineseSegmenter.Word w = last;
            String noun = w.text();
            // a collection (什么诗词集, 哪本文集) is named by its title, not by what it collects (热爱古典诗词)
            if (after.startsWith("集", next) || noun.length() == 2 && noun.endsWith("集") && !noun.equals("集体")) return COLLECTION;
            // an institution of three characters is named by its head (出版社 → 社, 纪念馆 → 馆); a publisher also as a
            // bookshop or press (生活书店, 开明书局)
            // a meeting room is named as any room or hall (二楼“清源讲堂” for 哪个会议室)
            if (noun.equals("会议室")) return ROOM;
            if (noun.length() == 3 && !w.nature().startsWith("nr") && !w.nature().startsWith("ns") && INSTITUTION_HEADS.indexOf(noun.charAt(2)) >= 0) {
                // (named by words of its own before it, 华坪县儿童福利院, not the kind alone: 福利院的孩子)
                String own = "(?<=[\\p{IsHan}&&[^的在这那该此个和与及从到去来里是为了]]{2})";
                return Pattern.compile(own + "(?:" + Pattern.quote(noun) + "|(?<!" + Pattern.quote(noun.substring(0, 2)) + ")" + Pattern.quote(noun.substring(2)) + ")"
                        + (noun.equals("出版社") ? "|书店|书局|书铺|印书馆" : ""));
            }
            if (w.nature().startsWith("nr") || w.nature().startsWith("ns") || noun.length() > 2
                    || QueryTerms.KINDS_ASKED.contains(noun) || QueryTerms.QUESTION_WORDS.contains(noun) || ABSTRACT.matcher(noun).find()) return null;
            // a village goes by its own name as often as by 村 (大关家屯, 东辛庄 for 哪个村子)
            if (noun.equals("村子") || noun.equals("村庄")) return VILLAGE_NAMED;
            // a courtyard or house is named as a hall, garden or residence (中南海西花厅 for 哪个院子)
            if (noun.equals("院子") || noun.equals("院落") || noun.equals("宅子")) return RESIDENCE;
            // a suffix is no head (木头 → 木: 杉木, 房子 → 房)
            if (noun.length() == 2 && "头子儿".indexOf(noun.charAt(1)) >= 0) return Pattern.compile(Pattern.quote(noun.substring(0, 1)));
            // a season is told by its name (1941年秋天 for 什么季节)
            if (noun.equals("季节") || noun.equals("时节")) return SEASON;
            // a school subject is told by its name (最初教的是历史 for 什么科目, 哪门课), not only as a course
            if (noun.equals("科目") || noun.equals("课") || noun.equals("课程")) return SCHOOL_SUBJECT;
            // a room is named as a hall or office (二楼党员活动室 for 哪个房间)
            if (noun.equals("房间") || noun.equals("屋子")) return ROOM;
            // a works may be named without 厂 (鞍山制铁所 for 哪个厂): the kind asked is read with the other places of work
            if (noun.equals("厂") || noun.equals("工厂")) return null;
            // an instrument is named by what it is (云室, 望远镜, 计数器 for 用什么仪器)
            if (noun.equals("仪器") || noun.equals("设备") || noun.equals("装置")) return INSTRUMENT;
            // a saying is quoted (用什么说法来形容)
            if (noun.equals("说法") || noun.equals("叫法") || noun.equals("提法") || noun.equals("比喻")) return SAYING_NAMED;
            // a line is a railway or road by its name (京广铁路 for 哪条线)
            if (noun.equals("线") || noun.equals("线路")) return LINE;
            // a door plate is read by its number (老渔阳里2号 for 哪个门牌)
            if (noun.equals("门牌") || noun.equals("门牌号")) return DOOR_NUMBER;
            // a field of study is also named as a science or a department (地质学, 化学系 for 什么专业)
            if (noun.equals("专业") || noun.equals("学科")) return FIELD_OF_STUDY;
            // either character of a two-character word names the kind (宗祠 for 什么祠堂, 馆 for 哪个宾馆); a journal,
            // paper or book is also named by its title (《科学通报》 for 哪个期刊)
            String either = noun.codePoints().mapToObj(c -> Pattern.quote(Character.toString(c))).collect(java.util.stream.Collectors.joining("|"));
            return Pattern.compile(PUBLICATIONS.contains(noun) ? either + "|《" : either);
        }
        return null;
    }


    /** An instrument's name: a device, a chamber, a counter, a lens or a machine. */
    private static final Pattern INSTRUMENT = Pattern.compile("仪|器|机|镜|室|计|表|装置|设备|堆|炉|台|管|箱");

    /** A field of study: 地质学, 化学系, 农科; not 大学, 学习, 关系 or 本科 (which tell where or how, not what). */
    private static final Pattern FIELD_OF_STUDY = Pattern.compile("专业|学科|(?<![\\p{P}\\s大中小同留入就求上开办教文])学(?![校院生员会习期年堂])"
            + "|(?<![关联体维])系(?![统列])|(?<!本)科(?![学研技院])"
            // (or what was studied: 学习造船)
            + "|(?:学习|攻读|主修|专攻|改学)(?!期间|生活|成绩|和|与)\\p{IsHan}{2}");

    /** Whether a word of the question is the kind of thing it asks which one of (什么交通工具, 哪种武器). */
    static boolean isTheKindAsked(String question, String word) {
        for (int at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1)) {
            if (KIND_ASKED_BEFORE.matcher(question.substring(Math.max(0, at - 4), at)).find()) return true;
        }
        return false;
    }

    private static final Pattern KIND_ASKED_BEFORE = Pattern.compile("(?:什么|啥|哪一?种|哪一?类|何种|哪一?个|哪一?样)的?$");

    private static final Pattern SEASON = Pattern.compile("春|夏|秋|冬|季");
    private static final Pattern ROOM = Pattern.compile("室|厅|房|间|馆|堂");
    private static final Pattern RESIDENCE = Pattern.compile("院|厅|园|宅|居|府|楼|馆|堂|苑|斋|胡同|巷|\\d+号");
    /**
     * A school subject by its name, or a course by any name (课, 讲授); not a post or body named after a field (政治教官,
     * 政治部, 历史系).
     */
    private static final Pattern SCHOOL_SUBJECT = Pattern.compile("(?:语文|国文|数学|算术|历史|地理|物理|化学|生物|英语|外语|俄语|日语|政治|音乐|美术|体育|自然|科学|劳动)"
            + "(?!教官|教员|工作|部|家|系|局|委|处|学|研究|指导员)|课|讲授");
    /** A saying or figure of speech, told in quotes or as what something is called (常用“一个人的长征”来形容). */
    private static final Pattern SAYING_NAMED = Pattern.compile("[“「『\"]|称|叫|喻|说法");
    /** A unit's name (陕甘游击队, 红二十五军), not a word for its people or parts (退役军人, 队伍, 团员, 师部). */
    private static final Pattern ARMED_FORCE_NAMED = Pattern.compile("\\p{IsHan}{2,}(?:队|军|团|师|旅)(?![员长部人事区官属委伍])");
    private static final Map<String, Pattern> NAMED_BY_HEADS = Map.of(
            "政权", Pattern.compile("\\p{IsHan}{2,}(?:政府|政权|苏维埃|委员会)"),
            "学校", Pattern.compile("\\p{IsHan}{2,}(?:大学|学院|学校|学堂|中学|小学|附中|附小|师范|讲习所|专修馆|学馆|学社|公学|书院|私塾|夜校)"),
            "武装", ARMED_FORCE_NAMED, "队伍", ARMED_FORCE_NAMED, "部队", ARMED_FORCE_NAMED);
    private static final Pattern COLLECTION = Pattern.compile("《|(?<![收采汇聚召募密])集(?![体中合会结团])");
    // (a railway named, 京广铁路; not one gone onto, 冲上铁路)
    private static final Pattern LINE = Pattern.compile("(?<![上在到的了这那该进入出沿条段])(?:铁路|公路|线)|(?<![上在到的了这那该进入出沿条段铁公])路");
    /** Kinds of publication, whose members a title in book-title marks names. */
    private static final Set<String> PUBLICATIONS = Set.of("期刊", "刊物", "杂志", "报纸", "报刊", "报", "书", "书籍", "诗", "歌", "电影", "剧", "论文",
            "文章", "著作", "作品", "小说", "诗词", "歌曲");

    private static final Pattern ONE_OF_A_KIND = Pattern.compile("(?:什么|啥|哪种|哪一种|哪个|哪一个|哪家|哪座|哪所|哪条|哪颗|哪块|哪件|哪些|哪门"
            // which several of a kind (哪三个师, 哪几个省) name several of it
            + "|哪[几两三四五六七八九十]个)");
    private static final Pattern ABSTRACT = Pattern.compile("意思|意义|寓意|用意|象征|作用|原因|影响|特点|目的|条件|要求|标准|程序|职责|任务|内容|办法|方式|方法|形式|位置|方位"
            + "|关系|区别|含义|背景|结果|变化|贡献|成就|经验|教训|问题|精神|思想|原则|方针|路线|政策|口号|名|称|号|时|地|会|人|事|样|话|字|词|情"
            // kinds whose members are named without the kind's word (空降兵 for 兵种, 北京大学 for 高校, 《…布告》 for 文件)
            + "|方向|结构|荣誉|奖|文件|兵|种|校|项|物|类|型|级|职|队|军|团|部|组|机构|单位|组织|制度|体制|模式|战术|战略|理论|学说|主义|性质"
            // (a paper or broadcaster by its name, 中央电视台 for 哪家媒体: see DETAILS)
            + "|媒体"
            // diseases, medicines, chemicals, disasters, crops and fruit go by their own names (疟疾 for 什么病, 青蒿素
            // for 什么药, 乙醚 for 什么溶剂, 干旱 for 什么灾, 砂糖橘 for 什么水果), posts by the post (县委书记 for 什么官),
            // and a risk or hardship by what it was (以身试药 for 什么风险)
            + "|病|药|剂|灾|果|作物|庄稼|官|风险|危险|困难|考验"
            // trees and buildings go by their own names (木麻黄, 落叶松; 谢氏宗祠)
            + "|树|建筑"
            // the parts of a meeting or a procedure go by what is done (交流发言 for 啥环节)
            + "|环节|步骤"
            // a state, a part played or a turn of fortune is told by what it was (双脚冻伤 for 什么状况, 总设计师 for
            // 什么角色, 失去了父亲 for 什么变故)
            + "|状况|状态|角色|身份|变故|遭遇|境遇|处境"
            // where something came from, a standing or an extent is told by what it was (排行老三 for 什么来历, 全省
            // 第一方阵 for 什么行列), a copy by what it is (复制品 for 啥版本); tools and furniture go by their own names
            // (算盘 for 什么工具, 藤椅 for 哪件家具)
            + "|来历|由来|渊源|底子|行列|版本|方面|具|习惯"
            // qualities are told by what they are (一心为民、埋头苦干 for 哪些品质); a city by its name (攻克济南 for 哪座城)
            + "|品质|品格|品德|作风|性格|优点|特质|美德|^城$"
            // (a benefit by what it is: 政府特殊津贴 for 什么待遇)
            + "|待遇");

    /** Halls, sites and monuments a where-question may ask about, each with what a sentence telling of it says. */
    private static final List<Pattern[]> FACILITIES = List.of(
            new Pattern[]{Pattern.compile("(?:纪念|博物|陈列|展览|图书|档案|美术)馆"), Pattern.compile("馆")},
            // (the old site of a headquarters is where it was: 军部移驻泾县云岭 for 军部旧址在哪; a meeting's, where it met)
            new Pattern[]{Pattern.compile("旧址"), Pattern.compile("址|驻|设在|设于|迁到|迁往|所在地")},
            new Pattern[]{Pattern.compile("会址"), Pattern.compile("址|召开|举行|开幕")},
            new Pattern[]{Pattern.compile("遗址"), Pattern.compile("址")},
            new Pattern[]{Pattern.compile("故居"), Pattern.compile("故居|居")},
            new Pattern[]{Pattern.compile("纪念碑|墓碑"), Pattern.compile("碑")},
            new Pattern[]{Pattern.compile("陵园|纪念园|烈士陵|墓地"), Pattern.compile("陵|园|墓")},
            // where someone lies (南仁东的墓在哪里, 骨灰安放在哪): told of the grave or the burial, not where the person
            // was born or worked
            new Pattern[]{Pattern.compile("墓(?!碑|地)|坟|骨灰|安葬|埋葬|下葬|葬在|葬于"), Pattern.compile("陵|墓|坟|骨灰|葬|安放|长眠")});

    private static final Pattern SAYING_ASKED = Pattern.compile(
            "^(?!.*(?:出自|出处|哪篇|哪本|哪首|哪部)).*(?:(?:说|喊|提|写)(?:了|过|出)?的?(?:一|那|这|哪一?)?(?:句|段)(?:很有名的|有名的|著名的)?(?:话|名言|遗言|誓言)"
            + "|(?:说|喊)的(?:那句|这句)?话|原话|遗言)");
    private static final Pattern SAYING_TOLD = Pattern.compile("[“「『\"：:]");

    /** A relative of the kind as what a question asks about (杨靖宇的后代现在在哪工作); -1: the family as a whole. */
    private static Pattern relativeAsked(int kind) {
        // (not the asker's own: 想带孩子去陵园扫墓, 陪父母去参观 ask nothing of a relative)
        return Pattern.compile("(?<![带陪领让教送给我咱俺])(?:" + (kind < 0 ? FAMILY : RELATIVE_KINDS.get(kind))
                + ")(?=是|叫|在|有|现|今|们|都|后来|如今|去|哪|谁|什么|啥|多|几|吗|呢|[？?，,。]|$)");
    }

    /** The words that tell of a relative of the kind, or of the family (either tells of any relative asked). */
    private static Pattern relativeTold(int kind) {
        if (kind < 0) return Pattern.compile(String.join("|", RELATIVE_KINDS) + "|" + String.join("|", RELATIVE_TOLD) + "|" + FAMILY);
        // (a 家庭 someone was born into tells no relative of theirs: 出生在一个地主家庭 for 父亲叫什么)
        return Pattern.compile(RELATIVE_KINDS.get(kind) + "|" + RELATIVE_TOLD.get(kind) + "|" + FAMILY_MEMBERS);
    }

    /** Who may call someone something (被大家叫什么, 被人称作什么). */
    private static final Pattern CALLERS = Pattern.compile("(?:被|让)?(?:大家|人们|别人|人家|群众|老百姓|乡亲们?|同学们?|战友们?|朋友们?|外国人|被人|当地人|当地群众|村民们?|后人|世人)$");
    /**
     * A kind right after 叫什么 (称作什么根据地): the thing whose name is asked; one character alone for a feature of the land
     * or a team, class or group (叫什么班: 中国班 names it).
     */
    private static final Pattern KIND_AFTER_NAME_ASKED = Pattern.compile("(?!名|来着|呢|啊|呀|吗|啦|是|叫)(\\p{IsHan}{2,4}?|[寨山村庄岛桥河湖峰岭洞楼塔堂馆厂街路港湾班队组团](?=[\\p{P}\\s]|$))(?:来着|呢|啊|呀|吗|啦)?(?:[\\p{P}\\s]|$)");

    /** A question asking what something is called (not a person's name: that is asked with 谁, or told by one). */
    private static final Pattern NAME_ASKED = Pattern.compile("(?:叫|称)(?:做|作)?(?:什么|啥)|什么名字|啥名|全称|名称|标题|题目|以(?:什么|啥)为题|称号|全名|正式名"
            + "|(?:什么|啥)(?:美称|美誉|雅号|别称|称呼|说法)");
    /** What someone is called by others (孩子们平时怎么称呼她, 大家叫他什么): the name comes after its bearer. */
    private static final Pattern CALLED_ASKED = Pattern.compile("(?:怎么|如何|怎样)称呼|(?:叫|称|喊)(?:她|他|它)(?:为|作|做)?(?:什么|啥)");
    /** What may stand between the thing named and the words asking its name (…委员会叫什么, …的全称是). */
    private static final Pattern NAME_LEAD_OUT = Pattern.compile("(?:[的是就又到底吗呢\\p{P}\\s]|现在|如今|今天|目前|后来|已经|改名|更名|改称|改|个?(?:什么|啥))+$");
    /** How a text gives something's name: as a title or in quotes, or by saying it is called so. */
    private static final Pattern NAMING = Pattern.compile("[《“「『\"]|称为|称作|叫做|叫作|名为|名叫|命名|史称|简称|全称|又称|统称|誉为|号称|这就是|题为|为题|定名|取名|起名"
            // an honour is named as it is given (被评为一级爆破技术能手, 追授…称号)
            + "|评为|授予|追授|荣获"
            // an earlier or later name (原名李坤泰, 改称第二野战军, 前身是…学校, 过去叫林县)
            + "|原名|本名|原叫|旧称|旧名|曾名|改称|改名|更名|前身|现名|(?:过去|原来|以前|早先|最早|后来)叫"
            // what it is today (这家单位就是今天的中国中医科学院, 即今…)
            + "|(?:就是|即|为|是)(?:今天|今日|现在|如今)的|即今"
            // a ship's name (辽宁舰), not the word for a kind of ship (航空母舰, 军舰)
            + "|[\\u4e00-\\u9fa5]{2}(?<![母军战舰])舰(?![艇队长])"
            // a brand (解放牌载货汽车), not a medal, a sign or a brand as such (金牌, 招牌, 品牌)
            + "|[\\u4e00-\\u9fa5]{2}(?<![招品奖金银铜门车号名盾挡王标])牌(?![子坊楼匾位照价])");

    /**
     * True when a sentence says nothing the question does not: every name, noun, verb, number and time in it is
     * already in the question (这就是可歌可泣的“八女投江” for 八女投江领头的是谁). Such a sentence only echoes the topic.
     */
    public static boolean addsNothing(String question, String sentence) {
        // most sentences have many characters the question does not: those say something, without segmenting them
        int foreign = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c) && question.indexOf(c) < 0 && ++foreign > ECHO_FOREIGN_CHARACTERS) return false;
        }
        // a name given in quotes that the question does not have whole (被命名为“陈景润星” for 哪颗小行星以陈景润命名)
        for (Matcher quoted = QUOTED_NAME.matcher(sentence); quoted.find(); ) if (!question.contains(quoted.group(1))) return false;
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(sentence)) {
            String n = w.nature(), t = w.text();
            // idioms and set phrases (可歌可泣) praise; they do not tell
            boolean content = !n.endsWith("l") && !n.equals("i")
                    && (n.startsWith("n") || n.startsWith("v") && !LIGHT_VERBS.contains(t) || n.startsWith("m") || n.startsWith("t"));
            if (!content || t.length() < 2 && !Character.isDigit(t.charAt(0))) continue;
            if (!question.contains(t)) return false;
            // a number the question has only inside a longer one (6 in 1964) is a new number
            if (Character.isDigit(t.charAt(0)) && !standsAlone(question, t, DIGITS)) return false;
        }
        return true;
    }

    private static final String DIGITS = "0123456789";

    /** Whether the text has the word with none of these characters right before or after it (6, not the 6 of 1964). */
    static boolean standsAlone(String text, String word, String notBeside) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || notBeside.indexOf(text.charAt(at - 1)) < 0) && (end == text.length() || notBeside.indexOf(text.charAt(end)) < 0)) return true;
        }
        return false;
    }

    /** How many characters the question does not have an echo of it may have (这就是可歌可泣的). */
    private static final int ECHO_FOREIGN_CHARACTERS = 10;

    /** Verbs that link and say nothing themselves. */
    private static final Set<String> LIGHT_VERBS = Set.of("是", "为", "有", "叫", "称", "就是", "成为", "作为", "属于", "进行");

    /** A question or sentence telling of a first (第一位, 首艘). */
    private static final Pattern FIRST = Pattern.compile("第一(?![次届])|首(?:[位个艘颗架枚批名])");
    /**
     * What makes a first a first of a narrower kind: a woman (女航天员; not 妇女部长, 子女). Not home-built (国产): a
     * question says that in its own words (咱们自己造的) or takes it as read (一汽造的第一辆车).
     */
    private static final Pattern NARROWER = Pattern.compile("(?<![妇子儿少男])女(?![儿子士])"
            // a first of those built at home or for a use (第一艘自主建造的航空母舰 is not the first carrier)
            + "|自主|自行|国产|民用|商用|载人|无人");
    /** How far after 第一 a sentence's first claim may name its narrower kind (第一位进行出舱活动的女航天员). */
    private static final int FIRST_CLAIM = 14;

    /**
     * True when a question asks for the first of a kind and the sentence only tells of a first of a narrower kind
     * the question does not name (中国第一个出舱的航天员 is not answered by 成为我国第一位进行出舱活动的女航天员): every
     * first the sentence tells of is narrower.
     */
    public static boolean narrowerFirst(String question, String sentence) {
        if (!FIRST.matcher(question).find()) return false;
        boolean narrower = false;
        Matcher first = FIRST.matcher(sentence);
        while (first.find()) {
            String claim = sentence.substring(first.end(), Math.min(sentence.length(), first.end() + FIRST_CLAIM));
            int stop = indexOfAny(claim, "，。；！？,;!?");
            if (stop >= 0) claim = claim.substring(0, stop);
            Matcher kind = NARROWER.matcher(claim);
            boolean named = false;
            while (kind.find()) if (!question.contains(kind.group())) named = true;
            if (!named) return false; // a first of the whole kind (or of the kind the question names)
            narrower = true;
        }
        return narrower;
    }

    /** Women among people counted (女代表, 女党员, 女航天员): a narrower count than of all of them. */
    private static final Pattern WOMEN_COUNTED = Pattern.compile("(?<![妇子儿少男])女(?:代表|党员|干部|委员|战士|职工|工人|科学家|院士|航天员|运动员"
            + "|教师|学生|大学生|研究生|兵|性|同志|烈士|英雄|劳模|模范|记者|作家|医生|护士|飞行员|队员)");

    /** A sentence's word for women (妇女, 女战士, 女士), not for children (子女, 儿女, 女儿). */
    private static final Pattern WOMEN_TOLD = Pattern.compile("(?<![儿子])女(?!儿)");

    /**
     * True when a question counts the women of a group (女代表有多少名) and the sentence names no woman: its number is
     * of the whole group (全国人大代表共1226名), not of the part asked.
     */
    public static boolean narrowerCount(String question, String sentence) {
        return WOMEN_COUNTED.matcher(question).find() && !WOMEN_TOLD.matcher(sentence).find() && QuestionKind.of(question) == QuestionKind.COUNT;
    }

    /** 除了X还…: what else, besides the thing named (葛洪除了《肘后备急方》还写过哪些书). */
    private static final Pattern BESIDES = Pattern.compile("除了?[《“\"]?([\\p{IsHan}A-Za-z0-9]{2,12}?)[》”\"]?(?:[和、与及][^，,还]{1,12})?(?:以外|之外)?"
            // (除了邹韬奋，七君子里还有谁)
            + "(?:[，,][^，,。？?还也]{0,8}?)?(?:还|也|另外)");
    /** A title in book-title marks, the title itself in group 1. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]{1,30})》");
    /** How a sentence tells of more than one: a list, or what comes besides. */
    private static final Pattern MORE_THAN_ONE = Pattern.compile("[、与及还也另并]|(?<!共)和|此外|以及|分别");

    /** Asking which single one of a kind (哪个乡镇, 什么爆炸物), not several (哪几个省: a count of them may go with names). */
    private static final Pattern ONE_ASKED = Pattern.compile("(?:什么|啥|哪种|哪一种|哪个|哪一个|哪家|哪座|哪所|哪条|哪颗|哪块|哪件)");
    /**
     * A number counting what follows or precedes it (14个, 2400余枚, 两座), with its measure word: a number right before
     * a kind names one (597.9高地, 1205钻井队, 第五军团, 双十协定).
     */
    private static final String COUNT_OF = "(?<![第\\d.])(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万几]+)(?:余|多)?[个名座所枚件项处家条支颗块批位户间]";

    /**
     * A question asking which one of a kind (第一站去的是哪个乡镇, 炸伤他的是什么爆炸物) answered by a sentence that has
     * that kind only as a number of them (走进全县14个乡镇, 排除爆炸物2400余枚): it says how many, not which.
     */
    public static boolean countedNotNamed(String question, String sentence) {
        String kind = ONE_KIND_ASKED.get(question, AnswerChecks::oneKindAsked);
        if (kind.isEmpty() || !sentence.contains(kind)) return false;
        String uncounted = COUNTED_MENTIONS.get(kind, AnswerChecks::countedMentions).matcher(sentence).replaceAll("，");
        // every mention counts them, and no other word ends like the kind (第一站是石门镇 names one)
        return !uncounted.contains(kind) && uncounted.indexOf(kind.charAt(kind.length() - 1)) < 0;
    }

    /** The kind a question asks which single one of (哪个乡镇 → 乡镇), or "" (also for a count asked). */
    private static String oneKindAsked(String question) {
        if (QuestionKind.of(question) == QuestionKind.COUNT) return "";
        Matcher m = ONE_ASKED.matcher(question);
        if (!m.find()) return "";
        String after = TRAILING.matcher(question.substring(m.end())).replaceAll("");
        String kind = "";
        int next = 0;
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(after)) {
            if (w.offset() != next || !w.nature().startsWith("n") || w.nature().startsWith("nr")) break;
            kind = after.substring(0, w.offset() + w.text().length());
            next = w.offset() + w.text().length();
        }
        return kind.length() < 2 ? "" : kind;
    }

    /** Mentions of a kind as a number of them (14个乡镇, 爆炸物2400余枚). */
    private static Pattern countedMentions(String kind) {
        // (a count before the kind ends the phrase: 三座造型各异的桥塔 counts towers, not shapes)
        return Pattern.compile(COUNT_OF + Pattern.quote(kind) + "(?![\\p{IsHan}&&[^的和与及中里都均共]])|" + Pattern.quote(kind) + COUNT_OF);
    }

    private static final Cache<String, String> ONE_KIND_ASKED =
            bounded(10_000);
    private static final Cache<String, Pattern> COUNTED_MENTIONS =
            bounded(10_000);

    /** The time a body was founded, asked with a count (成立时有多少会员, 刚成立的时候). */
    private static final Pattern AT_FOUNDING_ASKED = Pattern.compile("(?:成立|创立|创建|建立|组建|诞生)(?:时|之时|之初|初期|的时候|那会|那时)|刚(?:成立|创立|建立|组建)");
    /** A sentence telling a founding or its time (成立, 发起, 最初, 当时). */
    private static final Pattern AT_FOUNDING_TOLD = Pattern.compile("成立|创立|创建|建立|组建|诞生|发起|创办|之初|最初|起初|初创|当时|首批|第一批");

    /**
     * A count asked as it was at a body's founding (新民学会成立时有多少名会员), answered by a sentence that tells no
     * founding (1920年秋，新民学会已经拥有100多名会员): a count from another time.
     */
    public static boolean countNotAtFounding(String question, String sentence) {
        if (!AT_FOUNDING_ASKED.matcher(question).find() || QuestionKind.of(question) != QuestionKind.COUNT) return false;
        // (the founding told in the sentence with the count: 1918年4月…发起组织新民学会。1920年秋，已经拥有100多名会员)
        for (String part : SENTENCE_END.split(sentence)) {
            if (QuestionKind.COUNT.answeredBy(part) && AT_FOUNDING_TOLD.matcher(part).find()) return false;
        }
        return true;
    }

    /**
     * A question asking what else there is besides a thing it names, answered by a sentence that names that thing and
     * nothing besides (…除了屠呦呦还有哪些人 against 共授予8人，屠呦呦是其中之一): it tells the one the member knows.
     */
    public static boolean onlyTheOneExcepted(String question, String sentence) {
        Matcher m = BESIDES.matcher(question);
        if (!m.find() || !sentence.contains(exceptedThing(m.group(1), sentence))) return false;
        // a work excepted by its title (除了《极限人生》还写了什么书): another work is told by another title
        if (m.group().contains("《")) {
            for (Matcher title = QUOTED_TITLE.matcher(sentence); title.find(); ) if (!title.group(1).equals(m.group(1))) return false;
            return true;
        }
        Matcher more = MORE_THAN_ONE.matcher(sentence);
        while (more.find()) {
            // a 和 inside a name the question has (王孝和) joins nothing
            int at = more.start();
            if (more.group().equals("和") && (at > 0 && question.contains(sentence.substring(at - 1, at + 1))
                    || at + 2 <= sentence.length() && question.contains(sentence.substring(at, at + 2)))) continue;
            return false;
        }
        return true;
    }

    /**
     * The thing excepted as a sentence may name it: the words after 除了, or their longest ending of two characters or
     * more the sentence has, when they begin with what was done to it (除了写给妻子 → 妻子).
     */
    private static String exceptedThing(String excepted, String sentence) {
        for (int from = 0; from + 2 <= excepted.length(); from++) {
            if (sentence.contains(excepted.substring(from))) return excepted.substring(from);
        }
        return excepted;
    }

    private static final Pattern RELATIVE_THEN_NAME = Pattern.compile("(?:父亲|母亲|父母|妻子|丈夫|爱人|夫人|老伴|儿子|女儿|哥哥|弟弟|姐姐|妹妹)(?:叫|名叫|是|[:：])?"
            // (a name the segmenter does not know opens with a surname, 妻子郭素萍; a verb does not, 母亲读后; or a list
            // of them after a colon, 三个儿子：毛岸英、毛岸青和毛岸龙)
            + "[" + ChineseSegmenter.COMMON_SURNAMES + ChineseSegmenter.MORE_SURNAMES + "]\\p{IsHan}{1,2}(?=[是、，,。；和与（(把将曾也都原同受被在于说比从就还已又常长一始便即亦仍随]|$)");
    /** How a text speaks of a relative of each kind, the family as a whole left out. */
    private static final List<Pattern> RELATIVE_OF_KIND_TOLD = java.util.stream.IntStream.range(0, RELATIVE_KINDS.size())
            .mapToObj(k -> Pattern.compile(RELATIVE_KINDS.get(k) + "|" + RELATIVE_TOLD.get(k))).toList();

    /** The kind of each word for a relative ({@link #RELATIVE_KINDS}'s index). */
    private static final Map<String, Integer> RELATIVE_KIND_OF = java.util.stream.IntStream.range(0, RELATIVE_KINDS.size()).boxed()
            .flatMap(k -> java.util.Arrays.stream(RELATIVE_KINDS.get(k).split("\\|")).map(w -> Map.entry(w, k)))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    /** The kind a spouse is: one relative who goes by several words (妻子, 爱人, 老伴). */
    private static final int SPOUSE = 1;

    /** Whether the sentence names, at a position, the relative a word of the question means. */
    private static boolean sameRelative(String sentence, int at, String relative) {
        if (sentence.startsWith(relative, at)) return true;
        // a parent asked in everyday words (爸爸, 妈妈) or both together (父母) is named as father or mother
        if (relative.startsWith("爸") && sentence.startsWith("父亲", at) || relative.startsWith("妈") && sentence.startsWith("母亲", at)) return true;
        if ((relative.equals("父母") || relative.equals("双亲")) && (sentence.startsWith("父亲", at) || sentence.startsWith("母亲", at))) return true;
        // a child asked (孩子叫什么名字) is named as a son or daughter (女儿叫蔡妮)
        if (relative.equals("孩子") || relative.equals("子女")) return sentence.startsWith("儿子", at) || sentence.startsWith("女儿", at);
        if (RELATIVE_KIND_OF.getOrDefault(relative, -1) != SPOUSE) return false;
        for (String w : RELATIVE_KINDS.get(SPOUSE).split("\\|")) if (sentence.startsWith(w, at)) return true;
        return false;
    }

    private static final Pattern RELATIVE_WORD = Pattern.compile("父亲|母亲|爸爸|妈妈|妻子|丈夫|爱人|夫人|老伴|老婆|媳妇|老公|儿子|女儿|孩子|子女|哥哥|弟弟|姐姐|妹妹");

    /** How a text speaks of one relative, or of those the relative is one of (父母 for 父亲, 子女 for 女儿). */
    private static final Pattern WIFE_TOLD = Pattern.compile("妻|夫人|爱人|老伴|老婆|媳妇|遗孀|太太");
    private static final Pattern HUSBAND_TOLD = Pattern.compile("丈夫|爱人|老伴|老公|夫君");
    private static final Pattern SPOUSE_TOLD = Pattern.compile("妻|夫人|爱人|老伴|老婆|媳妇|遗孀|太太|丈夫|老公|夫君");
    private static final Map<String, Pattern> ONE_RELATIVE_TOLD = Map.ofEntries(
            // a wife is not told by a husband (李四光的夫人 is not 她的丈夫邹承鲁, his daughter's)
            Map.entry("妻子", WIFE_TOLD), Map.entry("夫人", WIFE_TOLD), Map.entry("老婆", WIFE_TOLD), Map.entry("媳妇", WIFE_TOLD),
            Map.entry("丈夫", HUSBAND_TOLD), Map.entry("老公", HUSBAND_TOLD),
            // (a spouse either way: 爱人, 老伴)
            Map.entry("爱人", SPOUSE_TOLD), Map.entry("老伴", SPOUSE_TOLD),
            Map.entry("父亲", Pattern.compile("父亲|爸爸|之父|其父|生父|老父|父母|双亲")),
            Map.entry("爸爸", Pattern.compile("父亲|爸爸|之父|其父|生父|老父|父母|双亲")),
            Map.entry("母亲", Pattern.compile("母亲|妈妈|之母|其母|生母|老母|父母|双亲")),
            Map.entry("妈妈", Pattern.compile("母亲|妈妈|之母|其母|生母|老母|父母|双亲")),
            Map.entry("儿子", Pattern.compile("儿子|[长次幼独爱]子|之子|其子|子女|孩子|儿女")),
            Map.entry("女儿", Pattern.compile("女儿|[长次幼独爱]女|之女|其女|子女|孩子|儿女")),
            Map.entry("哥哥", Pattern.compile("哥哥|兄长|[胞长大]兄|大哥|兄弟")),
            Map.entry("弟弟", Pattern.compile("弟弟|[胞幼小]弟|兄弟")),
            Map.entry("姐姐", Pattern.compile("姐姐|[胞长大]姐|姐妹")),
            Map.entry("妹妹", Pattern.compile("妹妹|[胞幼小]妹|姐妹")));
    private static final Set<String> PARENTS = Set.of("父亲", "爸爸", "母亲", "妈妈");
    /** A parent told by someone being their child (陈延年、陈乔年是陈独秀的儿子). */
    private static final Pattern CHILD_OF = Pattern.compile("之子|之女|的(?:长|次|小|大|独|幼)?(?:儿子|女儿|孩子)(?!们)|的[长次幼独][子女]");
    /** A child called by name (一个名叫崔莹的孩子): a child, not someone's. */
    private static final Pattern CALLED_BEFORE = Pattern.compile("(?:名叫|叫做|叫作|叫)\\p{IsHan}{2,3}$");

    /** Whether the text says someone is another's child (罗盛教是罗迭开的儿子), not only that a child was there. */
    private static boolean childOfSomeone(String sentence) {
        Matcher m = CHILD_OF.matcher(sentence);
        while (m.find()) {
            if (!CALLED_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 6), m.start())).find()) return true;
        }
        return false;
    }
    /** Who a relative in a text belongs to when the text says so (居里夫人的女儿); a pronoun is whoever is spoken of. */
    private static final Pattern OWNER_BEFORE = Pattern.compile("([\\p{IsHan}A-Za-z·\\-]{2,8})的$");
    /** What may lead to an owner's name: the words up to the last 的, 那位, 正是 or the like. */
    private static final Pattern OWNER_LEAD = Pattern.compile("^.*(?:的|那位|这位|那个|这个|正是|就是|即是|是)");
    /** A relative named at the end of whose relative is asked (钱学森夫人蒋英 → 蒋英). */
    private static final Pattern RELATIVE_NAMED_LAST = Pattern.compile("(?:夫人|妻子|丈夫|爱人|父亲|母亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹)(\\p{IsHan}{2,3})$");

    /**
     * Whether the sentence speaks of the relative as the one asked about's: somewhere without an owner, or with the
     * owner the question names (钱三强的女儿), a pronoun, or 自己.
     */
    private static boolean toldAsTheirs(String question, int relativeAt, String sentence, Pattern relative) {
        Matcher owner = OWNER_BEFORE.matcher(question.substring(0, relativeAt));
        // (the owner as named, without what leads to it: 的那位李大钊 → 李大钊, 作者正是李大钊 → 李大钊)
        String asked = owner.find() ? OWNER_LEAD.matcher(owner.group(1)).replaceFirst("") : null;
        if (asked != null && asked.length() < 2) asked = owner.group(1);
        // a relative's relative asked (钱学森夫人蒋英的父亲): a sentence that does not name that relative (蒋英) speaks
        // of the first one's (父亲钱均夫 is 钱学森's father)
        Matcher chain = asked == null ? null : RELATIVE_NAMED_LAST.matcher(asked);
        boolean unownedAreTheirs = chain == null || !chain.find() || sentence.contains(chain.group(1));
        Matcher m = relative.matcher(sentence);
        while (m.find()) {
            Matcher own = OWNER_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 9), m.start()));
            if (asked == null) return true;
            if (!own.find()) {
                // a name right before it is whose it is (戈登夫人, 钱学森夫人蒋英): someone else's unless it is the one asked
                String name = nameEndingAt(sentence, m.start());
                if (name != null && !name.endsWith(asked) && !asked.endsWith(name) && !question.contains(name)) continue;
                if (unownedAreTheirs) return true;
                continue;
            }
            String theirs = OWNER_LEAD.matcher(own.group(1)).replaceFirst("");
            if (theirs.length() < 2) theirs = own.group(1);
            if ((theirs.endsWith("他") || theirs.endsWith("她") || theirs.endsWith("其") || theirs.endsWith("自己")) && unownedAreTheirs
                    || theirs.endsWith(asked) || asked.endsWith(theirs)) return true;
        }
        return false;
    }

    /** The person's name the segmenter reads right before a position of a sentence, or null. */
    private static String nameEndingAt(String sentence, int at) {
        if (at < 2) return null;
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (w.offset() + w.text().length() == at && w.nature().startsWith("nr") && w.text().length() >= 2) return w.text();
        }
        return null;
    }

    /** A number of each unit asked which one of (15军 for 第几军), or the first of them (首批), compiled once per unit. */
    private static final Cache<String, Pattern> NUMBER_OF_UNIT =
            bounded(1_000);
    /** The thing a sentence says its subject is (是…劳动英雄), compiled once per thing. */
    private static final Cache<String, Pattern> SAID_TO_BE =
            bounded(10_000);

    private static final Pattern ORDINAL_ASKED = Pattern.compile("第(?:几|多少)(\\p{IsHan})");
    /** An ordinal, or a congress or plenum by its number (十七大, 六中全会 for 第几次代表大会). */
    private static final Pattern ORDINAL_TOLD = Pattern.compile("第[\\d零〇一二三四五六七八九十百千两]+|[一二三四五六七八九十]+(?:大(?![批片多部概约家力量])|中全会)");

    /**
     * Which one of a series asked (志愿军第几军, 第几次), answered by a sentence that tells no ordinal and no number of
     * that unit (黄继光报名参加了中国人民志愿军 for 他是第几军的): it speaks of the thing, not which one it was.
     */
    public static boolean ordinalNotTold(String question, String sentence) {
        if (ordinalOfAnotherThing(question, sentence)) return true;
        Matcher asked = ORDINAL_ASKED.matcher(question);
        if (!asked.find()) return false;
        if (ORDINAL_TOLD.matcher(sentence).find()) return false;
        return !NUMBER_OF_UNIT.get(asked.group(1), unit -> Pattern.compile("(?:[\\d零〇一二三四五六七八九十百千两]|[首头]一?)" + Pattern.quote(unit))).matcher(sentence).find();
    }

    /** The first (or n-th) of a kind of thing, by its measure word (第一本书, 第一张报纸, 第一颗卫星). */
    private static final Pattern ORDINAL_THING = Pattern.compile("第([一二三四五六七八九十]+|\\d+)([本张部首篇架颗艘台辆座枚所家位名封期])");

    /**
     * The first of one kind asked (激光照排排的第一本书), answered by the first of another kind (第一张报纸样张): the
     * measure words tell them apart. Only where the sentence counts that ordinal in another measure word and never in
     * the one asked.
     */
    static boolean ordinalOfAnotherThing(String question, String sentence) {
        Matcher asked = ORDINAL_THING.matcher(question);
        if (!asked.find()) return false;
        String number = asked.group(1);
        boolean other = false;
        for (Matcher told = ORDINAL_THING.matcher(sentence); told.find(); ) {
            if (!told.group(1).equals(number)) continue;
            if (told.group(2).equals(asked.group(2))) return false;
            other = true;
        }
        return other;
    }

    /** A relative's name asked (黄文秀的父亲叫什么名字, 左权的妻子是谁). */
    private static final Pattern RELATIVE_NAME_ASKED = Pattern.compile("(父亲|母亲|爸爸|妈妈|妻子|丈夫|爱人|夫人|老伴|老婆|媳妇|老公|儿子|女儿|孩子|哥哥|弟弟|姐姐|妹妹|岳父|岳母"
            // (她爸, 他妈: a parent as members say it)
            + "|(?<![爸妈])[爸妈](?![爸妈]))"
            // (children asked each by name: 儿子分别叫什么名字)
            + "(?:的)?(?:名字|姓名)?(?:分别|各自|都)?(?:叫|是|为)?(?:什么|啥|谁|哪位)(?:名字|名子)?(?=来着|呢|呀|啊|[\\p{P}\\s]|$)");

    /**
     * A relative's name asked, answered by a sentence that names no one the question does not (回家看望病重的父亲 for
     * 黄文秀的父亲叫什么名字): it speaks of the relative without telling who.
     */
    public static boolean relativeNotNamed(String question, String sentence) {
        Matcher asked = RELATIVE_NAME_ASKED.matcher(question);
        if (!asked.find()) return false;
        if (anotherOfTheChildren(question, sentence)) return true;
        // 热爱人民 loves the people: no spouse is spoken of
        sentence = NO_SPOUSE.matcher(sentence).replaceAll("，");
        // the relative spoken of as such (哥哥, 胞兄), not only the family as a whole (写给杨家亲属的信): a name in a
        // sentence that never speaks of that relative is someone else's
        Integer kind = RELATIVE_KIND_OF.get(asked.group(1));
        if (kind != null && !RELATIVE_OF_KIND_TOLD.get(kind).matcher(sentence).find()) return true;
        // the very relative, not another of the kind (黄继光的母亲叫邓芳芝 for 黄继光的父亲叫什么), and theirs, not
        // someone else's (在居里夫人的女儿和女婿指导下 for 钱三强的女儿叫什么)
        // a spouse named as the one someone married (和蔡和森在法国蒙达尼结为革命伴侣)
        if (kind != null && kind == SPOUSE) {
            for (Matcher married = MARRIED_TO.matcher(sentence); married.find(); ) if (!question.contains(married.group(1))) return false;
            // (and after what they were: 与部队医院的医生由昆结为夫妻, whatever their surname)
            for (Matcher married = MARRIED_TO_ONE_DESCRIBED.matcher(sentence); married.find(); ) if (!question.contains(married.group(1))) return false;
        }
        String relative = asked.group(1).equals("爸") ? "爸爸" : asked.group(1).equals("妈") ? "妈妈" : asked.group(1);
        // a mother is spoken of as one: someone said to be a man's daughter (刘思齐是刘谦初的女儿) names her father
        if ((relative.equals("母亲") || relative.equals("妈妈")) && !MOTHER_TOLD.matcher(sentence).find()) return true;
        Pattern one = ONE_RELATIVE_TOLD.get(relative);
        if (one != null && !toldAsTheirs(question, asked.start(1), sentence, one)
                && !(PARENTS.contains(relative) && childOfSomeone(sentence))) return true;
        // a name in another sentence of the text is someone else's (与先期回国的陈建功并肩工作。他的妻子也随他来到中国),
        // unless that sentence tells a wedding (与王淑贞结婚。婚后妻子随他回国)
        if (kind != null) sentence = sentencesTelling(sentence, RELATIVE_OF_KIND_TOLD.get(kind), WEDDING);
        // a name right after the relative (丈夫彭咏梧是…, 夫人王会悟): the segmenter does not know every name; a name
        // right after another relative is that one's (父亲钟世藩 names no mother)
        Matcher named = RELATIVE_THEN_NAME.matcher(sentence);
        StringBuilder others = new StringBuilder();
        while (named.find()) {
            if (sameRelative(sentence, named.start(), relative)) return false;
            named.appendReplacement(others, "，");
        }
        sentence = named.appendTail(others).toString();
        // a parent named as the one whose child someone is (她是军事理论家蒋百里的女儿): the segmenter does not know every name
        if (PARENTS.contains(relative)) {
            for (Matcher child = CHILD_OF_NAMED.matcher(sentence); child.find(); ) if (!question.contains(child.group(1))) return false;
        }
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (w.nature().startsWith("nr") && !question.contains(w.text())) return false;
        }
        return true;
    }

    private static final Pattern MOTHER_TOLD = Pattern.compile("母|妈|娘");

    /**
     * One child asked by the place among their siblings (大儿子, 长女) and a sentence that tells only another by theirs
     * (他的二儿子张朝和 for 张秉贵的大儿子叫什么名字).
     */
    static boolean anotherOfTheChildren(String question, String sentence) {
        Matcher asked = CHILD_BY_PLACE.matcher(question);
        if (!asked.find()) return false;
        int place = placeAmongChildren(asked.group(1));
        boolean son = asked.group(2).startsWith("儿") || asked.group(2).equals("子");
        boolean other = false;
        for (Matcher told = CHILD_BY_PLACE.matcher(sentence); told.find(); ) {
            if ((told.group(2).startsWith("儿") || told.group(2).equals("子")) != son) continue;
            if (placeAmongChildren(told.group(1)) == place) return false;
            other = true;
        }
        return other;
    }

    private static final Pattern CHILD_BY_PLACE = Pattern.compile("(大|长|二|次|三|四|五|小|幼)(儿子|女儿|子(?![女孙弟])|女(?![儿子婿士]))");

    /** A child's place among siblings by its word: 大 and 长 the first, 二 and 次 the second, 小 and 幼 the last. */
    private static int placeAmongChildren(String word) {
        return switch (word) {
            case "大", "长" -> 1;
            case "二", "次" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            case "五" -> 5;
            default -> 0;
        };
    }

    private static final Pattern MARRIED_TO = Pattern.compile("(?:和|与|同|跟)([" + ChineseSegmenter.COMMON_SURNAMES + ChineseSegmenter.MORE_SURNAMES
            + "]\\p{IsHan}{1,3}?)(?:在[^，。；,;]{0,10})?(?:结为|结成|结婚|成婚|成亲|喜结)");
    private static final Pattern MARRIED_TO_ONE_DESCRIBED = Pattern.compile("(?:和|与|同|跟)[^，。；,;和与]{0,14}?"
            + "(?:医生|护士|教师|老师|同学|同事|战友|姑娘|青年|干部|工人|演员|学生|技术员|职员)(\\p{IsHan}{2,3}?)"
            + "(?:在[^，。；,;]{0,10})?(?:结为|结成|结婚|成婚|成亲|喜结)");
    private static final Pattern CHILD_OF_NAMED = Pattern.compile("(?:是|为)[^，。；,;]{0,12}?([" + ChineseSegmenter.COMMON_SURNAMES
            + ChineseSegmenter.MORE_SURNAMES + "]\\p{IsHan}{1,2})的(?:长|次|小|大|独|幼)?(?:女儿|儿子|孩子|子|女)(?!们)");

    /** The sentences of a text (ended by 。！？；) in which either pattern is found, joined. */
    private static String sentencesTelling(String text, Pattern told, Pattern orTold) {
        StringBuilder out = new StringBuilder();
        for (String one : SENTENCE_END.split(text)) if (told.matcher(one).find() || orTold.matcher(one).find()) out.append(one).append('。');
        return out.toString();
    }

    private static final Pattern WEDDING = Pattern.compile("婚|嫁|娶");

    /** 爱人 inside other words (热爱人民, 友爱人类, 爱人才): not a spouse. */
    private static final Pattern NO_SPOUSE = Pattern.compile("(?<=[热友博仁可敬关挚宠])爱人|爱人(?=[民类才])");

    /** A book's author, not a song's words' or music's (词作者), nor a worker (工作者) or creator (创作者). */
    private static final String AUTHOR = "(?<![词曲工创])作者|著者";
    /** Posts a who-question may ask the holder of, each with the other ways of writing it. */
    private static final List<String> POSTS = List.of("政委|政治委员", "司令员|司令", "总司令", "书记", "委员长", "主席", "总理",
            "部长", "军长", "师长", "旅长", "团长", "营长", "连长", "排长", "班长", "参谋长", "校长", "院长", "会长", "队长", "局长",
            "省长", "市长", "县长", "总统", "首相", "社长", "厂长", "馆长", "主编", "总编辑", "指导员", "教导员", "舰长", "机长",
            "总工程师|总工", "总设计师|总师", "总指挥", "主任", "所长",
            // (someone's teacher, trainer or sponsor is a role of the same kind: 茅以升在康奈尔大学的导师是谁)
            "导师", "教练", "入党介绍人|介绍人", "秘书", "警卫员", "翻译",
            // who wrote a song's words or music (《卖报歌》的词作者是谁)
            "词作者|作词者|作词人", "曲作者|作曲者|作曲人",
            // who wrote a book (《钢铁是怎样炼成的》的作者是谁): told as its writer, not by a character in it
            AUTHOR);
    private static final String WHO_RIGHT_AFTER = "(?:是|为|由|叫)?(?:谁|哪位|哪一位|何人|什么人|(?:叫)?(?:什么|啥)名字|叫(?:什么|啥))";
    /**
     * Roles also told by the act that makes someone hold them: a sponsor by introducing (经陈赓、周逸群介绍加入), a
     * supervisor by teaching (师从杜卡, 在…指导下) or by the student's place (成为莫特教授的研究生).
     */
    private static final Map<String, String> ROLE_TOLD_BY_ACT = Map.of("入党介绍人|介绍人", "|介绍", "导师", "|师从|指导|的研究生|的博士生|的学生|门下",
            "词作者|作词者|作词人", "|作词|填词|写词|词作家", "曲作者|作曲者|作曲人", "|作曲|谱曲|谱写|曲作家",
            AUTHOR, "|写|著|撰|创作|执笔|所作|作家|发表");
    private static final List<Pattern[]> POST_CHECKS = POSTS.stream().map(family -> new Pattern[]{
            Pattern.compile("(?<!副)(?:" + family + ")(?:当时|那时|究竟|到底)?" + WHO_RIGHT_AFTER),
            Pattern.compile("(?<!副)(?:" + family + ")"),
            // (not said of a kind of people: 他和词作者们合作 names no one's post)
            Pattern.compile("(?:(?<!副)(?:" + family + ")" + ROLE_TOLD_BY_ACT.getOrDefault(family, "") + ")(?!们)")}).toList();

    /**
     * Who a word stands for asked (“君失柳”的“柳”指的是谁) and a sentence that neither says what the word stands for
     * (柳指柳直荀) nor names anyone new who bears it (柳直荀, 杨开慧 for 骄杨): it only quotes the word.
     */
    public static boolean referentNotNamed(String question, String sentence) {
        String word = REFERENTS_ASKED.get(question, AnswerChecks::referentAsked);
        if (word.isEmpty()) return false;
        Pattern[] told = REFERENT_TOLD.get(word, w -> new Pattern[]{Pattern.compile(Pattern.quote(w) + "[”\"」]?(?:指|即|就是)"),
                Pattern.compile("(?:誉为|称为|称作|叫做|叫作|人称|尊称|称他|称她)[“\"「]?" + Pattern.quote(w))});
        if (told[0].matcher(sentence).find()) return false;
        // someone the sentence says is called so (王选…被誉为“当代毕昇”): the person it is about
        String plain = sentence.replace("·", "").replace("•", "");
        if (told[1].matcher(plain).find() && names(sentence, question, true) == Holds.YES) return false;
        String last = word.substring(word.length() - 1);
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (w.nature().startsWith("nr") && !question.contains(w.text()) && w.text().contains(last)) return false;
        }
        return true;
    }

    /** The word whose referent a question asks (柳 of “柳”指的是谁), or "": remembered per question. */
    private static String referentAsked(String question) {
        Matcher m = REFERENT_ASKED.matcher(question);
        return !m.find() ? "" : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** How a text says what a word stands for, and that someone is called by it, compiled once per word. */
    private static final Cache<String, Pattern[]> REFERENT_TOLD =
            bounded(1_000);

    private static final Cache<String, String> REFERENTS_ASKED =
            bounded(10_000);

    private static final Pattern REFERENT_ASKED = Pattern.compile("(?:[“\"「]([^”\"」]{1,6})[”\"」]|(\\p{IsHan}{1,4}?))(?:一词|这个词|二字|两个字)?(?:指的是|是指|说的是|指)(?:谁|哪位|哪个人)");

    /**
     * A who-question asking the holder of a post (政委是谁, 委员长是哪位) answered by a sentence that names the post
     * only as a deputy's (副委员长) or not at all (晋察冀军区的司令员是聂荣臻 for 政委是谁): it names the holder of another
     * post. Only a post the who-word follows is asked, so 毛主席的老师是谁 asks no post; any post the question names
     * that the sentence tells will do.
     */
    public static boolean postNotTold(String question, String sentence) {
        List<Pattern> told = POSTS_ASKED.get(question, AnswerChecks::postsAsked);
        if (told.isEmpty()) return false;
        for (Pattern post : told) if (post.matcher(sentence).find()) return false;
        // a book's author named before its title (东晋葛洪《肘后备急方》, 奥斯特洛夫斯基的小说《…》)
        return !(AUTHOR_ASKED.matcher(question).find() && authorBeforeTitle(sentence, question));
    }

    private static final Pattern AUTHOR_ASKED = Pattern.compile(AUTHOR);
    /** What may stand between an author's name and a title: 的, a kind of work (的小说, 所著的). */
    private static final Pattern BEFORE_TITLE = Pattern.compile("(?:的|所著的?|编著的?|撰写的)?(?:长篇|中篇|短篇)?(?:报告文学|小说|诗集|诗歌|长诗|散文|著作|作品|文章|名著|专著|医书|古籍|剧本|回忆录|传记|日记|书)?(?:的)?$");

    /** Whether a person the question does not name is named right before a title in book-title marks. */
    private static boolean authorBeforeTitle(String sentence, String question) {
        for (int at = sentence.indexOf('《'); at > 0; at = sentence.indexOf('《', at + 1)) {
            String before = BEFORE_TITLE.matcher(sentence.substring(Math.max(0, at - 14), at)).replaceFirst("");
            List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(before);
            if (words.isEmpty()) continue;
            ChineseSegmenter.Word last = words.get(words.size() - 1);
            if (last.offset() + last.text().length() == before.length() && last.nature().startsWith("nr")
                    && last.text().length() >= 2 && !question.contains(last.text())) return true;
        }
        return false;
    }

    /**
     * The ways of telling the posts a who-question asks the holder of: every post the question names (one person
     * holding two, 政委兼前委书记是谁, is named by either), or none when it asks no post's holder. Remembered per
     * question, since every candidate of a question asks it again.
     */
    private static List<Pattern> postsAsked(String question) {
        // a charge asked (负责宣传的是谁, 分管组织工作的是哪位): the answer tells that charge, not another post
        Matcher charge = CHARGE_ASKED.matcher(question);
        if (charge.find()) return List.of(Pattern.compile(Pattern.quote(charge.group(1))));
        boolean asked = false;
        for (Pattern[] post : POST_CHECKS) {
            if (post[0].matcher(question).find()) asked = true;
        }
        if (!asked) return List.of();
        List<Pattern> named = new java.util.ArrayList<>(2);
        for (Pattern[] post : POST_CHECKS) {
            if (post[1].matcher(question).find()) named.add(post[2]);
        }
        return List.copyOf(named);
    }

    /**
     * Who gave a talk asked (讲专题党课的是谁, 主讲人是哪位) and a text that tells no one giving one (讲授, 主讲, 作报告…): the
     * day's lead or a member's words do not say who spoke.
     */
    public static boolean lecturerNotTold(String question, String text) {
        return LECTURER_ASKED.matcher(question).find() && !LECTURE_TOLD.matcher(text).find();
    }

    private static final Pattern LECTURER_ASKED = Pattern.compile("(?:讲|上|作|做)(?:了|的)?[^，,。？?]{0,6}?(?:党课|课|报告|讲座)的?(?:老师|人|专家|领导|同志)?(?:是|为)?(?:谁|哪位|哪一位)"
            + "|(?:主讲|授课|讲课|宣讲)(?:的)?(?:人|老师|专家)?(?:是|为)?(?:谁|哪位|哪一位)"
            // (the talk first: 那次专题党课是谁讲的)
            + "|(?:党课|讲座|报告会?)(?:是|由)?(?:谁|哪位|哪一位)(?:来)?(?:讲|上|作|做|主讲|讲授)"
            // (someone's deeds or story told: 讲黄公略事迹的是哪位, 谁讲的蔡畅; not words said, 谁讲的“…”, 这句话是谁讲的)
            + "|讲(?:了|的)?[^，,。？?“”\"]{0,10}?(?:事迹|故事|经历|生平)的?(?:人|老师|专家|领导|同志)?(?:是|为)?(?:谁|哪位|哪一位)"
            + "|(?:谁|哪位|哪一位)(?:来)?讲(?:的|了|述了?)(?![^，,。？?]*(?:话|句|“|\"|口号))");
    private static final Pattern LECTURE_TOLD = Pattern.compile("讲授|主讲|讲课|授课|讲党课|讲了|讲起|作了?(?:专题|主题|辅导)?报告|宣讲|讲述|讲解|为题|讲党史|上党课|上了");

    /**
     * A sentence about someone else than the person asked (2009年，苏兆征被评为… for 2009年孟泰被评为什么人物): it opens,
     * after a date, with another person's name the knowledge base knows.
     */
    public static boolean opensWithAnotherPerson(String sentence, String question, String person, java.util.function.Predicate<String> known) {
        Matcher opening = OPENING_DATE.matcher(sentence);
        int at = opening.lookingAt() ? opening.end() : 0;
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (w.offset() < at) continue;
            if (CLAUSE_BREAK.matcher(sentence.substring(at, w.offset())).find()) return false;
            String name = w.text();
            // (a taught term may be a name too, read as nz: 赵尚志; other names and terms are passed over: 老班长)
            if (!(w.nature().startsWith("nr") || w.nature().equals("nz")) || !readsAsAName(name)) continue;
            // the sentence's subject: its first words, or after what the person is (退休返聘的老班长许长林讲起了…)
            // (or after what the person had been: 曾任清华大学航空系主任的沈元因战乱回到家乡福州)
            if (w.offset() > at && ROLE_ENDS.indexOf(sentence.charAt(w.offset() - 1)) < 0
                    && !(w.offset() - 2 >= at && sentence.charAt(w.offset() - 1) == '的' && ROLE_ENDS.indexOf(sentence.charAt(w.offset() - 2)) >= 0)) return false;
            // (one the question names too is no other: 毛岸英入朝以后给彭德怀当什么 is answered of 毛岸英)
            return !name.contains(person) && !person.contains(name) && !question.contains(name) && known.test(name);
        }
        return false;
    }

    /**
     * A sentence in which the person asked only tells of someone else (许鸿年介绍，蒋筑英1938年出生于浙江杭州 for 许鸿年的
     * 老家是哪里的): named in the opening words of telling, and what is told opens with another person's name.
     */
    public static boolean onlyTheTeller(String sentence, String person, String question, java.util.function.Predicate<String> known) {
        Matcher telling = TELLING.matcher(sentence);
        if (!telling.lookingAt() || !telling.group().contains(person) || sentence.indexOf(person, telling.end()) >= 0) return false;
        return opensWithAnotherPerson(sentence.substring(telling.end()), question, person, known);
    }

    private static final Pattern TELLING = Pattern.compile("[^，,。；;：:]{0,16}?(?:介绍|表示|回忆|讲述|讲道|谈到|告诉大家|指出|提到|说)(?:说|道)?[，,：:]");

    /** The last character of a word for what someone is (老班长, 党员, 车工, 教师), which a name may follow. */
    private static final String ROLE_ENDS = "者员长令任民工师家士兵官委理记席";

    private static final String NOT_A_NAME_END = "县市省区镇村乡州山河江湖港岛路街所厂院校馆会部军队团营连社局站庄屯寨堡桥门楼台寺庙宫堂园场地洞岭峰湾坝渠";

    /**
     * Whether a word the segmenter took for a name (nr) or a term (nz) reads as a person's: two or three characters, a
     * common surname first, no word for a place or a body last, not a common word (回校, 海丰县 and 考进 are not).
     */
    static boolean readsAsAName(String name) {
        return name.length() >= 2 && name.length() <= 3 && ChineseSegmenter.COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0
                && NOT_A_NAME_END.indexOf(name.charAt(name.length() - 1)) < 0 && !ChineseSegmenter.isCommonWord(name);
    }

    /**
     * The title of a kind of work asked (博士论文题目是什么, 那篇演讲的标题), answered by a text that never speaks of a work
     * of that kind: 以《从盛泽到马兰》为题讲了一堂微党课 titles a talk, not the thesis asked about.
     */
    public static boolean workNotTold(String question, String text) {
        Matcher asked = WORK_TITLE_ASKED.matcher(question);
        if (!asked.find()) return false;
        String work = asked.group(1);
        if (text.contains(work)) return false;
        if (work.startsWith("诗")) return text.indexOf('诗') < 0;
        // (an article is told as 一文, 撰文, 社论 as often as 文章)
        if (work.equals("文章")) return !ARTICLES.matcher(text).find();
        if (SPEECHES.matcher(work).matches()) return !SPEECHES.matcher(text).find();
        return true;
    }

    private static final Pattern WORK_TITLE_ASKED = Pattern.compile("(论文|文章|诗歌|诗篇|诗|报告|演讲|讲话|著作|专著|党课|讲座)的?(?:题目|标题|题名)");
    private static final Pattern SPEECHES = Pattern.compile("报告|演讲|讲话|讲座");
    private static final Pattern ARTICLES = Pattern.compile("文|社论|评论|论");

    /** Whether every mention of a word in a text is inside quotation marks (the quoted name of an event). */
    static boolean onlyInsideQuotes(String text, String word) {
        boolean any = false;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            any = true;
            int open = text.lastIndexOf('“', at), close = text.lastIndexOf('”', at);
            if (open < 0 || close > open || text.indexOf('”', at + word.length()) < 0) return false;
        }
        return any;
    }

    /** Whether a word in a text is followed by a level of place (石埠村, 桂塘镇): the word names that place. */
    static boolean followedByPlaceLevel(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < text.length() && PLACE_LEVELS.indexOf(text.charAt(end)) >= 0) return true;
        }
        return false;
    }

    private static final String PLACE_LEVELS = "村镇乡县屯寨庄";

    /** Whether a sentence names a person (a name the segmenter knows for one) the question does not. */
    public static boolean namesAnotherPerson(String sentence, String question) {
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (w.nature().startsWith("nr") && readsAsAName(w.text()) && !question.contains(w.text()) && !namesAnInstitution(sentence, w)) return true;
        }
        return false;
    }

    /** A date or time word a sentence may open with before its subject (2009年，, 1938年10月, 同年). */
    private static final Pattern OPENING_DATE = Pattern.compile("(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|同年|当年|此后|后来|当时)[，,]?");

    /**
     * A text that has the question's words only inside questions it quotes (竞答中，“八女投江发生在哪条河畔”…等题目难度
     * 不一, for 八女投的是哪条江): it tells what was asked at a quiz, not the answer.
     */
    public static boolean onlyInQuotedQuestions(String question, String text) {
        if (text.indexOf('“') < 0) return false;
        Matcher m = QUOTED_QUESTION.matcher(text);
        if (!m.find()) return false;
        String rest = QUOTED_QUESTION.matcher(text).replaceAll("，");
        // read by pairs of characters: members shorten names (八女投 for 八女投江) the segmenter then reads in pieces
        boolean quoted = false;
        for (int i = 0; i + 1 < question.length(); i++) {
            if (!isHanChar(question.charAt(i)) || !isHanChar(question.charAt(i + 1))) continue;
            String pair = question.substring(i, i + 2);
            if (!text.contains(pair)) continue;
            if (rest.contains(pair)) return false;
            quoted = true;
        }
        return quoted;
    }

    private static final Pattern QUOTED_QUESTION = Pattern.compile("“[^“”]{0,40}(?:哪|什么|谁|几|多少|是否|吗|？|\\?)[^“”]{0,20}”");

    /**
     * Words someone said asked (说了句什么, 那句表态是怎么说的) and a text that quotes or reports no one saying anything:
     * the meeting where the words were said is not what was said.
     */
    public static boolean sayingNotTold(String question, String text) {
        return WORDS_ASKED.matcher(question).find() && !WORDS_TOLD.matcher(text).find();
    }

    private static final Pattern WORDS_ASKED = Pattern.compile("(?:说|讲)了?(?:一)?句(?:什么|啥)|(?:说|讲)了(?:些)?(?:什么|啥)|说的(?:是)?(?:什么|啥)"
            + "|怎么说的|原话|表态");
    private static final Pattern WORDS_TOLD = Pattern.compile("说|表示|道|称|讲|言|“|：|:|誓|喊|呼|指出|强调|提出|写|回答|答");

    /**
     * Who served in a role asked (当红色讲解员的青年党员是哪位) and a sentence that does not name the role: a member
     * quoted on another matter did not serve in it.
     */
    public static boolean roleNotTold(String question, String sentence) {
        Matcher m = ROLE_ASKED.matcher(question);
        if (!m.find()) return false;
        String role = m.group(1).replaceAll("[“”\"]", "");
        return role.length() >= 2 && !sentence.replaceAll("[“”\"]", "").contains(role);
    }

    private static final Pattern ROLE_ASKED = Pattern.compile("(?:当(?![选时年地天中场初晚即然])|担任|充当|作为)了?([\\p{IsHan}“”\"]{2,8}?)的[^，,。？?]{0,8}?(?:是谁|是哪位|是哪一位|叫什么|叫啥|是什么人)");

    /**
     * A post asked as held (哪年开始当资源二号总师, 什么时候出任校长) and a sentence that names it only as a deputy's
     * (出任有效载荷副总设计师): the deputy's post is another. A question asking the deputy's (当副主席) asks that.
     */
    public static boolean onlyAsDeputy(String question, String sentence) {
        if (sentence.indexOf('副') < 0 || question.contains("副")) return false;
        for (int i = 0; i < POSTS.size(); i++) {
            if (!POST_HELD_ASKED.get(i).matcher(question).find()) continue;
            Pattern[] told = POST_CHECKS.get(i);
            if (told[1].matcher(sentence).find()) return false;
            if (DEPUTY_POSTS.get(i).matcher(sentence).find()) return true;
        }
        return false;
    }

    /** Each post asked as one someone took or held (当, 任, 担任, 出任, 升任, 成为 … the post). */
    private static final List<Pattern> POST_HELD_ASKED = POSTS.stream()
            .map(family -> Pattern.compile("(?:当|(?<!主)任|担任|出任|升任|成为|做|干)(?:上|了|过)?[^，,。？?]{0,10}?(?<!副)(?:" + family + ")")).toList();
    /** Each post as a deputy holds it (副总设计师, 副主席). */
    private static final List<Pattern> DEPUTY_POSTS = POSTS.stream().map(family -> Pattern.compile("副(?:" + family + ")")).toList();

    /**
     * What post someone held asked (在鞍钢当过啥官, 担任过哪些职务) and a text that tells no post at all: a sentence
     * about the place or the person's fame (被视为鞍钢劳模精神最早的代表人物) does not say what they were.
     */
    public static boolean postKindNotTold(String question, String text) {
        return POST_KIND_ASKED.matcher(question).find() && !POST_KIND_TOLD.matcher(text).find();
    }

    private static final Pattern POST_KIND_ASKED = Pattern.compile("(?:当|做|干|担任|任|出任)(?:过|了|的)?(?:什么|啥|哪些|哪个|几个)(?:领导)?(?:官|职务|职位|官职|领导)"
            + "|(?:什么|啥|哪些)(?:领导)?(?:官职|职务|职位)");
    private static final Pattern POST_KIND_TOLD = Pattern.compile("任|当选|当上|担任|出任|升为|提拔|主席|书记|委员|主任|官|职|干部|领导|总师|总设计师|总指挥"
            + "|政委|司令|顾问|总监|总工|经理|秘书|[部局厂校院社会队组科处市县省军师团营连班站所馆行]长");

    /**
     * Posts asked as held at a place (在鞍钢曾担任过什么职务) and a sentence that names the place only as the one left
     * before them (调离鞍钢，担任全总副主席): the posts it tells were held elsewhere.
     */
    public static boolean postsOnlyAfterLeaving(String question, String sentence) {
        Matcher m = POSTS_AT_PLACE_ASKED.matcher(question);
        if (!m.find()) return false;
        String place = m.group(1);
        if (!sentence.contains(place)) return false;
        String rest = Pattern.compile("(?:调离|离开|调出|告别|辞别)" + Pattern.quote(place)).matcher(sentence).replaceAll("");
        return !rest.equals(sentence) && !rest.contains(place);
    }

    private static final Pattern POSTS_AT_PLACE_ASKED = Pattern.compile("在(\\p{IsHan}{2,6}?)(?:工作)?(?:期间|时|的时候)?(?:曾经?|还|都)?(?:担任|当|任|干)(?:过|了)?(?:什么|啥|哪些|哪个|几个)");

    /**
     * When someone took a post asked (哪年当的政协主席, 什么时候出任校长) and a sentence that names the post only as one
     * left (1988年卸任全国政协主席后): the year it tells is the end, not the start.
     */
    public static boolean postOnlyLeft(String question, String sentence) {
        Matcher q = POST_TAKEN_ASKED.matcher(question);
        if (!q.find()) return false;
        String post = q.group(1) != null ? q.group(1) : q.group(2);
        int at = sentence.indexOf(post);
        if (at < 0) return false;
        for (; at >= 0; at = sentence.indexOf(post, at + 1)) {
            if (!LEFT_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, at - 8), at)).find()) return false;
        }
        return true;
    }

    private static final String TAKING_POST = "(?:当|担任|出任|就任|接任|升任|当选)(?:为|了|的|上)?";
    private static final String WHEN_WORDS = "(?:哪一?年|什么时候|啥时候|何时|几几年|哪天)";
    private static final Pattern POST_TAKEN_ASKED = Pattern.compile(WHEN_WORDS + "(?:开始)?" + TAKING_POST + "(\\p{IsHan}{2,8}?)(?:的|了)?[?？]?$"
            + "|" + TAKING_POST + "(\\p{IsHan}{2,8}?)(?:是|在)?" + WHEN_WORDS);
    /** A post named right after leaving it (卸任全国政协主席, 辞去校长). */
    private static final Pattern LEFT_RIGHT_BEFORE = Pattern.compile("(?:卸任|离任|辞去|免去|卸下|退出|离开|不再担任)\\p{IsHan}{0,6}$");

    /**
     * When someone went to a place asked (啥时候去的美国, 哪年跟她妈去的天津) and a sentence that names the place only as
     * something else's (美国退还的庚子赔款, 天津电视台拍摄), or only as where someone was (在日本…溺水身亡): no one goes
     * there in it. The place counts as gone to when a word of going or settling (赴, 来到, 东渡, 考入, 把驻地设在) comes
     * before it in its clause.
     */
    public static boolean movedThereNotTold(String question, String sentence) {
        Matcher q = MOVED_THERE_ASKED.matcher(question);
        if (!q.find()) return false;
        String place = q.group(1);
        if (!isPlace(place)) return false;
        boolean named = false;
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1)) {
            named = true;
            int from = Math.max(0, at - 10);
            for (char stop : CLAUSE_STOPS) from = Math.max(from, sentence.lastIndexOf(stop, at) + 1);
            if (MOVING.matcher(sentence.substring(from, at)).find()) return false;
        }
        return named;
    }

    private static final char[] CLAUSE_STOPS = {'，', ',', '。', '；', ';', '：', ':'};
    private static final Pattern MOVED_THERE_ASKED = Pattern.compile("(?:哪一?年|什么时候|啥时候|何时|几几年|哪天|几月)[^，,。？?]{0,6}?"
            + "(?:去|到|来|赴|回|前往|来到|迁到|搬到|搬去)(?:的|了)?(\\p{IsHan}{2,4})[?？]?$");
    private static final Pattern MOVING = Pattern.compile("去|到|来|赴|抵|往|回|返|迁|搬|随|进|入|至|奔|渡|驻|取道|启程|乘|留学|定居|落户|移居|转战|调|出国|访问|考察");

    /**
     * A member of the Central Committee asked (什么时候当选为中共中央委员) and a sentence that tells only a seat on a body
     * within it or an alternate's (当选为中央政治局委员, 候补中央委员): those are other posts, held at other times.
     */
    public static boolean otherCentralSeatTold(String question, String sentence) {
        return question.contains("中央委员") && CC_MEMBER_ASKED.matcher(question).find() && !CC_MEMBER_TOLD.matcher(sentence).find()
                && CC_OTHER_SEAT.matcher(sentence).find();
    }

    private static final Pattern CC_MEMBER_ASKED = Pattern.compile("(?<!候补|政治局)中央委员(?!会)");
    private static final Pattern CC_MEMBER_TOLD = Pattern.compile("(?<!候补|政治局)中央委员(?!会)|中央执行委员|中央委员会委员|中委");
    private static final Pattern CC_OTHER_SEAT = Pattern.compile("政治局委员|政治局常委|常务委员|候补");

    /**
     * A count at one occasion asked (那次国际发明展拿了几个金奖) and a sentence that counts a whole career's (半个多世纪里
     * 共完成130多项…36项获国际发明展览会金奖): the total is not that occasion's.
     */
    public static boolean totalForOneOccasion(String question, String sentence) {
        return ONE_OCCASION_ASKED.matcher(question).find() && TOTAL_TOLD.matcher(sentence).find() && !ONE_OCCASION_TOLD.matcher(sentence).find();
    }

    private static final Pattern ONE_OCCASION_ASKED = Pattern.compile("(?:那|这|该|此)一?(?:次|回|届)(?:[^，,。？?共]){0,12}?(?:几|多少)");
    /** A count over years (半个多世纪里, 多年来, 累计), not a count of the day's people (共有45人参加). */
    private static final Pattern TOTAL_TOLD = Pattern.compile("累计|先后|多年来|年来|一生|生涯|世纪里|历年|至今|迄今");
    private static final Pattern ONE_OCCASION_TOLD = Pattern.compile("一举|一次|那次|这次|此次|本次|该次|当届|该届|本届|当年|那年|同年");

    /**
     * Where someone was moved to asked by its name (哪年调去公交总公司服务处) and a sentence that does not name the
     * office: it tells another move, or none.
     */
    public static boolean transferDestinationMissing(String question, String sentence) {
        String office = OFFICE_MOVED_TO.get(question, AnswerChecks::officeMovedTo);
        return !office.isEmpty() && !sentence.contains(office);
    }

    /** The head word of the office a question asks someone was moved to (服务处), or "" (remembered per question). */
    private static String officeMovedTo(String question) {
        Matcher q = TRANSFER_ASKED.matcher(question);
        if (!q.find() || ASKING_WORD.matcher(q.group(1)).find()) return "";
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(q.group(1));
        if (words.isEmpty()) return "";
        ChineseSegmenter.Word head = words.get(words.size() - 1);
        // (a place may be named short, or by a city in it: the place checks read it)
        return head.text().length() < 2 || head.nature().startsWith("ns") ? "" : head.text();
    }

    private static final Cache<String, String> OFFICE_MOVED_TO = bounded(10_000);

    private static final Pattern TRANSFER_ASKED = Pattern.compile("调(?:去|到|往|入|至)(?:了|的)?(\\p{IsHan}{2,12}?)(?:工作|任职)?(?:的|了)?[?？]?$");

    /**
     * A body asked by whom it gathers (那个妇女团体叫什么) and a sentence that tells a body of others (进步青年团体觉悟社)
     * and never those asked: it is another body.
     */
    public static boolean otherKindOfBody(String question, String sentence) {
        Matcher q = BODY_OF_ASKED.matcher(question);
        if (!q.find() || sentence.contains(q.group(1))) return false;
        Matcher other = BODY_OF.matcher(sentence);
        return other.find();
    }

    private static final String MEMBERS_OF_BODIES = "妇女|青年|学生|工人|农民|儿童|少年|妇孺|知识分子|文艺|学术|科学|宗教";
    private static final Pattern BODY_OF_ASKED = Pattern.compile("(" + MEMBERS_OF_BODIES + ")(?:的)?(?:团体|组织|社团)");
    private static final Pattern BODY_OF = Pattern.compile("(?:" + MEMBERS_OF_BODIES + ")(?:的)?(?:团体|组织|社团)");

    /**
     * Who held a post before someone asked (之前的政协主席是哪位, 他的前任是谁) and a text that tells no succession: a
     * sentence about the one named (1988年卸任全国政协主席后…) does not say who came before.
     */
    public static boolean successionNotTold(String question, String text) {
        return SUCCESSION_ASKED.matcher(question).find() && !SUCCESSION_TOLD.matcher(text).find();
    }

    private static final Pattern SUCCESSION_ASKED = Pattern.compile("(?:之前|以前|前面)的\\p{IsHan}{0,8}(?:是|为)(?:谁|哪位|哪一位)"
            + "|前任|上一任|前一任|继任|下一任|接班人|接任者");
    private static final Pattern SUCCESSION_TOLD = Pattern.compile("前任|上一任|前一任|下一任|继任|接任|接替|接班|接手|交棒|继\\p{IsHan}{1,4}之?后"
            + "|之前|此前|以前|先后|历任|第[一二三四五六七八九十\\d]+任");

    /**
     * Who gave an honour asked (三八红旗手是谁给评的, 哪个单位授予的) and a text that tells no one giving it: that someone
     * won it (她曾获得全国“三八”红旗手) does not say who awarded it.
     */
    public static boolean awarderNotTold(String question, String text) {
        return AWARDER_ASKED.matcher(question).find() && !AWARDER_TOLD.matcher(text).find();
    }

    private static final Pattern AWARDER_ASKED = Pattern.compile("(?:谁|哪个?(?:单位|部门|机构|组织))(?:给|来|为)?(?:[他她]们?)?(?:评|授|颁|表彰|认定|命名)(?:的|予|给|发)");
    private static final Pattern AWARDER_TOLD = Pattern.compile("授予|颁发|颁授|授给|追授|表彰|命名|评为|评选|评定|认定|评出|评选出"
            + "|由\\p{IsHan}{2,12}?(?:评|颁|授|表彰|命名)|(?:会|部|委|院|联|局|府|办|中央)(?:评|授|颁|表彰|命名)");

    /**
     * A season of a year asked (1925年夏天调到哪里) and a sentence that dates that year only by months of another season
     * (1925年3月转为中国共产党党员): it tells of something else that year.
     */
    public static boolean otherSeasonOfTheYear(String question, String sentence) {
        if (!hasDigit(question)) return false;
        Matcher q = YEAR_SEASON_ASKED.matcher(question);
        if (!q.find()) return false;
        String year = q.group(1) + "年";
        int season = "春夏秋冬".indexOf(q.group(2));
        boolean other = false;
        for (int at = sentence.indexOf(year); at >= 0; at = sentence.indexOf(year, at + 1)) {
            Matcher month = MONTH_NAMED.matcher(sentence).region(at + year.length(), sentence.length());
            // (the year bare, or with its season, may be the time asked)
            if (!month.lookingAt() || inSeason(number(month.group(1)), season)) return false;
            other = true;
        }
        return other;
    }

    private static final Pattern YEAR_SEASON_ASKED = Pattern.compile("(?<!\\d)(1[6-9]\\d{2}|20\\d{2})年的?(春|夏|秋|冬)");
    private static final Pattern MONTH_NAMED = Pattern.compile("(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月");

    /** Whether a month may be of a season, loosely (a late spring runs into May, a summer into September). */
    private static boolean inSeason(int month, int season) {
        return switch (season) {
            case 0 -> month <= 5;
            case 1 -> month >= 5 && month <= 9;
            case 2 -> month >= 8 && month <= 11;
            default -> month >= 11 || month <= 2;
        };
    }

    /**
     * A school the question names (从浙江大学毕业) and a sentence that names another school and not it (1962年从湖州中学
     * 毕业): it tells of the other. A university is also named short (浙大, 清华).
     */
    public static boolean anotherSchoolTold(String question, String sentence) {
        Matcher q = SCHOOL_NAMED_ASKED.matcher(question);
        if (!q.find() || ASKING_WORD.matcher(q.group(1)).find()) return false;
        String own = q.group(1), kind = q.group(2);
        // an act at the school asked (从浙江大学毕业): the clause telling that act names the school it was done at
        // (1962年从湖州中学毕业 tells another's, though the next clause names the university: 被浙江大学录取)
        Matcher act = SCHOOL_ACT.matcher(question).region(q.end(), question.length());
        if (act.lookingAt()) {
            boolean another = false;
            for (int at = sentence.indexOf(act.group(1)); at >= 0; at = sentence.indexOf(act.group(1), at + 1)) {
                int from = Math.max(sentence.lastIndexOf('，', at), Math.max(sentence.lastIndexOf('。', at), sentence.lastIndexOf(',', at))) + 1;
                String clause = sentence.substring(from, at);
                if (namesSchool(clause, own, kind)) return false;
                if (SCHOOL_NAMED.matcher(clause).find()) another = true;
            }
            return another;
        }
        if (namesSchool(sentence, own, kind)) return false;
        for (Matcher other = SCHOOL_NAMED.matcher(sentence); other.find(); ) if (!other.group().endsWith(own + kind)) return true;
        return false;
    }

    /** Whether a text names a school: whole, a university short (浙大), or by its own part unless that is a place. */
    private static boolean namesSchool(String text, String own, String kind) {
        if (text.contains(own + kind)) return true;
        if (kind.equals("大学") && text.contains(own.charAt(0) + "大")) return true;
        // (浙江 alone names the province of 浙江省湖州中学)
        return text.contains(own) && !isPlace(own);
    }

    /** What a question asks was done at a school it names (毕业, 入学, 就读). */
    private static final Pattern SCHOOL_ACT = Pattern.compile("(毕业|入学|就读|读书|肄业|录取)");

    private static final Pattern SCHOOL_NAMED_ASKED = Pattern.compile("(?:从|在|于|进|入|考入|考进|考上|到|上|读|去)(\\p{IsHan}{2,4}?)(大学|学院|中学|小学)");
    /** A school named by its own words (湖州中学, 北京航空学院), not the kind alone (进入大学, 读完初中). */
    private static final Pattern SCHOOL_NAMED = Pattern.compile("[\\p{IsHan}&&[^的在到进入考上读了完过该本这那所个各全回和与及、]]{2}(?:大学|学院|中学|小学)");
    /** What a school's own name has not: asking words, or words around it (读博的普渡大学 names 普渡). */
    private static final Pattern ASKING_WORD = Pattern.compile("哪|什么|啥|几|所|个|的|了|过|是|和|与");

    private static boolean isPlace(String word) {
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(word);
        return words.size() == 1 && words.get(0).nature().startsWith("ns");
    }

    /**
     * The school someone attended asked (中学上的哪个学校, 在哪所大学读书) and a text that tells no one studying: a school
     * they headed or taught at (杨浦高级中学名誉校长) is not one they went to.
     */
    public static boolean attendedSchoolNotTold(String question, String text) {
        return ATTENDED_SCHOOL_ASKED.matcher(question).find() && !STUDY_TOLD.matcher(text).find();
    }

    private static final Pattern ATTENDED_SCHOOL_ASKED = Pattern.compile("(?:上|读|念|就读|上学|读书|念书)(?:的|过|了)?(?:是)?(?:哪|什么|啥)(?:一?[个所])?(?:学校|中学|小学|大学|学堂|私塾)"
            + "|(?:哪|什么|啥)(?:一?[个所])?(?:学校|中学|小学|大学|学堂|私塾)(?:上|读|念|就读|毕业|求学|学习)");
    private static final Pattern STUDY_TOLD = Pattern.compile("读|考入|考取|考进|考上|毕业|入学|升入|进入|转入|保送|求学|上学|念书|念过|上过|肄业|学习|学生|校友|入校|同学|学业|课程"
            + "|留学|师从|攻读|深造|进修|学位|研究生|博士|硕士|插班|转学");

    /**
     * A prize or place asked (一等奖是哪个队拿的, 哪个队得了第一) and a text that tells no prize or place won: the day's lead
     * (举办…知识竞答) names the contest, not who won it.
     */
    public static boolean prizeNotTold(String question, String text) {
        return PRIZE_ASKED.matcher(question).find() && !PRIZE_TOLD.matcher(text).find();
    }

    private static final Pattern PRIZE_ASKED = Pattern.compile("[一二三特]等奖|冠军|亚军|季军|优秀奖|(?:得|拿|获|夺|取)[了得]?第[一二三](?![次个批届期轮位])");
    private static final Pattern PRIZE_TOLD = Pattern.compile("等奖|冠军|亚军|季军|夺冠|优秀奖|获奖|第[一二三四五六七八九十]名|名列|排名|满分|之星|前[三五十]"
            // (or as a side winning the final: “赣水组”以92分对85分胜出)
            + "|胜出|获胜|取胜|夺魁|折桂|拔得头筹");

    /**
     * A name the question quotes (被评为“竞答之星”的是谁, “周汇朝学”是每周哪天) that neither the text nor the title it is read
     * under has: it tells of something else (the day's lead, for a title a page's other sentences won, or a plan
     * made for the same branch).
     */
    public static boolean quotedNotTold(String question, String text, String title) {
        Matcher m = QUESTION_QUOTE.matcher(question);
        while (m.find()) {
            String quoted = m.group(1);
            if (!text.contains(quoted) && (title == null || !title.contains(quoted))) return true;
        }
        return false;
    }

    private static final Pattern QUESTION_QUOTE = Pattern.compile("“([^“”]{2,12})”");

    /**
     * A branch's secretary asked (党支部的书记是哪位) and a sentence whose every secretary is another body's (县水利局党组
     * 书记范建国 came to guide the branch): the branch's own secretary is not named.
     */
    public static boolean anotherBodysSecretary(String question, String sentence) {
        if (!BRANCH_SECRETARY_ASKED.matcher(question).find() || !sentence.contains("书记")) return false;
        Matcher m = SECRETARY_OF.matcher(sentence);
        while (m.find()) if (m.group(1) == null) return false;
        return true;
    }

    private static final Pattern BRANCH_SECRETARY_ASKED = Pattern.compile("支部[^，,。？?]{0,4}书记");
    /** A secretary, and the body it is of when that is another than a branch (党组, 县委, 党委, 总支, 纪委). */
    private static final Pattern SECRETARY_OF = Pattern.compile("(党组|[县市省区镇乡]?委|总支|工委)?书记");

    /**
     * Someone's teacher of a subject asked (在省立一师读书时的国文老师是谁) and a sentence that never names the subject: it
     * may name the pupil and the school, but not who taught them.
     */
    public static boolean subjectTeacherNotTold(String question, String sentence) {
        Matcher m = SUBJECT_TEACHER_ASKED.matcher(question);
        return m.find() && !sentence.contains(m.group(1));
    }

    /**
     * Which charge someone has asked (副校长在学校分管哪方面的工作) and a sentence that tells no charge of anyone: it
     * names the post and what was said, not what the post covers.
     */
    public static boolean chargeNotTold(String question, String sentence) {
        return WHICH_CHARGE_ASKED.matcher(question).find() && !CHARGE_TOLD.matcher(sentence).find();
    }

    private static final Pattern WHICH_CHARGE_ASKED = Pattern.compile("(?:分管|主管|负责|主抓|管)(?:的是)?(?:哪|什么|啥)(?:个|些|一块|块|项|方面)?的?(?:工作|业务|领域|事)");
    private static final Pattern CHARGE_TOLD = Pattern.compile("分管|主管|负责|主抓|管理|主持|担任|兼任|出任|部长|主任");

    /**
     * A who or how-many question about the present (现在…的队长是谁, 现在一年产多少) answered by a sentence dated only
     * before 2000 that says nothing of now (1956年…担任钻井队队长, 1976年原油年产量): then, not now.
     */
    public static boolean onlyThenForNow(String question, String sentence) {
        if (!PRESENT_ASKED.matcher(question).find()) return false;
        QuestionKind kind = QuestionKind.of(question);
        if (kind != QuestionKind.WHO && kind != QuestionKind.COUNT) return false;
        if (PRESENT_TOLD.matcher(sentence).find()) return false;
        Matcher year = YEAR.matcher(sentence);
        boolean dated = false;
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) >= 2000) return false;
            dated = true;
        }
        return dated;
    }

    private static final Pattern PRESENT_ASKED = Pattern.compile("现在|如今|目前|现任|眼下|当前");
    private static final Pattern PRESENT_TOLD = Pattern.compile("现在|如今|目前|现任|眼下|当前|至今|今天|今年|仍|依然|一直"
            // (现保存水稻种质资源4600余份: what is kept now)
            + "|现(?:有|存|藏|保存|收藏|为|已|居|住|设|辖)");

    /**
     * Which pupil or teacher asked (演陈铁军的是哪个同学, 哪位老师讲解的) and a sentence naming none as one: 同学们 is the
     * class, and a name beside it (周文雍 of the play's story) is not the pupil asked.
     */
    public static boolean schoolRoleNotTold(String question, String sentence) {
        Matcher m = SCHOOL_ROLE_ASKED.matcher(question);
        if (!m.find()) return false;
        Pattern told = m.group(1).equals("同学") || m.group(1).equals("学生") ? PUPIL_TOLD : TEACHER_TOLD;
        return !told.matcher(sentence).find();
    }

    private static final Pattern SCHOOL_ROLE_ASKED = Pattern.compile("(?:哪个|哪一个|哪位|哪一位|哪名|哪一名)(同学|学生|老师|教师)");
    /** A pupil or a teacher told as one, or by their class or school (武汉大学的查全性 for 哪位老师). */
    private static final Pattern PUPIL_TOLD = Pattern.compile("(?:同学|学生)(?!们)|学子|班");
    private static final Pattern TEACHER_TOLD = Pattern.compile("(?:老师|教师|教员|班主任|教授|讲师)(?!们)|大学|学院|学校|学堂|[中小]学");

    private static final Pattern SUBJECT_TEACHER_ASKED = Pattern.compile("(国文|语文|数学|算学|英语|英文|外语|俄语|日语|历史|物理|化学|音乐|美术|图画|体育|地理|生物|政治|哲学)"
            + "(?:课的?)?(?:老师|教师|教员|先生)" + WHO_RIGHT_AFTER);

    private static final Pattern CHARGE_ASKED = Pattern.compile("(?:负责|主管|分管|主抓)(?![人的])([\\p{IsHan}]{2,4}?)(?:工作)?的?(?:人|同志|领导)?(?:是|为)?(?:谁|哪位|哪一位)");

    private static final Cache<String, List<Pattern>> POSTS_ASKED =
            bounded(10_000);

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /**
     * True when the sentence does not speak of a detail the question asks ({@link #DETAILS}), or does not give the
     * name asked: no title, quotes or word of naming, no word ending like the thing named that the question does not
     * already have (士兵委员会 for …的委员会叫啥名), and, where a person is asked for, no person's name the question
     * does not already have.
     */
    public static boolean detailMissing(Phase asked, String sentence) {
        String told = ownQuotesUnquoted(sentence, asked.question());
        for (String own : asked.ownWords()) told = told.replace(own, "，");
        // a post held without naming it (担任过职务, 任领导职务) tells none
        told = UNNAMED_POST.matcher(told).replaceAll("，");
        for (Pattern detail : asked.details()) if (!detail.matcher(told).find()) return true;
        return asked.nameOf() != null && !nameGiven(sentence, asked.question(), asked.nameOf());
    }

    private static final Pattern UNNAMED_POST = Pattern.compile(
            "(?:担任|出任|兼任|任)(?:过|了)?(?:重要|领导|各种|多种|一些|许多|多个|有关|相关|一定的?)?(?:职务|职位)");

    /**
     * The sentence with the quotation marks taken off whatever it quotes of the question's own words: “中国航天日”
     * names no theme of 今年中国航天日的主题是什么, it only names the day the question asks about.
     */
    private static String ownQuotesUnquoted(String sentence, String question) {
        if (sentence.indexOf('“') < 0 && sentence.indexOf('"') < 0 && sentence.indexOf('「') < 0) return sentence;
        Matcher q = OWN_QUOTE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String inner = q.group(1);
            q.appendReplacement(out, Matcher.quoteReplacement(question.contains(inner) ? inner : q.group()));
        }
        return q.appendTail(out).toString();
    }

    private static final Pattern OWN_QUOTE = Pattern.compile("[“\"「]([^”\"」]{1,20})[”\"」]");

    /**
     * A who-question asking who did something (七一勋章是谁设计的, 由谁提出的) answered by a text that does not tell that
     * act: who received the medal does not say who designed it. Only an act of two characters or more the segmenter
     * reads as a verb (写 or 演 alone are read by other checks, and said in many ways).
     */
    public static boolean actNotTold(String question, String text) {
        String act = ACT_ASKED.get(question, AnswerChecks::actAsked);
        if (act.isEmpty() || text.contains(act)) return false;
        for (String alt : ACT_ALTERNATIVES.getOrDefault(act, List.of())) if (text.contains(alt)) return false;
        return true;
    }

    /** The same act in the words a text may tell it in (领头 as 为首 or 牵头, 讲解 as 讲述). */
    private static final List<String> LEADING = List.of("为首", "领导", "带领", "率领", "牵头", "主持", "领衔", "带头", "领头");
    private static final Map<String, List<String>> ACT_ALTERNATIVES = Map.ofEntries(
            Map.entry("领头", LEADING), Map.entry("带头", LEADING), Map.entry("牵头", LEADING), Map.entry("领导", LEADING),
            Map.entry("带领", LEADING), Map.entry("率领", LEADING),
            Map.entry("讲解", List.of("讲述", "解说", "介绍", "讲")),
            // (主讲 a lecture is told as giving it: 为大家讲了一堂专题党课)
            Map.entry("主讲", List.of("讲", "授课", "宣讲", "作报告", "做报告")), Map.entry("讲授", List.of("讲", "授课")),
            // (护送宋庆龄 is told as 掩护宋庆龄脱险)
            Map.entry("护送", List.of("掩护", "保护", "护卫", "陪同")),
            // (written together: 合著 for 跟谁合写的)
            Map.entry("合写", List.of("合著", "合作", "合编", "共同", "一起", "联合")));

    /** The act a who-question asks the doer of (是谁设计的 → 设计), or "" (remembered per question). */
    private static String actAsked(String question) {
        Matcher m = WHO_DID.matcher(question);
        // or the act first (给学生讲解的是谁)
        if (!m.find() && !(m = DONE_BY_WHOM.matcher(question)).find()) return "";
        String act = m.group(1);
        return ChineseSegmenter.forQuery(act).stream().anyMatch(w -> w.text().equals(act) && w.nature().startsWith("v")) ? act : "";
    }

    private static final Cache<String, String> ACT_ASKED =
            bounded(10_000);

    private static final Pattern DONE_BY_WHOM = Pattern.compile("(\\p{IsHan}{2})的(?:人)?(?:是|为)(?:谁|哪位|哪一位)[?？]?$");
    private static final Pattern WHO_DID = Pattern.compile("(?:是谁|由谁|谁)(?:来|亲自|最早|最先|首先|第一个)?(\\p{IsHan}{2})(?:的|了|出来的)?[?？]?$");

    /**
     * A question asking what was done (送了什么东西, 重温了什么) answered by a text that does not tell that act: who came
     * to the event does not say what was given there. The act is the verb right before 了 or 过 and the question word;
     * verbs that say little of themselves (是, 有, 做, 当, 得…) are left to other checks.
     */
    public static boolean deedNotTold(String question, String text) {
        String act = DEED_ASKED.get(question, AnswerChecks::deedAsked);
        if (act.isEmpty()) return false;
        if (text.contains(act)) return false;
        for (String alt : DEED_ALTERNATIVES.getOrDefault(act, List.of())) if (text.contains(alt)) return false;
        return true;
    }

    /** The act a what-was-done question asks (送了什么东西 → 送), or "" (remembered per question: every candidate asks). */
    private static String deedAsked(String question) {
        Matcher m = WHAT_DONE.matcher(question);
        if (!m.find()) return "";
        String before = m.group(1);
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(before);
        if (words.isEmpty()) return "";
        ChineseSegmenter.Word last = words.get(words.size() - 1);
        if (last.offset() + last.text().length() != before.length() || !last.nature().startsWith("v")) return "";
        String verb = last.text();
        boolean thin = verb.length() == 1 ? THIN_VERBS.indexOf(verb.charAt(0)) >= 0 : THIN_VERB_WORDS.contains(verb);
        return thin ? "" : verb;
    }

    private static final Pattern WHAT_DONE = Pattern.compile("(\\p{IsHan}{1,8})(?:了|过)(?:一些|些|一个|一份|一件|哪些)?(?:什么|啥)(?:东西|礼物|物品)?[?？]?$");
    private static final String THIN_VERBS = "是有做干搞得当叫说讲用办成为去来给学看要想获拿出起开写发作";
    private static final Set<String> THIN_VERB_WORDS = Set.of("获得", "取得", "经历", "遇到", "进行", "开展", "提出", "发生", "发表", "留下", "作出", "做出");
    /** The same act in the words a text may tell it in (送 as 赠送, 赠予, 发放). */
    private static final java.util.Map<String, List<String>> DEED_ALTERNATIVES = java.util.Map.of(
            "送", List.of("赠", "发放", "献"), "赠送", List.of("送", "赠", "发放"), "吃", List.of("食"), "带", List.of("携"),
            "耽误", List.of("延误", "耽搁", "贻误"), "延误", List.of("耽误", "耽搁", "贻误"),
            // (a name changed: 名称也改为中国共产主义青年团 for 把团的名字改成了什么)
            "改成", List.of("改为", "改称", "更名", "改名", "易名"), "改为", List.of("改成", "改称", "更名", "改名", "易名"));

    private static final Cache<String, String> DEED_ASKED =
            bounded(10_000);

    /**
     * A task put to the bot rather than a question of fact (教我下象棋, 帮我写一首关于春天的诗, 推荐几本好看的小说, 给我讲个
     * 笑话): no entry of a knowledge base answers it, however many of its words a row shares (a quiz row about a
     * chess piece found in a tomb). Telling about something (给我讲讲遵义会议, 介绍一下古田会议) is a question.
     */
    public static boolean taskRequest(String question) {
        return TASK.matcher(question).lookingAt();
    }

    private static final Pattern TASK = Pattern.compile("(?:[你您]?(?:好|在吗)?[，,\\s]*)?(?:请|麻烦)?[你您]?(?:能不能|能|可以)?(?:帮我|给我|替我|为我|跟我|和我)?"
            + "(?:写|作|编|创作|起草|翻译|计算|画|唱)(?:一|个|首|篇|段|份|几|些)(?!.*(?:谁|哪|什么|啥|多少|吗|[?？]))"
            + "|(?:[你您]?(?:好|在吗)?[，,\\s]*)?(?:请|麻烦)?[你您]?(?:能不能|能|可以)?(?:推荐|教我|陪我|给我讲个|讲个|说个|来个|来首|来一首|聊聊天|聊天)");

    /**
     * A question asking how something came about (廖俊波是怎么殉职的, 危急关头他是怎么做的) answered by a sentence that adds
     * nothing to what the question says but a number, a date or an age (廖俊波殉职时年仅48岁): it tells no manner.
     */
    public static boolean mannerNotTold(String question, String sentence) {
        if (!MANNER_ASKED.matcher(question).find()) return false;
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(sentence)) {
            String n = w.nature();
            if (n.isEmpty() || NOT_A_MANNER.matcher(n).lookingAt() || question.contains(w.text()) || AGE_WORDS.matcher(w.text()).matches()) continue;
            return false;
        }
        return true;
    }

    private static final Pattern MANNER_ASKED = Pattern.compile("(?:怎么|怎样|如何)(?![样么办说称叫看评])\\p{IsHan}{1,4}?的[?？]?$");
    /** Parts of speech that tell no manner: numbers and measures, times, punctuation, particles, pronouns, prepositions. */
    private static final Pattern NOT_A_MANNER = Pattern.compile("m|q|t|w|p|u|d|c|r|f|b|y|e|o");
    private static final Pattern AGE_WORDS = Pattern.compile("时年|享年|终年|年仅|年方|时|岁|仅|才|只有");

    /**
     * A question about what happened on the day or at the time of an event (欧阳海牺牲那天部队在干什么) answered by a
     * sentence that speaks of the event only as what came after it (欧阳海牺牲后，部队领导机关追认他…).
     */
    public static boolean onlyAfterTheTimeAsked(String question, String sentence) {
        Matcher during = DURING_ASKED.matcher(question);
        while (during.find()) {
            String event = during.group(1);
            if (!sentence.contains(event)) continue;
            boolean onlyAfter = true;
            for (int at = sentence.indexOf(event); at >= 0; at = sentence.indexOf(event, at + 1)) {
                if (!AFTER_IT.matcher(sentence).region(at + event.length(), sentence.length()).lookingAt()) onlyAfter = false;
            }
            if (onlyAfter) return true;
        }
        return false;
    }

    /** What came after an event, asked (八七会议之后…担任什么职务): the run of characters before 之后 or 以后. */
    private static final Pattern AFTER_EVENT_ASKED = Pattern.compile("(\\p{IsHan}{2,12}?)(?:之后|以后)");

    /**
     * A detail asked of the time after an event (八七会议之后蔡和森担任什么职务) answered by a sentence that tells it
     * only before that event (当选中央政治局委员…参加了…八七会议): what someone was before, not after. The event is the
     * longest end of the words before 之后 the sentence has (蔡和森在八七会议 → 八七会议).
     */
    public static boolean onlyBeforeTheEventAsked(Phase asked, String sentence) {
        if (asked.details().isEmpty()) return false;
        Matcher after = AFTER_EVENT_ASKED.matcher(asked.question());
        if (!after.find()) return false;
        String run = after.group(1), event = null;
        for (int from = 0; from + 2 <= run.length() && event == null; from++) {
            if (sentence.contains(run.substring(from))) event = run.substring(from);
        }
        if (event == null || event.length() < 3) return false;
        int last = sentence.lastIndexOf(event) + event.length();
        String before = sentence.substring(0, sentence.indexOf(event)), rest = sentence.substring(last);
        for (Pattern detail : asked.details()) {
            if (detail.matcher(rest).find()) return false;
        }
        return asked.details().stream().allMatch(d -> d.matcher(before).find());
    }

    /**
     * When something was done asked (罗亦农是哪天被捕的) and a sentence that tells that act only as what a span is
     * reckoned from (…就义，距他被捕只有短短六天): its date is of another event.
     */
    public static boolean actOnlyReckonedFrom(String question, String sentence) {
        if (sentence.indexOf('距') < 0) return false;
        boolean reckoned = false;
        for (String act : ACTS_ASKED.get(question, AnswerChecks::actsAsked)) {
            for (int at = sentence.indexOf(act); at >= 0; at = sentence.indexOf(act, at + 1)) {
                if (!RECKONED_FROM.matcher(sentence.substring(Math.max(0, at - 5), at)).find()) return false;
                reckoned = true;
            }
        }
        return reckoned;
    }

    /** The verbs of two characters or more a question asks of (被捕, 回国), remembered per question. */
    private static List<String> actsAsked(String question) {
        return ChineseSegmenter.forQuery(question).stream()
                .filter(w -> w.text().length() >= 2 && w.nature().startsWith("v") && !w.nature().equals("vshi") && !w.nature().equals("vyou"))
                .map(ChineseSegmenter.Word::text).distinct().toList();
    }

    private static final Cache<String, List<String>> ACTS_ASKED = bounded(10_000);
    /** A span reckoned from an act (距他被捕, 距离红军到达): 距 and at most a name before the act, in one clause. */
    private static final Pattern RECKONED_FROM = Pattern.compile("距(?:离)?[^，。；,;！？!?]{0,4}$");

    /**
     * An honour asked by its quoted name (被授予“改革先锋”称号) and a sentence that tells an honour without that name
     * (被授予“人民工匠”国家荣誉称号): it tells of another honour.
     */
    public static boolean honourNotTold(String question, String sentence) {
        Matcher asked = HONOUR_ASKED.matcher(question);
        if (!asked.find() || !HONOUR_TOLD.matcher(sentence).find()) return false;
        String plain = sentence.replaceAll("[“”\"]", "");
        do {
            if (plain.contains(asked.group(1))) return false;
        } while (asked.find());
        return true;
    }

    private static final Pattern HONOUR_ASKED = Pattern.compile("“([^“”]{2,12})”(?:国家)?(?:荣誉)?(?:称号|奖章|勋章)");
    private static final Pattern HONOUR_TOLD = Pattern.compile("称号|奖章|勋章");

    /**
     * When something was done asked (那次主题党日是哪天搞的), answered by a sentence whose every date is of what is yet to
     * be done (5月12日国际护士节前后，支部还将组织…义诊): a plan tells no day past.
     */
    public static boolean datedOnlyAsPlanned(String question, String sentence) {
        if (!DONE_ASKED.matcher(question).find()) return false;
        boolean dated = false;
        for (String part : CLAUSE_END.split(sentence)) {
            if (!A_DATE.matcher(part).find()) continue;
            if (!PLANNED.matcher(part).find()) return false;
            dated = true;
        }
        return dated;
    }

    /**
     * Where something was held asked (主题党日活动在哪里举行), answered by a sentence that only tells plans (下一步…计划…
     * 赴安徽凤阳小岗村参观学习): a plan tells no place the day was held at.
     */
    public static boolean placedOnlyAsPlanned(String question, String sentence) {
        if (!HELD_WHERE_ASKED.matcher(question).find()) return false;
        for (String part : CLAUSE_END.split(sentence)) {
            if (!part.isBlank() && !PLANNED.matcher(part).find()) return false;
        }
        return true;
    }

    private static final Pattern HELD_WHERE_ASKED = Pattern.compile("(?:在|于)(?:哪里|哪儿|哪|什么地方|啥地方|何处|何地)(?:举行|举办|召开|开展|进行|搞)");

    /** A question asking about something done: it closes with 的 (是哪天搞的, 什么时候举行的？). */
    private static final Pattern DONE_ASKED = Pattern.compile("的(?:呀|啊|呢|吗)?[\\p{P}\\s]*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[；;。！？!?]");
    private static final Pattern A_DATE = Pattern.compile("\\d+[年月日号]|[一二三四五六七八九十]{1,3}月");
    /**
     * Words of a plan (还将, 将于, 打算): what the date is for is yet to come. Not 计划 or 准备, which name things too
     * (计划收购), nor 即将, which describes as often (阐明了即将诞生的新中国的国家性质).
     */
    private static final Pattern PLANNED = Pattern.compile("还将|将于|打算|拟于|届时|下一步|接下来");

    private static final Pattern DURING_ASKED = Pattern.compile("(\\p{IsHan}{2})(?:的)?(?:那天|当天|那一天|那时|当时|那会儿?|的时候)");
    private static final Pattern AFTER_IT = Pattern.compile("之?后|以后");

    /**
     * The words of a question, outside the part asking a detail, that hold a way of telling it: the answer repeating
     * them tells nothing of the detail (钱塘江 is no money for 建钱塘江大桥花了多少钱, 殉职 no post for 殉职前兼着什么职务).
     */
    private static List<String> wordsSpeakingOf(String question, Pattern asking, Pattern told) {
        List<String> own = new java.util.ArrayList<>();
        List<java.util.regex.MatchResult> asks = asking.matcher(question).results().toList();
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(question)) {
            int from = w.offset(), to = from + w.text().length();
            if (w.text().length() < 2 || !w.text().chars().allMatch(c -> isHan((char) c))) continue;
            if (asks.stream().anyMatch(a -> from < a.end() && to > a.start())) continue;
            // a word that is itself a way of telling it (化名 for 本名叫什么) is the detail, said again
            Matcher part = told.matcher(w.text());
            if (part.find() && part.end() - part.start() < w.text().length()) own.add(w.text());
        }
        // and a long way of telling it the question itself names, across the segmenter's words (嫦娥一号 for 什么型号
        // of its rocket: the craft, not the rocket's model)
        for (java.util.regex.MatchResult r : told.matcher(question).results().toList()) {
            if (r.end() - r.start() >= 3 && asks.stream().noneMatch(a -> r.start() < a.end() && r.end() > a.start())) own.add(r.group());
        }
        return own;
    }


    /**
     * A title, quotes or word of naming in the sentence; near the thing, when the sentence speaks of it (第三个历史决议
     * is not named by the “两个确立” a clause before it).
     */
    private static boolean namedNear(String sentence, String thing) {
        Matcher naming = NAMING.matcher(sentence);
        // the name of a kind of work or place (片名, 书名, 村名) is given only where one of that kind is spoken of: a
        // quoted slogan is no film's title
        // (a work's title in book-title marks is one: 写成《饿乡纪程》 for 书名)
        if (thing.length() == 2 && thing.charAt(1) == '名' && NAMED_KINDS.indexOf(thing.charAt(0)) >= 0
                && sentence.indexOf(thing.charAt(0)) < 0 && !(WORK_KINDS.indexOf(thing.charAt(0)) >= 0 && sentence.contains("《"))) return false;
        // a written work is named by its title (《…》), not by a quoted name of something else (黄大年的博士论文题目 is not
        // “中英友好奖学金项目”)
        // (wherever the answer names it: 竺可桢发表了《…》。…这篇论文… for 那篇论文题目是啥)
        if (!thing.isEmpty() && WORK.matcher(thing).find() && (sentence.contains("《") || !sentence.contains(thing))) return sentence.contains("《");
        if (thing.isEmpty() || !sentence.contains(thing)) return naming.find();
        while (naming.find()) {
            // (named after someone, 以他命名的公园, says whose name it bears, not what it is called)
            if (naming.group().equals("命名") && sentence.startsWith("的", naming.end())) continue;
            int end = closing(sentence, naming.start(), naming.end()); // a title or quote ends where it closes
            for (int at = sentence.indexOf(thing); at >= 0; at = sentence.indexOf(thing, at + 1)) {
                int gap = naming.start() >= at ? naming.start() - (at + thing.length()) : at - end;
                if (gap <= NAMED_NEAR) return true;
            }
        }
        return false;
    }

    private static final Pattern WORK = Pattern.compile("论文|文章|著作|作品|专著|小说|剧本|诗集|文集|讲话|报告");

    /** Kinds whose name is asked as one word: 片名, 书名, 剧名, 歌名, 曲名, 诗名, 刊名, 校名, 村名, 厂名, 店名, 队名, 舰名, 船名. */
    private static final String NAMED_KINDS = "片书剧歌曲诗刊校村厂店队舰船";
    /** Characters that end the words before a name rather than belong to it (领导了|渭华, 参加的|南昌起义). */
    private static final String NAME_STOP = "了的是在和与及同把被将从对为给于到";

    /** Those of {@link #NAMED_KINDS} that are written or performed works, named by a title. */
    private static final String WORK_KINDS = "片书剧歌曲诗刊";

    /** Whether the segmenter reads a word of the sentence as beginning at a position. */
    private static boolean wordStartsAt(String sentence, int at) {
        for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(sentence)) {
            if (w.offset() == at) return true;
            if (w.offset() > at) return false;
        }
        return false;
    }

    /**
     * How many characters the question has right before the thing that the sentence has too (落 of 落叶松, 委 of 委员会):
     * past those, the sentence's own words before the thing begin.
     */
    private static int sharedEnding(String askedBefore, String sentenceBefore) {
        int n = 0;
        while (n < askedBefore.length() && n < sentenceBefore.length()
                && askedBefore.charAt(askedBefore.length() - 1 - n) == sentenceBefore.charAt(sentenceBefore.length() - 1 - n)) n++;
        return n;
    }

    /** Where a title or quote opened at {@code start} closes (after its closing mark); {@code end} for anything else. */
    private static int closing(String sentence, int start, int end) {
        int close = switch (sentence.charAt(start)) {
            case '《' -> sentence.indexOf('》', end);
            case '“' -> sentence.indexOf('”', end);
            case '「' -> sentence.indexOf('」', end);
            case '『' -> sentence.indexOf('』', end);
            case '"' -> sentence.indexOf('"', end);
            default -> -1;
        };
        return close < 0 ? end : close + 1;
    }

    /** A mark ending a clause: a name beyond it is not of the role before it (学习时传祥的事迹，和环卫工人一起…). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；！？,;!?：:]");

    /** How many characters may stand between a thing and the word or mark that names it (这棵泡桐被人们称为“焦桐”). */
    private static final int NAMED_NEAR = 12;

    private static final Pattern SAYING_GIVEN = Pattern.compile("[“「\"]|称为|称作|叫做|叫作|誉为|号称|人称|俗称|说法|之称|美称");

    private static boolean nameGiven(String sentence, String question, String thing) {
        Matcher full = FULL_NAME_ASKED.matcher(question);
        if (full.find()) {
            String before = NAME_LEAD_OUT.matcher(question.substring(0, full.start())).replaceAll("");
            return fullNameGiven(sentence, thing, before.substring(Math.max(0, before.length() - SHORT_NAME)));
        }
        // what people said of something (当时有个什么说法) is quoted or said to be so called, not a newspaper's title
        if (question.contains("说法")) return SAYING_GIVEN.matcher(sentence).find();
        // a place asked for by what it is (纪念时传祥的地方叫啥) is named as a place, not by an honour in quotes
        if (PLACE_THING.matcher(thing).matches()) return holdsKind(QuestionKind.WHERE, sentence, question) == Holds.YES;
        // a mountain, river or bridge is named by a word ending in it (罗盛教山), not by an honour in quotes
        if (thing.length() == 1) {
            for (int at = sentence.indexOf(thing, 1); at >= 0; at = sentence.indexOf(thing, at + 1)) {
                // (not by a word for the whole or this one: 全村, 本镇, 这座山)
                if (Character.UnicodeScript.of(sentence.charAt(at - 1)) == Character.UnicodeScript.HAN
                        && NOT_A_NAME_BEFORE.indexOf(sentence.charAt(at - 1)) < 0
                        && !question.contains(sentence.substring(at - 1, at + 1))) return true;
            }
            return false;
        }
        // an association asked by its kind (读书会叫啥) is named by a word ending in 会, not by a quoted shelf or book
        if (thing.length() >= 2 && thing.endsWith("会") && !thing.equals("大会")) {
            for (Matcher body = ASSOCIATION_NAMED.matcher(sentence); body.find(); ) if (!question.contains(body.group())) return true;
            return false;
        }
        // a person is named by a person's name (below): not by a title or a quoted slogan, nor by the reporters
        // credited at a story's head (本报讯（记者 … 通讯员 …）)
        // a regime is named as a government or a soviet (宣布成立广州苏维埃政府 for 成立的政权叫什么), a school by any head
        // a school goes by (俄文专修馆), an armed force by its unit (陕甘游击队 for 那支游击武装叫什么名字)
        Pattern heads = NAMED_BY_HEADS.get(thing);
        if (heads != null) {
            for (Matcher body = heads.matcher(sentence); body.find(); ) if (!question.contains(body.group())) return true;
            return false;
        }
        boolean person = PERSON_NOUN.matcher(thing).find();
        if (person && !ASKS_THE_REPORTER.matcher(question).find()) sentence = CREDIT.matcher(sentence).replaceAll("");
        if (person ? PERSON_NAMING.matcher(sentence).find() : namedNear(sentence, thing)) return true;
        if (!person && DESIGNATION.matcher(sentence).find()) return true;
        // a relative followed by a name the segmenter may not know (他的小儿子张健全把…), by any word for that relative
        // (妻子孙玉兰 for 爱人叫啥)
        if (RELATIVE_WORD.matcher(thing).matches()) {
            Matcher named = RELATIVE_THEN_NAME.matcher(sentence);
            while (named.find()) if (sameRelative(sentence, named.start(), thing)) return true;
            // or said to be that relative (葛健豪是蔡和森、蔡畅的母亲)
            Matcher is = NAME_IS_RELATIVE.matcher(sentence);
            while (is.find()) if (is.group(2).equals(thing) && !question.contains(is.group(1))) return true;
        }
        // an organisation is named by a word ending like one (组织了湖南女子留法勤工俭学会)
        if (ORGANISATION_THING.matcher(thing).matches()) {
            for (Matcher body = ORGANISATION_NAMED.matcher(sentence); body.find(); ) if (!question.contains(body.group())) return true;
        }
        // the thing followed by its name (寓所桂园, 首相田中角荣, 少年崔莹)
        for (int at = sentence.indexOf(thing); at >= 0 && !thing.isEmpty(); at = sentence.indexOf(thing, at + 1)) {
            String rest = sentence.substring(at + thing.length());
            // 首席谈判代表是龙永图, 妻子叫孙玉芹
            if (rest.startsWith("是") || rest.startsWith("为") || rest.startsWith("叫")) rest = rest.substring(1);
            for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(rest)) {
                if (w.offset() == 0 && w.text().length() >= 2 && !question.contains(w.text())) return true;
            }
        }
        // a thing asked by a word with a suffix (园子, 牌子) is named by a word ending in its head (独秀园)
        if (thing.length() == 2 && "子头儿".indexOf(thing.charAt(1)) >= 0) {
            String head = thing.substring(0, 1);
            for (int at = sentence.indexOf(head, 2); at >= 0; at = sentence.indexOf(head, at + 1)) {
                if (sentence.startsWith(thing, at) || question.contains(sentence.substring(at - 2, at + 1))
                        || COUNTED.matcher(sentence.substring(at - 2, at)).find()) continue;
                return true;
            }
        }
        if (thing.length() == 2 && nameBeforeTheThing(sentence, question, thing)) return true;
        if (thing.length() == 2) {
            int asked = question.indexOf(thing);
            String askedBefore = asked < 0 ? "" : question.substring(0, asked);
            for (int at = sentence.indexOf(thing, 2); at >= 0; at = sentence.indexOf(thing, at + 1)) {
                // a new word ending like it, not the thing itself after a numeral or a measure word (一棵泡桐), nor the
                // very word the question has, modified otherwise (一棵顽强生长的落叶松 for 那棵落叶松叫什么)
                if (question.contains(sentence.substring(at - 2, at + 2)) || COUNTED.matcher(sentence.substring(at - 2, at)).find()) continue;
                // nor the thing as a word of its own after a verb (种植泡桐): a new name holds it at its end
                if (wordStartsAt(sentence, at)) continue;
                int from = at - sharedEnding(askedBefore, sentence.substring(0, at));
                if (from >= 2 && !COUNTED.matcher(sentence.substring(from - 2, from)).find()) return true;
            }
        }
        // a person asked for by what they were (…那位科学家叫什么名字) is named by a person's name; nothing else is read
        // as one (the segmenter takes some phrases for names: 党百年), but for a name the segmenter does not know set
        // after a post or a trade, as Chinese puts it (设计者为曾联松, 教导主任谭千秋, 司令林遵)
        if (!PERSON_NOUN.matcher(thing).find()) return false;
        // where the sentence speaks of the role, the name is by it (环卫工人马春燕), not someone the sentence is about
        // besides (时传祥, in 学习时传祥精神的…环卫工人)
        if (!sentence.contains(thing)) return names(sentence, question, true) == Holds.YES || namedAfterARole(sentence, question);
        List<ChineseSegmenter.Word> people = ChineseSegmenter.namesIn(sentence);
        for (int at = sentence.indexOf(thing); at >= 0; at = sentence.indexOf(thing, at + 1)) {
            int end = at + thing.length();
            for (ChineseSegmenter.Word w : people) {
                int wEnd = w.offset() + w.text().length();
                boolean by = (wEnd <= at && at - wEnd <= NAMED_NEAR && !CLAUSE_BREAK.matcher(sentence.substring(wEnd, at)).find())
                        || (w.offset() >= end && w.offset() - end <= NAMED_NEAR && !CLAUSE_BREAK.matcher(sentence.substring(end, w.offset())).find());
                if (by && names(w.text(), question, true) == Holds.YES) return true;
            }
            if (namedAfterARole(sentence.substring(at, Math.min(sentence.length(), end + NAMED_NEAR)), question)) return true;
        }
        // the sentence's subject said to be the thing (吴满有积极开荒…，是陕甘宁边区著名的劳动英雄; 刘洋成为我国第一位进入
        // 太空的女航天员): the person who opens it is the one
        // (the person opening the clause that says so, else the sentence's first)
        Matcher said = SAID_TO_BE.get(thing, t -> Pattern.compile("(?:是|成为|被誉为|誉为|被称为|称为|被评为|评为|当选为?)[^。；;]{0,20}?" + Pattern.quote(t))).matcher(sentence);
        if (said.find()) {
            int from = 0, first = sentence.length();
            Matcher cut = CLAUSE_BREAK.matcher(sentence);
            while (cut.find() && cut.start() < said.start()) {
                if (first == sentence.length()) first = cut.start();
                from = cut.end();
            }
            for (ChineseSegmenter.Word w : people) {
                boolean subject = w.offset() >= from && w.offset() < said.start() || w.offset() < Math.min(first, said.start());
                if (subject && w.nature().startsWith("nr") && w.text().length() >= 2 && !question.contains(w.text())) return true;
            }
        }
        return false;
    }

    /**
     * The thing as the question calls it, right after a noun the question does not have: its name (望海楼防火瞭望塔
     * for 塞罕坝的防火瞭望塔叫什么), not a word of a phrase describing it (一座新的, 顽强生长的).
     */
    private static boolean nameBeforeTheThing(String sentence, String question, String thing) {
        int asked = question.indexOf(thing);
        if (asked < 0) return false;
        String askedBefore = question.substring(0, asked);
        // the kind named right after the asking words (叫什么起义): a name right before it is its name (渭华起义)
        boolean kindAsked = askedBefore.endsWith("什么") || askedBefore.endsWith("啥");
        for (int at = sentence.indexOf(thing); at >= 0; at = sentence.indexOf(thing, at + 1)) {
            int from = at - sharedEnding(askedBefore, sentence.substring(0, at));
            // the thing must be the question's whole phrase for it (防火瞭望塔), not just its last characters, unless
            // it is a word of its own there (死守的阵地 for 小高岭阵地)
            if (at - from < 1 && !kindAsked && !wholeWord(question, asked, thing) || from < 2) continue;
            if (kindAsked && at == from) {
                // a name the segmenter does not know (渭/华 of 渭华起义): the characters back to a particle or a mark
                int start = at;
                while (start > 0 && Character.isIdeographic(sentence.charAt(start - 1)) && NAME_STOP.indexOf(sentence.charAt(start - 1)) < 0) start--;
                String name = sentence.substring(start, at);
                if (name.length() >= 2 && name.length() <= 6 && !question.contains(name)) return true;
            }
            List<ChineseSegmenter.Word> before = ChineseSegmenter.forQuery(sentence.substring(Math.max(0, from - 6), from));
            if (before.isEmpty()) continue;
            ChineseSegmenter.Word last = before.get(before.size() - 1);
            // (a word pointing back, 该班班刊, or saying how many, 全体党员, names nothing)
            if (last.text().length() >= 2 && last.nature().startsWith("n") && !question.contains(last.text())
                    && !HOW_MANY_OF_THEM.contains(last.text())
                    && "该此这那本其".indexOf(last.text().charAt(0)) < 0
                    && !COUNTED.matcher(last.text()).find()) return true;
        }
        return false;
    }

    /**
     * A line of a poem or a saying asked by where it stands (开头第一句, 末句) answered by a sentence giving the line at the
     * other end (毛泽东写的六言诗，末句是“唯我彭大将军” for 开头第一句是什么).
     */
    public static boolean otherLineTold(String question, String sentence) {
        if (question.indexOf('句') < 0 && question.indexOf('联') < 0) return false; // (read for every candidate: most questions ask no line)
        boolean first = FIRST_LINE.matcher(question).find(), last = LAST_LINE.matcher(question).find();
        if (first == last) return false;
        return first ? LAST_LINE.matcher(sentence).find() && !FIRST_LINE.matcher(sentence).find()
                : FIRST_LINE.matcher(sentence).find() && !LAST_LINE.matcher(sentence).find();
    }

    private static final Pattern FIRST_LINE = Pattern.compile("(?:开头|开篇|头|第一|首)一?句|首联|起句");
    private static final Pattern LAST_LINE = Pattern.compile("(?:末|最后一?|结尾的?|尾)句|尾联|结句");

    /**
     * Whether a who-question asks an act bodies do (号召, 授予, 追认, 命名…) and the sentence tells a body doing that very
     * act: the doer asked is a headquarters, a committee or a government as often as a person.
     */
    static boolean doneByABody(String sentence, String question) {
        Matcher act = BODY_ACT_ASKED.matcher(question);
        if (!act.find()) return false;
        return BODY_DOING.get(act.group(1) != null ? act.group(1) : act.group(2)).matcher(sentence).find();
    }

    private static final String BODY_ACTS = "号召|决定|授予|追授|追认|批准|命名|表彰|颁发|通令|任命|追记|嘉奖|颁授";
    private static final Pattern BODY_ACT_ASKED = Pattern.compile("谁[^，,。？?]{0,4}?(" + BODY_ACTS + ")|(" + BODY_ACTS + ")[^，,。？?]{0,8}的?(?:是谁|是哪)");
    private static final String BODY = "(?:指挥部|委员会|中央|政府|国务院|军委|总部|司令部|机关|党委|党组|组织部|总工会|团中央|妇联|人大|政协|志愿军|解放军|部队|单位|学院|大学)";
    /** For each act, a body doing it (会战指挥部号召…), compiled once. */
    private static final Map<String, Pattern> BODY_DOING = java.util.Arrays.stream(BODY_ACTS.split("\\|"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(a -> a, a -> Pattern.compile(BODY + "[^，,。；;]{0,8}?" + a)));

    /** Words before a noun that say how many of them (全体党员, 部分群众), not which one. */
    private static final Set<String> HOW_MANY_OF_THEM = Set.of("全体", "所有", "部分", "广大", "全部", "其他", "其余", "众多", "一些",
            "许多", "多数", "少数", "大批", "各级", "普通");

    /** Whether the segmenter reads {@code thing} at {@code at} of the question as a word of its own. */
    private static boolean wholeWord(String question, int at, String thing) {
        // (asked for every sentence of every candidate: the question is segmented once)
        return WHOLE_WORD.get(question + '\u0000' + at + '\u0000' + thing, k -> {
            for (ChineseSegmenter.Word w : ChineseSegmenter.forQuery(question)) if (w.offset() == at && w.text().equals(thing)) return true;
            return false;
        });
    }

    private static final Cache<String, Boolean> WHOLE_WORD =
            bounded(10_000);

    /**
     * A full name asked (古田会议的全称, 黄埔军校正式名称叫什么) is given by a word saying so (正式名称是…, 这就是…, 简称…)
     * or by a name in quotes or a title that ends the way the thing does (“千村示范、万村整治”工程, 《…的决议》), not by
     * any quote (校训“亲爱精诚”, “古田会议永放光芒”八个大字) nor another thing of the kind (全军政治工作会议).
     */
    private static boolean fullNameGiven(String sentence, String thing, String shortName) {
        for (Matcher naming = FULL_NAMING.matcher(sentence); naming.find(); ) {
            // a name given in quotes that holds the short name is another thing's (被称为“新古田会议” for 古田会议的全称)
            Matcher named = QUOTED_NAME.matcher(sentence).region(naming.end(), sentence.length());
            if (named.lookingAt() && anotherThingOf(named.group(1), shortName)) continue;
            return true;
        }
        if (thing.isEmpty()) return false;
        char last = thing.charAt(thing.length() - 1);
        for (Matcher q = QUOTED_NAME.matcher(sentence); q.find(); ) {
            // a name holding the short name itself is of something else made of it (《古田会议决议》, “新古田会议” for 古田会议的全称)
            if (anotherThingOf(q.group(1), shortName)) continue;
            String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + FULL_NAME_TAIL));
            String named = q.group(1) + after;
            for (int i = q.group(1).length() - 1; i < named.length(); i++) {
                if (named.charAt(i) == last && q.group(1).length() > thing.length()) return true;
            }
        }
        return false;
    }

    /**
     * Whether a name is of another thing made of the short name: it begins with it (《古田会议决议》) or is it with a
     * word or so more (“新古田会议”). Not a long title that merely ends in the words read as the short name (the four
     * characters before 全称 in …讲要注意工作方法的，全称是啥 are no name: 《关心群众生活，注意工作方法》 is the answer).
     */
    private static boolean anotherThingOf(String name, String shortName) {
        if (shortName.length() < 2) return false;
        return name.startsWith(shortName) || name.contains(shortName) && name.length() <= shortName.length() + 2;
    }

    private static final Pattern FULL_NAME_ASKED = Pattern.compile("全称|正式名称|正式的名称|正式名|全名|完整名称|完整的名称");
    private static final Pattern FULL_NAMING = Pattern.compile("全称|正式名称|正式名|全名|简称|这就是|史称|也就是|即[“《]|又称|原名|称为|称作");
    private static final Pattern QUOTED_NAME = Pattern.compile("[《“「『]([^》”」』]{2,40})[》”」』]");
    /** How far past the closing quote the name may still run (“千村示范、万村整治”工程, “…‘能行好’”主题大宣讲). */
    private static final int FULL_NAME_TAIL = 6;
    /** How much of what stands before 全称 is read as the short name (古田会议). */
    private static final int SHORT_NAME = 4;

    /** Common surnames, which open a name the segmenter may not know. */
    private static final String SURNAMES = ChineseSegmenter.COMMON_SURNAMES;
    /** A common surname's name (two or three characters) right after a word for a post or a trade, not in the question. */
    private static final Pattern NAME_AFTER_ROLE = Pattern.compile("(?:者|员|长|令|任|民|工|师|家|士|兵|官|委|理|记|席)(?:为|是)?"
            + "([" + SURNAMES + "][\\u4e00-\\u9fa5]{1,2}?)"
            + "(?=[，。、；：,;:（(]|在|任|率|担|于|等|和|与|带|领|发|被|从|以|作|的|个人)");

    /**
     * A person named before the post they took (叶挺任军长, 邓小平任政治委员, 周恩来出任军校政治部主任): a name the
     * segmenter often misses (叶挺 is read as 叶 and 挺), told here by a surname and the post that follows.
     */
    private static final Pattern NAME_BEFORE_POST = Pattern.compile("([" + SURNAMES + "][\\u4e00-\\u9fa5]{1,2}?)"
            + "(?:任|担任|出任|兼任|改任|当选为?)[^，,。；;、]{0,12}?(?:长|令|员|委|记|席|理|帅|官)(?![\\u4e00-\\u9fa5]{2})");

    /** A common surname's name after 由 and before the act it did (由张太雷代理主席职务, 由周保中指挥). */
    private static final Pattern NAMED_AS_DOING = Pattern.compile("由([" + SURNAMES + "][\\u4e00-\\u9fa5]{1,2}?)"
            + "(?:代理|主持|负责|担任|率领|带领|领导|指挥|接任|继任|兼任|兼|主讲|讲授|宣讲|领学|介绍|讲解|执笔|起草|设计|作词|作曲)");

    private static boolean namedAsDoing(String sentence, String question) {
        Matcher m = NAMED_AS_DOING.matcher(sentence);
        while (m.find()) if (!question.contains(m.group(1))) return true;
        return false;
    }

    /**
     * A person's name read as a plain term (nz: a foreign name the knowledge base taught, 迈特纳) right after a word for
     * what someone is (物理学家, 导师), and ending a clause: the person so described.
     */
    private static boolean namedAfterATitle(String sentence, String question) {
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(sentence);
        for (int i = 0; i + 1 < words.size(); i++) {
            ChineseSegmenter.Word title = words.get(i), name = words.get(i + 1);
            if (!title.nature().startsWith("nnt") || !(name.nature().equals("nz") || name.nature().startsWith("nr"))) continue;
            if (name.offset() != title.offset() + title.text().length() || name.text().length() < 2 || name.text().length() > 5) continue;
            if (question.contains(name.text()) || !name.text().chars().allMatch(c -> isHanChar((char) c))) continue;
            int end = name.offset() + name.text().length();
            if (end == sentence.length() || NAME_END.indexOf(sentence.charAt(end)) >= 0) return true;
        }
        return false;
    }

    private static final String NAME_END = "，。；、,;（(）)";

    private static final Pattern VESSEL_ASKED = Pattern.compile("哪[艘条只]|哪一艘");
    private static final Pattern VESSEL_NAMED = Pattern.compile("\\d+(?:号|舰|艇)|”号");

    /** A place the text says was passed on the way (途经沙田时, 行经沙基时), not in the question. */
    private static final Pattern PASSED_ON_THE_WAY = Pattern.compile("(?:途经|行经|路经|路过)(\\p{IsHan}{2,4}?)(?:时|的时候)");

    private static boolean passedOnTheWay(String sentence, String question) {
        Matcher m = PASSED_ON_THE_WAY.matcher(sentence);
        while (m.find()) if (!question.contains(m.group(1))) return true;
        return false;
    }

    /**
     * A place the text says the act asked of happened at (在黔东胜利会师 for 在哪里会师), right before the act, which
     * the segmenter may not know for one: a name of two to six characters the question does not have.
     */
    static boolean placeOfTheActAsked(String sentence, String question) {
        Matcher act = ACT_AT_A_PLACE.matcher(question);
        while (act.find()) {
            Matcher at = PLACE_OF_ACT.get(act.group()).matcher(sentence);
            while (at.find()) {
                String place = at.group(1);
                // (上 inside it ends an occasion, not a place: 在大会上宣布成立; 船上 and 山上 are places, 会上 an occasion)
                if (!question.contains(place) && !NOT_A_PLACE_END.matcher(place).find() && place.indexOf('的') < 0
                        && (place.indexOf('上') < 0 || place.indexOf('上') == place.length() - 1) && !place.endsWith("会上")) return true;
            }
        }
        return false;
    }

    /** Acts a where-question asks the place of, told as 在某地 right before them. */
    private static final List<String> ACTS_AT_A_PLACE = List.of("会师", "会合", "召开", "举行", "成立", "诞生", "出生", "牺牲", "就义",
            "登陆", "集结", "起义");
    private static final Pattern ACT_AT_A_PLACE = Pattern.compile(String.join("|", ACTS_AT_A_PLACE));
    private static final Map<String, Pattern> PLACE_OF_ACT = ACTS_AT_A_PLACE.stream().collect(java.util.stream.Collectors.toMap(
            a -> a, a -> Pattern.compile("在(\\p{IsHan}{2,6}?)(?:胜利|顺利|成功|秘密|正式|隆重|再次|第一次)?" + a)));
    /** Words ending a time or a circumstance, not a place (在长征途中, 在此期间, 在敌人追击下). */
    private static final Pattern NOT_A_PLACE_END = Pattern.compile("(?:中|时|后|前|下|里|间|期|年|月|日|天|之际|以来)$|^(?:这|那|此|当|同|各|全)");

    private static boolean namedBeforeAPost(String sentence, String question) {
        for (java.util.regex.MatchResult m : FactMatches.in(NAME_BEFORE_POST, sentence)) {
            if (!question.contains(m.group(1))) return true;
        }
        return false;
    }

    /**
     * A name the segmenter reads in pieces right after a relative's word (祖父韦天宝: 祖父/韦/天宝): a common surname alone,
     * then a noun of one or two characters, neither in the question.
     */
    private static boolean namedAfterARelative(String sentence, String question) {
        if (!KIN_WORD.matcher(sentence).find()) return false;
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(sentence);
        for (int i = 0; i + 2 < words.size(); i++) {
            ChineseSegmenter.Word surname = words.get(i + 1), given = words.get(i + 2);
            if (KIN_WORD.matcher(words.get(i).text()).matches() && surname.text().length() == 1
                    && ChineseSegmenter.COMMON_SURNAMES.indexOf(surname.text().charAt(0)) >= 0 && given.text().length() <= 2
                    && given.nature().startsWith("n") && !question.contains(surname.text() + given.text())) return true;
        }
        return false;
    }

    private static final Pattern KIN_WORD = Pattern.compile("父亲|母亲|祖父|祖母|外祖父|外祖母|爷爷|奶奶|外公|外婆|伯父|叔父|叔叔|舅舅|姑姑|哥哥|弟弟|姐姐|妹妹"
            + "|妻子|丈夫|儿子|女儿");

    private static boolean namedAfterARole(String sentence, String question) {
        Matcher m = NAME_AFTER_ROLE.matcher(sentence);
        while (m.find()) if (!question.contains(m.group(1))) return true;
        return false;
    }

    /** What ends the words before a thing counted or pointed at (一棵, 这座, 两个): not part of a name. */
    private static final Pattern COUNTED = Pattern.compile("[一二两三四五六七八九十几这那每各该此某][个棵株座条位名本只件种批些块间艘架辆所家项]$|[的了下是在和与及把被将]$");

    /** A place asked for by what it is (纪念他的地方, 活动场所), whose name is a place's. */
    private static final Pattern PLACE_THING = Pattern.compile("地方|场所|地点|去处|场馆|生地|故乡|家乡|老家|在地|驻地|住地");
    /** Someone said to be a relative (葛健豪是蔡和森、蔡畅的母亲): the name, then the relative. */
    private static final Pattern NAME_IS_RELATIVE = Pattern.compile("(?:^|[，。；,;]|作者|作者是|作者正是"
            // (or right after another relative of someone else: 赵世炎的妹妹赵君陶是李鹏同志的母亲)
            + "|父亲|母亲|妻子|丈夫|夫人|爱人|儿子|女儿|哥哥|弟弟|姐姐|妹妹)(\\p{IsHan}{2,4}?)是"
            // (and maybe first someone else's relative: 赵君陶是革命烈士李硕勋的妻子，也是李鹏同志的母亲)
            + "(?:[^，。；,;]{0,16}的\\p{IsHan}{1,2}[，,]?(?:也|又|还)是)?[^，。；,;]{0,16}的(父亲|母亲|妻子|丈夫|儿子|女儿|孩子|哥哥|弟弟|姐姐|妹妹)");
    /** An organisation asked by the word for one (那个组织叫什么名字). */
    private static final Pattern ORGANISATION_THING = Pattern.compile("组织|团体|机构|社团");
    /** An association's name: a word ending in 会 (守常读书会), or a quoted name before its kind (“身边榜样”分享会). */
    private static final Pattern ASSOCIATION_NAMED = Pattern.compile("(?:\\p{IsHan}{3,}|[”」』\"]\\p{IsHan}{0,6})会(?![议场员长上址])");
    /** A name ending like an organisation's (勤工俭学会, 新民学会, 青年团). */
    private static final Pattern ORGANISATION_NAMED = Pattern.compile("\\p{IsHan}{3,}(?:学会|协会|研究会|会|社|团|同盟|联盟|党|小组)(?![\\p{IsHan}&&[^，。的]])");
    /** What something was called, asked (被称为什么村, 被誉为什么): a name given is the answer. */
    private static final Pattern CALLED_SO_ASKED = Pattern.compile("(?:称|誉|叫)(?:为|作|做)(?:什么|啥|哪)");
    private static final Pattern MOUNTAIN_ASKED = Pattern.compile("哪一?座山|(?:什么|啥|哪个)山(?![区村东西南北水])");
    /** A mountain by its name: not 山 after a word of going, being or size (在山上, 翻山, 大山深处). */
    private static final Pattern MOUNTAIN_NAMED = Pattern.compile("[\\p{IsHan}&&[^在上下到进出满全这那该此一座大高深群翻爬登]](?:山|峰|岭)");
    /** Characters before a feature's word that say which one without naming it (全村, 本镇, 该县, 这座山). */
    private static final String NOT_A_NAME_BEFORE = "全本该这那每各整此哪邻座";
    /** Features of the land a one-character word names (山, 河, 桥…), named by a word ending in it. */
    private static final Pattern LAND_FEATURE = Pattern.compile("[山河江湖岛村镇乡峰岭湾桥塔洞渠]");
    /** A person named in so many words (名叫傅德昌, 取名为…). */
    private static final Pattern PERSON_NAMING = Pattern.compile("(?:名叫|叫做|叫作|名为|取名|起名)\\p{IsHan}{2,3}");
    /** The end of a word for a person (科学家, 工人, 人士, 记者, 队员…). */
    private static final Pattern PERSON_NOUN = Pattern.compile("[家人者员士工长师兵生官手雄将帅相]$|[少青]年$|主席$|书记$|总理$|政委$|代表$");
    /** A model's designation given as what a thing is (歼击机是歼-5, 火箭为长征-2F): a name. */
    private static final Pattern DESIGNATION = Pattern.compile("(?:是|为)\\p{IsHan}{1,3}[-－][0-9A-Za-z]+");

    /**
     * True when the answer speaks of another phase of the event than the question: the question asks when something
     * began and the sentence only says how it ended (or the reverse), the sentence does not speak of the life or
     * flight event asked about ({@link #EVENTS}), its only date is a life's or a speech's ({@link #datedOnlyAsSpoken}),
     * or it is about an anniversary of what the question asks about.
     */
    public static boolean phaseConflict(Phase asked, String sentence) {
        String question = asked.question();
        for (Pattern event : asked.events()) {
            if (!event.matcher(sentence).find() || dateOfAnotherEvent(asked, event, sentence) || datedOnlyAfter(asked, event, sentence)) return true;
        }
        if (datesOnlyALife(asked, sentence)) return true;
        if (datedOnlyAsSpoken(asked, sentence)) return true;
        // the first time asked (郎平最早执教中国女排是哪年) is not told by a sentence about a later time (2013年，她再次出任…)
        if (asked.dated() && FIRST_ASKED.matcher(question).find() && AGAIN_TOLD.matcher(sentence).find() && !FIRST_TOLD.matcher(sentence).find()) return true;
        if (anotherPartOfTheYear(question, sentence)) return true;
        // made official asked (什么时候正式成为国歌), told only as not yet official (在国歌未正式制定以前，以…代国歌)
        if (question.contains("正式") && sentence.contains("正式") && !OFFICIAL.matcher(sentence).find()) return true;
        // until when (校长当到哪一年) is told by an end or a span, not by when it began (1978年起担任)
        if (asked.dated() && UNTIL_ASKED.matcher(question).find() && !UNTIL.matcher(sentence).find() && !ENDS.matcher(sentence).find()
                && !LEFT_OFF.matcher(sentence).find()) return true;
        // when someone entered a school (哪年进的北京高师附中) is told by the entering, not by a later day they were
        // still there (1919年5月…还在高师附中读书的赵世炎投身其中)
        if (asked.dated() && SCHOOL_ENTERED.matcher(question).find() && !ENTERING.matcher(sentence).find()) return true;
        boolean qStart = asked.start(), qEnd = asked.end();
        if (qStart != qEnd) { // the sentence's phase matters only when the question asks about one end
            boolean sStart = STARTS.matcher(sentence).find(), sEnd = ENDS.matcher(sentence).find();
            if (qStart && sEnd && !sStart) return true;
            if (qEnd && sStart && !sEnd) return true;
            // the day someone joined a campaign (2015年6月…参加第三次大面积扫雷任务) is not the day it ended
            if (qEnd && !sEnd && JOINED.matcher(sentence).find() && !UNTIL.matcher(sentence).find()) return true;
            // a day told as an anniversary, with no beginning or end told, is when something was remembered, not
            // when what is asked began or was finished (纪念馆是哪年建成的 against a visit on 红手印45周年)
            if (!sStart && !sEnd && ANNIVERSARY.matcher(sentence).find() && !question.contains("周年")) return true;
        }
        // an anniversary of what the question asks about (成立100周年 for 中国共产党是哪一年成立的), not any anniversary the
        // sentence mentions (a date given as 新中国成立70周年之际 for who was honoured): the words just before it must
        // share a pair of characters with the question
        // (where something is now, 那栋楼现在是哪条街, is what a report of a visit on an anniversary tells)
        return asked.situated() && !(!asked.dated() && PRESENT.matcher(question).find())
                && sentence.contains("周年") && !question.contains("周年") && !(asked.dated() ? COMMEMORATION.matcher(question).find() : question.contains("纪念"))
                && ANNIVERSARY.matcher(sentence).find()
                && ANNIVERSARY.matcher(sentence).results().noneMatch(r -> question.contains(r.group()))
                && ANNIVERSARY.matcher(sentence).results().anyMatch(r -> sharesAPair(
                        sentence.substring(Math.max(0, r.start() - ANNIVERSARY_SUBJECT), r.start()), QUOTED.matcher(question).replaceAll("，")));
    }

    /**
     * What a question quotes (“人民工匠”称号): a name of its own, whose characters say nothing of an anniversary's subject
     * (中华人民共和国成立75周年 shares 人民 with it by chance).
     */
    private static final Pattern QUOTED = Pattern.compile("“[^“”]{1,20}”");

    /**
     * A when-question about a commemoration (纪念活动, 纪念日), not about a hall or monument that remembers (纪念馆, 纪念碑:
     * when it was built is not when it was visited). Where a hall is, a report of a visit on an anniversary tells.
     */
    private static final Pattern COMMEMORATION = Pattern.compile("纪念(?![馆碑堂亭塔园林])");

    /** 正式 not negated (未正式, 非正式, 没有正式 say it was not yet). */
    private static final Pattern OFFICIAL = Pattern.compile("(?<![未非没不]|尚未|没有)正式");

    /** A question about the present: 现在, 如今, 目前. */
    private static final Pattern PRESENT = Pattern.compile("现在|如今|目前|现今");

    /** A part of a year the question names (1953年底, 1956年初, 1947年下半年): the year, and which part. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})年(年底|年末|年初|上半年|下半年|底|末|初(?![步次级中心稿衷选赛]))");

    /**
     * Whether the question names a part of a year (1953年底) and the sentence dates that year only by months outside
     * it (1953年1月): something else that year, not what was asked. A sentence telling the part in words (1953年底至
     * 1954年初), or no month of that year, does not disagree; 年底 is read generously as October to December.
     */
    static boolean anotherPartOfTheYear(String question, String sentence) {
        Matcher part = PART_OF_YEAR.matcher(question);
        if (!part.find()) return false;
        int first, last;
        switch (part.group(2)) {
            case "年初", "初" -> { first = 1; last = 3; }
            case "上半年" -> { first = 1; last = 6; }
            case "下半年" -> { first = 7; last = 12; }
            default -> { first = 10; last = 12; }
        }
        Matcher month = Pattern.compile(part.group(1) + "年(\\d{1,2})月").matcher(sentence);
        boolean anyMonth = false;
        while (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m >= first && m <= last) return false;
            anyMonth = true;
        }
        return anyMonth;
    }

    /**
     * Whether every date of the sentence is a birth's or a death's, told in the same clause (毛岸英…入朝，…，同年11月25日
     * 在敌机轰炸司令部驻地时牺牲 for 志愿军入朝是哪年哪天), while the question asks the date of no life's event: it is some
     * person's day, not the day of what was asked. A date standing alone before its clause's comma (1947年1月12日，…)
     * is not read this way.
     */
    private static final Pattern SAME_DAY_AGAIN = Pattern.compile("[，。；,;](?:当天|当日|这一天|这天|同一天|同日)");

    private static boolean datesOnlyALife(Phase asked, String sentence) {
        if (!asked.dated() || !asked.events().isEmpty()) return false;
        // most sentences tell no birth or death: nothing more to read
        if (!EVENTS.get(0)[1].matcher(sentence).find() && !EVENTS.get(1)[1].matcher(sentence).find()) return false;
        if (LIFE_QUESTIONS.get(asked.question(), q -> LIFE_ASKED.matcher(q).find())) return false;
        // a day named as a death's anniversary and then taken up again (…就义98周年纪念日。当天下午，支部开展…) dates
        // what was done that day too
        if (SAME_DAY_AGAIN.matcher(sentence).find()) return false;
        boolean any = false;
        for (Matcher d = DATE_RUN.matcher(sentence); d.find(); ) {
            int end = d.end(), stop = end;
            while (stop < sentence.length() && CLAUSE_ENDS.indexOf(sentence.charAt(stop)) < 0) stop++;
            String clause = sentence.substring(end, stop);
            if (!EVENTS.get(0)[1].matcher(clause).find() && !EVENTS.get(1)[1].matcher(clause).find()) return false;
            any = true;
        }
        return any;
    }

    /**
     * A sentence opening with the day someone spoke (2020年9月22日，习近平在…座谈会上指出，…): its date is the speech's.
     * Group 1 is the date, group 2 the occasion.
     */
    private static final Pattern SPOKEN_ON = Pattern.compile("^((?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?)[^，,。；;“”]{0,6}[，,]"
            + "[^，,。；;“”]{0,16}?在([^，,。；;“”]{2,40}?)(?:上|时|期间|中)(?:的讲话中)?(?:指出|强调|说|表示|讲|谈到|写道)");
    /** A question about something said: when it was said is then asked (空谈误国实干兴邦是哪天说的). */
    private static final Pattern SAYING_WHEN_ASKED = Pattern.compile("说|讲|提出|指出|强调|表示|谈到|论述|话|论断|号召|要求|致辞|演讲|题词|批示|寄语|回信");
    /** What opens the note naming an imported row's source. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("来源[：:]");
    /** How many pairs of characters the occasion spoken at must share with the question for it to be what was asked. */
    private static final int OCCASION_PAIRS = 2;

    /**
     * Whether the sentence's only date is that of a speech it opens with, while the question asks when something
     * else happened (第二个百年奋斗目标要在什么时候实现 is not answered by the day a forum heard of it). A question about
     * what was said, or about the occasion itself (深圳经济特区建立四十周年庆祝大会是哪天开的), is answered by that day.
     */
    static boolean datedOnlyAsSpoken(Phase asked, String sentence) {
        if (!asked.dated()) return false;
        Matcher spoken = SPOKEN_ON.matcher(sentence);
        if (!spoken.lookingAt() || spoken.group(1).isEmpty()) return false;
        String question = asked.question();
        if (SAYING_WHEN_ASKED.matcher(question).find()) return false;
        // a date after the speech may tell when the thing asked happens; a source note's edition (来源：…2021年版) does not
        Matcher note = SOURCE_NOTE.matcher(sentence);
        int told = note.find() ? note.start() : -1;
        if (DATE.matcher(sentence).region(spoken.end(), told < 0 ? sentence.length() : Math.max(told, spoken.end())).find()) return false;
        return pairsShared(spoken.group(2), question) < OCCASION_PAIRS;
    }

    /**
     * The text without the note naming an imported row's source at its end (…转折点。来源：《中国共产党简史》（…2021年版）):
     * the edition's year or the publisher is no date, number or place the row tells.
     */
    public static String withoutSourceNote(String text) {
        if (text.indexOf("来源") < 0) return text;
        Matcher note = SOURCE_NOTE.matcher(text);
        int at = -1;
        while (note.find()) at = note.start();
        return at > 0 ? text.substring(0, at) : text;
    }

    /** How many pairs of Chinese characters side by side in the question the text has too. */
    private static int pairsShared(String text, String question) {
        int shared = 0;
        for (int i = 0; i + 1 < question.length(); i++) {
            if (isHan(question.charAt(i)) && isHan(question.charAt(i + 1)) && text.contains(question.substring(i, i + 2))) shared++;
        }
        return shared;
    }

    /** Whether each question asks of a life's end or start, remembered (it is asked of sentence after sentence). */
    private static final Cache<String, Boolean> LIFE_QUESTIONS =
            bounded(10_000);
    /** A date told in its parts side by side (1950年10月19日). */
    private static final Pattern DATE_RUN = Pattern.compile("(?:\\d{4}年|\\d{1,2}月|\\d{1,2}日)+");

    /** A question about a life's end or start in any words (被杀害, 死的, 走的时候), or one naming it. */
    private static final Pattern LIFE_ASKED = Pattern.compile("出生|生于|诞生|诞辰|生日|去世|逝世|过世|牺牲|病逝|就义|遇害|殉|离世|辞世|遇难|罹难|身亡"
            + "|长眠|捐躯|阵亡|失事|杀|死|走的|害|生命|献身|没的");

    private static final String CLAUSE_ENDS = "，。；！？,;!?";

    /** A date as a sentence tells one (1940年, 12月, 18日). */
    private static final Pattern DATE = Pattern.compile("\\d{4}年|\\d{1,2}月|\\d{1,2}日");

    /**
     * Whether the date told before the event asked is another event's: a word of the other end of the same life or
     * flight stands between them (雷锋1940年12月18日出生于…，幼年时父母…相继离世 for 雷锋是哪天牺牲的: the date is of his
     * birth, the death someone else's). Only where a date is asked and told before the event.
     */
    private static boolean dateOfAnotherEvent(Phase asked, Pattern event, String sentence) {
        if (!asked.dated()) return false;
        Matcher told = event.matcher(sentence);
        if (!told.find()) return false;
        int date = -1;
        for (Matcher d = DATE.matcher(sentence); d.find() && d.end() <= told.start(); ) date = d.end();
        if (date < 0) return false;
        String between = sentence.substring(date, told.start());
        // the other end of the same life or flight (born and died, launched and landed): a plane that took off
        // before it crashed (起飞…失事) is the death's own story
        for (int i = 0; i < PAIRED_EVENTS; i++) {
            if (EVENTS.get(i)[1] != event) continue;
            Pattern other = EVENTS.get(i ^ 1)[1];
            if (!asked.events().contains(other) && other.matcher(between).find()) return true;
        }
        return false;
    }

    /**
     * Whether an answer of several sentences dates only what came after the event asked: the event told undated, and a
     * date only in a later sentence (邳州在王杰牺牲的地方修建了纪念馆。2017年12月13日，习近平来到… dates a visit, not the
     * death). A story told date first (1965年7月14日，…。他…壮烈牺牲) keeps its date.
     */
    private static boolean datedOnlyAfter(Phase asked, Pattern event, String text) {
        if (!asked.dated()) return false;
        String[] parts = SENTENCE_END.split(text);
        if (parts.length < 2) return false;
        int told = -1;
        for (int i = 0; i < parts.length; i++) {
            boolean dated = DATE.matcher(parts[i]).find(), happened = event.matcher(parts[i]).find();
            if (dated && (happened || told < 0)) return false;
            if (happened && told < 0) told = i;
            if (dated) return true;
        }
        return false;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])");

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
            case WHO -> {
                // the reporters credited at a story's head (本报讯（记者 顾清和 通讯员 方晓禾）) did none of what it tells
                if (sentence.indexOf('记') >= 0 || sentence.indexOf('通') >= 0) {
                    if (!ASKS_THE_REPORTER.matcher(question).find()) sentence = CREDIT.matcher(sentence).replaceAll("");
                }
                Holds h = names(sentence, question, true);
                // an act done by a body (是谁号召…, 谁授予的): told with the body doing it (会战指挥部号召…)
                if (h != Holds.YES && doneByABody(sentence, question)) yield Holds.YES;
                // a name the segmenter reads in pieces or as a plain term: one that does an act (由张太雷代理主席职务), or
                // one right after what the person is (导师是著名女物理学家迈特纳)
                // (or one right after a trade or post: 数控车工宋佳怡个人答对17道题)
                // (or one right after a relative's word, 由祖父韦天宝操持, read in pieces: 韦/天宝)
                if (h != Holds.YES && (namedAsDoing(sentence, question) || namedAfterATitle(sentence, question)
                        || namedAfterARole(sentence, question) || namedAfterARelative(sentence, question))) yield Holds.YES;
                yield h == Holds.YES || !namedBeforeAPost(sentence, question) ? h : Holds.YES;
            }
            case WHERE -> {
                Holds h = max(names(sentence, question, false), places(sentence, question));
                // the place asked within, with a noun right after it (出生在四川仪陇 for 在四川什么地方): a finer place the
                // segmenter does not know for one
                if (h == Holds.ONLY_ASKED && nounAfterThePlaceAskedIn(sentence, question)) h = Holds.YES;
                // a vessel asked (在哪艘艇上服役) is named by its number or name (611艇, 中山舰)
                if (h != Holds.YES && VESSEL_ASKED.matcher(question).find() && VESSEL_NAMED.matcher(sentence).find()) h = Holds.YES;
                // a place passed on the way (途经沙田时遭到射击), which the segmenter may not know for one
                if (h != Holds.YES && passedOnTheWay(sentence, question)) h = Holds.YES;
                // the place the act asked of happened at (在黔东胜利会师), which the segmenter may not know for one
                if (h != Holds.YES && placeOfTheActAsked(sentence, question)) h = Holds.YES;
                // where someone is from, told as Chinese gives it (杨靖宇是河南确山人)
                if (h != Holds.YES && nativePlace(sentence, question)) h = Holds.YES;
                // 建在哪个城市 is not answered by a country (中国汽车工业的摇篮): a city is named besides
                if (h == Holds.YES && CITY_ASKED.matcher(question).find()) {
                    String withoutCountries = NO_CITY.matcher(sentence).replaceAll("，");
                    if (!withoutCountries.equals(sentence)) h = max(names(withoutCountries, question, false), places(withoutCountries, question));
                }
                // 来自哪个国家 is answered by a country, not by the city the person came to (来到上海)
                if (COUNTRY_ASKED.matcher(question).find()) {
                    h = matches(COUNTRIES, sentence, question);
                }
                // 在淮安哪个区 is not answered by 出生在江苏淮安: the level asked must be named
                Matcher level = LEVEL_ASKED.matcher(question);
                if (!level.find()) yield h;
                // the level asked, named with a name the question does not have (597.9高地 for 哪个高地), is a place
                if (h != Holds.YES && namesTheLevel(sentence, question, level.group(1))) yield Holds.YES;
                // a home given as Chinese gives it (福建闽侯人) names the county without its level
                boolean home = nativePlace(sentence, question);
                if (h != Holds.YES && home) yield Holds.YES;
                // a village goes by its own name as often as by 村 (东辛庄, 沙家浜, 西柏坡)
                boolean village = level.group(1).equals("村") && FactMatches.in(VILLAGE, sentence).stream().anyMatch(v -> !question.contains(v.group()));
                if (h != Holds.YES && village) yield Holds.YES;
                yield h == Holds.YES && !sentence.contains(level.group(1)) && !village && !finerPlace(sentence, question) && !home
                        ? Holds.NONE : h;
            }
            case WHEN -> {
                // the day something falls on every year (每年的5月30日) is not the day it was decided on, nor any year's
                boolean once = ONCE.matcher(question).find() || DatePart.YEAR.asks.matcher(question).find();
                String dated = once && !question.contains("每年") ? RECURRING.matcher(sentence).replaceAll("") : sentence;
                if (datesOfALaterEvent(dated, question)) yield Holds.NONE;
                Holds h = matches(DatePart.asked(question), dated, question);
                // 哪年哪天 asks the year too: 10月25日 alone does not say it
                yield h == Holds.YES && DatePart.yearAndMore(question) && !YEAR_TOLD.matcher(dated).find() ? Holds.NONE : h;
            }
            case COUNT -> {
                Measure measure = Measure.asked(question);
                if (measure != null) yield measure.holds(sentence, question);
                Holds h = counts(sentence, question);
                yield h == Holds.YES && (!countsInTheUnitAsked(sentence, question) || !inTheMagnitudeAsked(sentence, question)
                        || countedThingUntold(sentence, question) || perPeriodUntold(sentence, question)
                        || thingsByTheOneUntold(sentence, question) || onlyCountedWithOthers(sentence, question)) ? Holds.NONE : h;
            }
            case MEETING -> matches(MEETING_NAME, sentence, question);
            // a list is one whatever the question says (its own colon or 、 is no list of the answer's)
            case LIST -> kind.answeredBy(sentence) ? Holds.YES : Holds.NONE;
            default -> matches(kind.answers(), sentence, question);
        };
    }

    /**
     * What someone did for a living asked (以前是做什么工作的) and a text telling no job, workplace or work at all. Only
     * ever a reason not to answer: a sentence with some work in it (从事党的秘密工作) may be about someone else.
     */
    public static boolean jobNotTold(String question, String text) {
        Matcher asked = JOB_ASKED.matcher(question);
        if (!asked.find()) return false;
        // whose job: where the text names the one asked about, their job comes after the name (…从事党的秘密工作，并生下了
        // 儿子陈掖贤 tells the mother's work, not the son's); they are found by the last two characters before the asking
        // words, time words left out, so that names the segmenter does not know are found too
        String whose = JOB_LEAD_OUT.matcher(question.substring(0, asked.start())).replaceAll("");
        int from = 0;
        if (whose.length() >= 2 && Character.isIdeographic(whose.charAt(whose.length() - 2))) {
            String key = whose.substring(whose.length() - 2);
            int at = text.indexOf(key);
            if (at >= 0) from = at + key.length();
        }
        return !JOB_TOLD.matcher(text).region(from, text.length()).find();
    }

    private static final Pattern JOB_LEAD_OUT = Pattern.compile("(?:[的是在都就又\\p{P}\\s]|后来|以前|从前|原来|原先|当年|早年|过去|现在|如今|今天|目前|退休前|生前|平时|一直)+$");

    private static final Pattern JOB_ASKED = Pattern.compile("(?:做|干|从事)(?:的是|的|过)?(?:什么|啥|哪一?种|哪一?行)(?:工作|职业|行业|营生|的)|(?:什么|啥)职业|职业是"
            // where someone worked (毛岸青后来在哪个单位工作): told of them, not of another the sentence names first
            // (not where something was put to use: 在哪家单位投入使用)
            + "|在(?:哪个|哪一个|哪家|什么|啥)单位(?:工作|上班|任职|(?=[的呢啊呀吗]|[\\p{P}\\s]|$))");
    private static final Pattern JOB_TOLD = Pattern.compile("工作|职业|从事|任职|就职|上班|当过|做过|干过|曾是|原是|原为|退休前|出身"
            // a post held (担任俄文翻译) or a trade before a name (通信员黄继光, 退休铁路职工许国梁)
            + "|担任|职工|通信员|通讯员|翻译|警卫员|炊事员|卫生员|文书|参谋|秘书|单位|部门|机关|研究所|研究院|工厂|公司|医院|学校|大学|报社|出版社"
            + "|教师|老师|医生|护士|工人|农民|干部|军人|战士|会计|职员|记者|编辑|司机|工程师|技术员|售货员|营业员|店员|厨师|律师|警察|民警"
            + "|公务员|村医|乡医|校长|教员|矿工|渔民|牧民|商人|个体户|科学家|研究员|教授|干事|书记|主任"
            // a field's expert (心脏内科专家, 天文与气象学家)
            + "|专家|学家"
            // a soldier's or sailor's trade (在护卫艇上当轮机兵)
            + "|当\\p{IsHan}{0,4}?(?:兵|员|手)|轮机兵|水兵|炮手|机枪手|侦察兵|通信兵|卫生兵|报务员|驾驶员|飞行员|舵手");

    /**
     * The others of a group asked for (另外7个人都有谁, 另外五个姑娘都叫什么名字) answered by a text naming at most one
     * person the question does not: it tells of one of them, not of the others. Who else besides someone (除了王大珩
     * 还有谁) is answered by a text naming at least one person the question does not.
     */
    public static boolean othersNotNamed(String question, String text) {
        boolean others = OTHERS_ASKED.matcher(question).find();
        if (!others && !BESIDES_ASKED.matcher(question).find()) return false;
        if (OTHERS_LISTED.matcher(text).find()) return false;
        // (an official acting by their post, 国家主席习近平签署主席令, is none of the group)
        long named = ChineseSegmenter.namesIn(text).stream()
                .filter(w -> w.nature().startsWith("nr") && w.text().length() >= 2 && !question.contains(w.text())
                        && !OFFICIAL_TITLE_BEFORE.matcher(text.substring(Math.max(0, w.offset() - 3), w.offset())).find())
                .map(ChineseSegmenter.Word::text).distinct().count();
        return named < (others ? 2 : 1);
    }

    private static final Pattern BESIDES_ASKED = Pattern.compile("除了?[^，,。？?]{1,12}?(?:以外|之外|外)?[，,]?(?:还|另外|另)(?:有)?(?:谁|哪些人|哪几位|哪几个人|哪位)");

    /** A post or a byline right before a name: the person acts by the post or reports, and is none of a group asked. */
    private static final Pattern OFFICIAL_TITLE_BEFORE = Pattern.compile("(?:主席|书记|总理|委员长|部长|省长|市长|县长|记者|通讯员)$");
    private static final Pattern OTHERS_ASKED = Pattern.compile("(?:另外|其他|其余|别的)的?[一二三四五六七八九十两几\\d]*(?:个|位|名)?[^，,。？?]{0,6}?(?:都|分别|各)?(?:有|是|叫)(?:谁|哪些|哪几|什么名字|啥名)");
    /** Names listed (甲、乙、丙): people the segmenter does not know are still several. */
    private static final Pattern OTHERS_LISTED = Pattern.compile("\\p{IsHan}{2,3}、\\p{IsHan}{2,3}、");

    /** A story's credit line: who reported or wrote it, in brackets at its head. */
    private static final Pattern CREDIT = Pattern.compile("[（(](?:本报|本台|本刊)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)[^（()）]{0,40}[）)]");
    private static final Pattern ASKS_THE_REPORTER = Pattern.compile("记者|通讯员|报道|稿件|作者|撰稿|谁写");

    /**
     * Who played a part named in the question (电影《守岛人》里王仕花是谁演的): an answer telling who played another part
     * (刘烨饰演王继才) names someone, but not the player asked for. True when a name right beside the asking words is not
     * in the text.
     */
    public static boolean partPlayedNotNamed(String question, String text) {
        if (question.indexOf('演') < 0) return false;
        Matcher m = PART_ASKED.matcher(question);
        if (!m.find()) return false;
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(question)) {
            if (!w.nature().startsWith("nr")) continue;
            int before = m.start() - (w.offset() + w.text().length()), after = w.offset() - m.end();
            boolean beside = before >= 0 && before <= 1 || after >= 0 && after <= 1;
            if (beside && !text.contains(w.text())) return true;
        }
        return false;
    }

    private static final Pattern PART_ASKED = Pattern.compile("谁(?:来)?(?:演|饰演|扮演|出演)(?:了|的)?|(?:饰演|扮演|演)(?:的|了)?(?:人|演员)?(?:是|为)?谁");

    /** A question asking which country (哪国 of 哪国人 too). */
    private static final Pattern COUNTRY_ASKED = Pattern.compile("哪一?个?国家(?![级队])|哪国|什么国家(?![\\u4e00-\\u9fa5&&[^的了吗呢啊呀里]])");
    /** A question asking which city. */
    private static final Pattern CITY_ASKED = Pattern.compile("(?:哪一?[个座]|什么)城市");
    /**
     * Countries by their everyday names (a closed list). Not 中华人民共和国, mostly the start of a body's name
     * (中华人民共和国宪法起草委员会), where it says no country the thing came from.
     */
    private static final String COUNTRY_NAMES = "中国|我国|美国|英国|法国|德国|日本|苏联|俄国|俄罗斯"
            + "|朝鲜|韩国|越南|印度|荷兰|意大利|加拿大|澳大利亚|新加坡|巴基斯坦|哈萨克斯坦|印度尼西亚|蒙古|泰国|缅甸|老挝|柬埔寨|菲律宾"
            + "|马来西亚|尼泊尔|伊朗|土耳其|埃及|南非|巴西|古巴|墨西哥|阿根廷|西班牙|葡萄牙|瑞士|瑞典|挪威|波兰|奥地利|比利时|希腊"
            + "|阿尔巴尼亚|南斯拉夫|罗马尼亚|匈牙利|捷克|新西兰|智利|秘鲁|肯尼亚|坦桑尼亚|赞比亚|埃塞俄比亚|沙特|以色列|乌克兰|白俄罗斯";
    private static final Pattern COUNTRIES = Pattern.compile(COUNTRY_NAMES);
    /** What names no city: a country, in any of its names, or the whole country (全国, 祖国). */
    private static final Pattern NO_CITY = Pattern.compile("中华人民共和国|全国|祖国|" + COUNTRY_NAMES);

    /** What is done once (批复, 设立, 通过): the date asked is of that act. */
    private static final Pattern ONCE = Pattern.compile("批(?![评判])|设立|设定|确定|决定|通过|颁布|发布|命名|定为|确立");
    /** A month and day (9月3日, 十月一日). */
    private static final String MONTH_DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]";
    /** A date that comes round every year. */
    private static final Pattern RECURRING = Pattern.compile("每年的?" + MONTH_DAY
            // the day a commemoration falls on, as it is named or set (纪念日是9月3日, 将9月3日确定为…纪念日)
            + "|(?<=(?:纪念日|节|公祭日)(?:定为|确定为|是|为))" + MONTH_DAY
            + "|(?<=将)" + MONTH_DAY + "(?=(?:确定|定|设立|设)为)");

    /**
     * A question asking for one level of address (哪个区, 哪个县, 哪个村): an answer names that level. Not a province or
     * a city, which answers name without 省 or 市 (湖南, 广州).
     */
    private static final Pattern LEVEL_ASKED = Pattern.compile("(?:哪个|哪一个|什么|哪)(?:地级)?(县|区|镇|乡|村|街|路|高地|岛|港|站|市(?![场民区里面]))");

    /**
     * The parts of a date a when-question asks for: 哪一年 a year, 几月 a month, 哪天 or 几号 a day (or a day of the
     * week, or 下旬), 几点 an hour; 什么时候 and 何时 any of them. An answer gives the finest part asked (哪年哪月哪日
     * a day: 从2017年起 does not say which day) or the hour: 每周一上午 does not say which year 周汇朝学 began.
     */
    private enum DatePart {
        YEAR("哪年|哪一年|几几年|年份|哪个年份", "\\d{4}年|[〇零一二三四五六七八九]{4}年|\\d{4}(?:—|－|-|至|到)"),
        MONTH("几月|哪个月|哪月|哪一月", "\\d{1,2}月|[一二三四五六七八九十]{1,3}月"),
        // a day is 25日 or 5月25号, never 五号 alone: 长征五号 and 神舟五号 are names
        DAY("几号|哪天|哪一天|几日|哪日|日期", "\\d{1,2}日|(?<=月)\\d{1,2}号|[一二三四五六七八九十]{1,3}日|(?:周|星期|礼拜)[一二三四五六日天]"
                + "|[上中下]旬|春分|秋分|夏至|冬至|立春|立夏|立秋|立冬|清明节|谷雨|芒种|惊蛰|处暑|霜降|寒露"),
        HOUR("几点|几时", "\\d{1,2}[点时](?!间)|[一二三四五六七八九十]{1,3}[点时](?!间)|上午|下午|凌晨|傍晚|晚上|早上|中午|深夜|午夜");

        private final Pattern asks;
        private final String answers;

        DatePart(String asks, String answers) {
            this.asks = Pattern.compile(asks);
            this.answers = answers;
        }

        private static final Cache<String, Pattern> ASKED =
                bounded(10_000);

        /** Whether the question asks the year and a finer part too (哪年哪月哪日, 几几年几月几号). */
        static boolean yearAndMore(String question) {
            return YEAR.asks.matcher(question).find() && (MONTH.asks.matcher(question).find() || DAY.asks.matcher(question).find());
        }

        /** What answers the question's date: its finest part asked (with an hour, if asked), or any date when it names none. */
        static Pattern asked(String question) {
            return ASKED.get(question, q -> {
                DatePart finest = null;
                boolean hour = false;
                for (DatePart p : values()) {
                    if (!p.asks.matcher(q).find()) continue;
                    if (p == HOUR) hour = true;
                    else finest = p; // YEAR, MONTH, DAY: the later, the finer
                }
                if (finest == null && !hour) return QuestionKind.WHEN.answers();
                String answers = finest == null ? HOUR.answers : hour ? finest.answers + "|" + HOUR.answers : finest.answers;
                return Pattern.compile(answers);
            });
        }
    }

    /**
     * A meeting with the two characters before its ending (紧急会议, 代表大会, 古田会议), or an ordinal congress (二十大):
     * compared with the question whole, or every sentence would name only the 会议 that 八七会议是什么会议 names.
     */
    private static final Pattern MEETING_NAME = Pattern.compile("[\\u4e00-\\u9fa5\\d]{0,2}(?:会议|大会|全会)|[一二三四五六七八九十]+大");

    /** A year told, or one the sentence takes from the one before (同年, 次年). */
    private static final Pattern YEAR_TOLD = Pattern.compile("\\d{4}年|[〇零一二三四五六七八九]{4}年|\\d{4}(?:—|－|-|至|到)|同年|次年|翌年|当年|那年|这一年|前一年");

    /** 西安事变和平解决后，1937年1月13日，…: what follows 后 happened after the event, it is not the event's own date. */
    private static final Pattern AFTER = Pattern.compile("(?:之后|以后|后)[,，]");

    /**
     * True when the sentence's dates all come after a clause that ends in 后 ("…后，"), that clause is what shares the
     * question's words and the rest shares none of them: the dates are of what happened next (西安事变和平解决后，
     * 1937年1月13日，中共中央机关进驻延安 does not say when 西安事变 was). Words are compared as adjacent character
     * pairs.
     */
    static boolean datesOfALaterEvent(String sentence, String question) {
        Matcher m = AFTER.matcher(sentence);
        if (!m.find()) return false;
        String before = sentence.substring(0, m.start()), after = sentence.substring(m.end());
        Pattern dates = QuestionKind.WHEN.answers();
        if (dates.matcher(before).find() || !dates.matcher(after).find()) return false;
        return sharesAPair(before, question) && !sharesAPair(after, question);
    }

    private static boolean sharesAPair(String text, String question) {
        return pairsShared(text, question) > 0;
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    static boolean isHanChar(char c) {
        return isHan(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Measure words a count may be asked in (多少人, 几根, 多少篇, 多少钱). */
    private static final Set<String> UNITS = Set.of("公里", "人", "名", "位", "根", "条", "次", "篇", "本", "部", "座", "所", "家",
            "项", "件", "张", "期", "场", "批", "种", "届", "架", "艘", "辆", "枚", "颗", "支", "门", "岁", "斤", "吨", "米", "度",
            "册", "套", "钱", "元", "圈", "块", "层", "级", "户", "天", "间", "栋", "处", "只", "头", "匹", "棵", "首", "句", "字",
            "页", "台", "份", "封", "亩", "克", "口", "里", "分", "道", "题", "节", "小时", "分钟", "公斤", "千克", "千米", "平方米", "平方公里");
    /** Units longer than one character, longest first, as {@link #unitAt} looks for them. */
    private static final List<String> LONG_UNITS = UNITS.stream().filter(u -> u.length() > 1)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** What a number right before it names rather than counts (391高地, 748工程, 8341部队). */
    private static final Pattern NUMBERED_NAME = Pattern.compile("高地|工程|计划|型|次列车|路(?!程)|大街|街|厂|所(?![有以])|医院|部队|兵团");
    /** Other words a number is counted or dated in (not asked for as a count's unit, but not a count of people either). */
    private static final Set<String> OTHER_UNITS = Set.of("个", "年", "月", "日", "号", "时", "点", "秒", "周", "倍", "%", "％");
    /** A number: digits, or Chinese numerals, with 多/余/来 and 万/亿 (543万, 两万余, 3.5万). */
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十百千两]+)[多余来]?[万亿]?[多余]?");

    /**
     * Whether the sentence may count in the unit a 多少/几 question names (多少人, 几根, 多少钱; people are counted as 人,
     * 名 or 位 alike, money in 元): some number in it is followed by that unit, or is in digits followed by no unit at
     * all (30万军民). False when every number is in another unit (两弹一星元勋多少位 is not answered by an age, 62岁, or
     * a date). The unit is the word the segmenter finds right after 多少 or 几, so 多少支前民工 and 多少部门 name none;
     * people counted by what they are (多少党员, 多少学员) are
     * counted as 人, 名, 位 or households (户); without a unit (多少个) any number will do.
     */
    static boolean countsInTheUnitAsked(String sentence, String question) {
        String unit = UNIT_ASKED.get(question, AnswerChecks::unitAsked);
        if (unit.isEmpty()) return true;
        boolean ordinalAsked = question.contains("第几") || question.contains("第多少");
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            boolean ordinal = m.start() > 0 && sentence.charAt(m.start() - 1) == '第';
            // a lone 一 is mostly an article (三天一层楼 does not say how many storeys), but not as the one asked
            // (第一位 for 第几位) nor as one person alone (只授予了于敏一人; not 独自一人, which says how, not how many)
            if (m.group().equals("一") && !(ordinal && ordinalAsked) && (!ONE_PERSON.matcher(sentence).region(m.start(), sentence.length()).lookingAt()
                    || ALONE.matcher(sentence).region(0, m.start()).find())) continue;
            // a number in a model's name (解放CA10, 长征2F) counts nothing
            if (m.start() > 0 && isLatinLetter(sentence.charAt(m.start() - 1)) || m.end() < sentence.length() && isLatinLetter(sentence.charAt(m.end()))) continue;
            // an ordinal counts nothing (第115师 is one division, not 115 of anything), unless an ordinal is asked
            if (ordinal && !ordinalAsked) continue;
            String next = unitAt(sentence, m.end());
            // a number that names a hill, a project or a unit (391高地, 748工程, 8341部队) counts nothing
            if (next == null && m.group().chars().allMatch(c -> Character.isDigit(c) || c == '.')
                    && NUMBERED_NAME.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue;
            // a count the question itself names (那30颗卫星里…有几颗), or a name with a number the question has (391高地),
            // is not the one it asks
            if (next != null && question.contains(m.group() + next)) continue;
            if (next == null && m.end() < sentence.length() && question.contains(sentence.substring(m.start(), m.end() + 1))) continue;
            // the very number the question counts with (当年那18户里…有几位 is not answered by 18位农民)
            if (numberInQuestion(question, m.group(1))) continue;
            // the people just named, taken up again (…，两人作为济南的代表出席): who they are, not how many there were
            if (THEM_AGAIN.matcher(sentence).region(m.start(), sentence.length()).lookingAt() && (m.start() == 0
                    || CLAUSE_BREAK.matcher(sentence.substring(m.start() - 1, m.start())).matches())) continue;
            // money is told in 元 (花了多少钱 is not answered by 15座桥墩，16孔钢梁): a bare number counts things, not money
            if (MONEY.contains(unit) && MONEY_TOLD.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) return true;
            if (next == null ? Character.isDigit(m.group(1).charAt(0)) && !MONEY.contains(unit) : sameUnit(next, unit)) return true;
            // fights are counted as times too (大小战斗1824次 for 多少场战斗); matches are not (连续五次夺冠 for 打了几场)
            if ("次".equals(next) && unit.equals("场") && FIGHTS.matcher(question).find()) return true;
        }
        return false;
    }

    /**
     * A count asked in tens of thousands or hundreds of millions (消灭了敌人多少万, 几亿人) is told in them: a number
     * with 万 or 亿 (154万余人) or written out in full (1540000), not 三大战役.
     */
    static boolean inTheMagnitudeAsked(String sentence, String question) {
        Matcher asked = MAGNITUDE_ASKED.matcher(question);
        if (!asked.find()) return true;
        Matcher told = NUMBER.matcher(sentence);
        while (told.find()) {
            if (told.group().indexOf(asked.group(1).charAt(0)) >= 0) return true;
            if (asked.group(1).equals("万") && told.group(1).chars().allMatch(Character::isDigit) && told.group(1).length() >= 5) return true;
        }
        return false;
    }

    /** Whether a number in digits (of two digits or more) stands in the question as a number of its own. */
    private static boolean numberInQuestion(String question, String number) {
        if (number.length() < 2 || !number.chars().allMatch(Character::isDigit)) return false;
        for (int at = question.indexOf(number); at >= 0; at = question.indexOf(number, at + 1)) {
            int end = at + number.length();
            boolean alone = (at == 0 || !isDigitOrPoint(question.charAt(at - 1))) && (end == question.length() || !isDigitOrPoint(question.charAt(end)));
            if (alone) return true;
        }
        return false;
    }

    private static boolean isDigitOrPoint(char c) {
        return Character.isDigit(c) || c == '.';
    }

    /** Two or three people already named, as a clause's subject (两人作为…, 三人一起…). */
    private static final Pattern THEM_AGAIN = Pattern.compile("[两二三][人位](?:作为|都|均|一起|一同|同时|分别|先后|也|还|便|又|共同|随即|相|携手|并肩|由|经)");

    /** One person, alone: 一人, not 一人一… (one each). */
    private static final Pattern ONE_PERSON = Pattern.compile("一[人名位](?!一)");

    private static final Pattern MAGNITUDE_ASKED = Pattern.compile("(?:多少|几十|几百|几千|几)(万|亿)");

    private static final Pattern FIGHTS = Pattern.compile("战斗|战役|仗|作战|交战");
    private static final Set<String> MONEY = Set.of("钱", "元");
    /** A sum of money after its number: 元 of any currency (540万银元, 20美元), 块, 大洋, 两 of silver. */
    private static final Pattern MONEY_TOLD = Pattern.compile("(?:银|美|日|港|法郎|韩)?元|块|大洋|两(?:白?银)?");

    private static boolean sameUnit(String found, String asked) {
        return switch (asked) {
            // a count of people may be told in households (十八户农民)
            case "人", "名", "位" -> found.equals("人") || found.equals("名") || found.equals("位") || found.equals("户");
            case "钱", "元" -> found.equals("元");
            case KIN_COUNT -> found.equals("个") || found.equals("人") || found.equals("名") || found.equals("位");
            // one thing counted in either word (金牌九块 or 九枚, 十八户 or 十八家)
            case "块", "枚" -> found.equals("块") || found.equals("枚");
            case "户", "家" -> found.equals("户") || found.equals("家");
            case "栋", "座" -> found.equals("栋") || found.equals("座");
            // items of a list, of a programme or of demands (八项主张 for 多少条主张)
            case "条", "项" -> found.equals("条") || found.equals("项");
            // copies of a book (印了几本: 首版印了1000册)
            case "本", "册" -> found.equals("本") || found.equals("册");
            // questions answered, by either word (答对7题 for 答对了几道)
            case "道", "题" -> found.equals("道") || found.equals("题");
            case "公斤", "千克" -> found.equals("公斤") || found.equals("千克");
            case "公里", "千米" -> found.equals("公里") || found.equals("千米");
            default -> found.equals(asked);
        };
    }

    /** The measure word at a position of a text (the longest of {@link #UNITS} and {@link #OTHER_UNITS}), or null. */
    private static String unitAt(String text, int at) {
        for (String u : LONG_UNITS) if (text.startsWith(u, at)) return u;
        if (text.startsWith("世纪", at)) return "世纪"; // 20世纪80年代 dates, it does not count
        if (text.startsWith("年代", at)) return "年代"; // nor does the decade (60年代初 is no 60 years)
        if (at >= text.length()) return null;
        String one = text.substring(at, at + 1);
        return UNITS.contains(one) || OTHER_UNITS.contains(one) ? one : null;
    }

    /**
     * The unit a question counts in, or "" when it names none: the word that follows 多少 or 几, or the rest of the
     * word they begin (a knowledge base may have taught the segmenter 多少人 as one word).
     */
    private static String unitAsked(String question) {
        if (!question.contains("多少") && !question.contains("几")) return "";
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(question);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            String asked = w.startsWith("多少") ? "多少" : w.startsWith("几") ? "几" : null;
            if (asked == null) continue;
            String unit = w.length() > asked.length() ? w.substring(asked.length()) : i + 1 < words.size() ? words.get(i + 1).text() : "";
            // the segmenter may glue the question mark to the unit (多少米? → 米?)
            unit = TRAILING_MARKS.matcher(unit).replaceAll("");
            // children and kin counted with 个 (几个孩子): counted with 个 or as people, not by any number (一个农民家庭)
            int after = w.length() > asked.length() ? i + 1 : i + 2;
            if ((unit.equals("个") || unit.equals("位")) && after < words.size() && KIN.matcher(words.get(after).text()).lookingAt()) return KIN_COUNT;
            if (UNITS.contains(unit)) return unit;
            // a measure word the segmenter glued to the people it counts (几 + 口人; not 多少 + 支前民工)
            if (unit.length() == 2 && unit.endsWith("人") && UNITS.contains(unit.substring(0, 1))) return unit.substring(0, 1);
            // or to the thing it counts, as a word of its own (多少 + 本书, 几 + 首诗): the measure word
            if (unit.length() == 2 && GLUED_UNIT.matcher(unit).matches()) return unit.substring(0, 1);
            // people counted by what they are (多少学员, 几个代表 is 个's): counted as 人, 名 or 位
            if (PEOPLE.matcher(unit).find()) return "人";
        }
        // 遇难人数是多少: a number of people, whatever word counts them
        if (question.contains("人数")) return "人";
        return "";
    }

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{P}\\s]+$");
    /** A measure word and the thing it counts the segmenter read as one word (本书, 首诗, 篇文). */
    private static final Pattern GLUED_UNIT = Pattern.compile("本书|首诗|篇文|部书|封信|件事|门课|座桥|条路|张照");
    private static final Pattern KIN = Pattern.compile("孩子|儿子|女儿|子女|儿女|兄弟|姐妹|孙子|孙女|后代|娃");
    /**
     * Whether the question counts a thing in a unit (多少块石料, 几架飞机) the sentence does not speak of, not even by its
     * last character (敌机 for 飞机): 碑座四周共有10块汉白玉浮雕 counts reliefs, not the stones the monument took.
     */
    static boolean countedThingUntold(String sentence, String question) {
        String noun = THING_COUNTED.get(question, AnswerChecks::thingCounted);
        if (noun.isEmpty()) {
            // people counted by what they are (多少个老师): a sentence counting others (1800多名女孩) does not tell it
            String people = PEOPLE_COUNTED.get(question, AnswerChecks::peopleCounted);
            return !people.isEmpty() && !sentence.contains(people) && sentence.indexOf(people.charAt(people.length() - 1)) < 0;
        }
        // a suffix is no head (稿子 → 稿: 稿件)
        char head = noun.length() == 2 && "头子儿".indexOf(noun.charAt(1)) >= 0 ? noun.charAt(0) : noun.charAt(noun.length() - 1);
        return !sentence.contains(noun) && sentence.indexOf(head) < 0;
    }

    /**
     * A count per year, month or day asked (每年招多少个学生) and a sentence giving no rate, only a total (截至2021年，帮助1800
     * 多名女孩…): the total is not what comes each year.
     */
    static boolean perPeriodUntold(String sentence, String question) {
        return PER_PERIOD_ASKED.matcher(question).find() && !PER_PERIOD_TOLD.matcher(sentence).find();
    }

    private static final Pattern PER_PERIOD_ASKED = Pattern.compile("(?:每|(?<![头第前后那这同当上下])一)(?:年|个?月|天|日|周|个?星期)[^，,。？?]{0,8}(?:多少|几)");
    private static final Pattern PER_PERIOD_TOLD = Pattern.compile("每|[年月日]均|平均|一年|一个月|一天|全年|当年|[年月日]接待|年招|年产|年销");

    /**
     * The first 多少 or 几 of a question as typed (answering appends its terms' synonyms after a space): the words, where
     * it stands, the unit it counts in (glued to it, 几个, or the word after) and where the word after that unit stands.
     */
    private record CountWord(List<ChineseSegmenter.Word> words, int at, String unit, int next) {
        boolean bareHowMany() {
            return words.get(at).text().equals("多少");
        }
    }

    private static CountWord countWord(String question) {
        if (!question.contains("多少") && !question.contains("几")) return null;
        int typed = question.indexOf(' ');
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(typed < 0 ? question : question.substring(0, typed));
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i).text();
            String asked = w.startsWith("多少") ? "多少" : w.startsWith("几") ? "几" : null;
            if (asked == null) continue;
            boolean glued = w.length() > asked.length();
            return new CountWord(words, i, glued ? w.substring(asked.length()) : words.get(i + 1).text(), glued ? i + 1 : i + 2);
        }
        return null;
    }

    /** A noun that may be the thing counted: not a name, a person, kin, or a question word. */
    private static boolean countableNoun(ChineseSegmenter.Word t) {
        String noun = t.text();
        return t.nature().startsWith("n") && !t.nature().startsWith("nr") && noun.length() >= 2 && !PEOPLE.matcher(noun).find()
                && !KIN.matcher(noun).lookingAt() && !QueryTerms.QUESTION_WORDS.contains(noun);
    }

    /** The thing a question counts in a unit (多少块石料 → 石料), or "" (remembered per question: every candidate asks). */
    private static String thingCounted(String question) {
        CountWord count = countWord(question);
        if (count == null) return "";
        List<ChineseSegmenter.Word> words = count.words();
        int thing = count.next();
        // a thing counted with no unit (放了多少鞭炮), read by the last of the nouns right after (多少科技工作者 → 工作者)
        if (count.bareHowMany() && !UNITS.contains(count.unit()) && !OTHER_UNITS.contains(count.unit())) {
            thing = count.at() + 1;
            while (thing + 1 < words.size() && words.get(thing).nature().startsWith("n") && words.get(thing + 1).nature().startsWith("n")
                    && words.get(thing + 1).offset() == words.get(thing).offset() + words.get(thing).text().length()) thing++;
        } else if (!UNITS.contains(count.unit()) || thing >= words.size()) return "";
        ChineseSegmenter.Word t = words.get(thing);
        return countableNoun(t) && !ABSTRACT.matcher(t.text()).find() ? t.text() : "";
    }

    /**
     * Things counted by 个 asked (分了几个小组) and a sentence with no number of them: none before 个 or before the thing
     * itself (6个研学小组, 5县), only numbers of something else (每个小组提交不少于2000字的报告, 5月16日).
     */
    static boolean thingsByTheOneUntold(String sentence, String question) {
        String noun = THING_BY_THE_ONE.get(question, AnswerChecks::thingByTheOne);
        // (第几个 asks which, not how many)
        if (noun.isEmpty() || question.contains("第几") || question.contains("第多少")) return false;
        String head = noun.substring(noun.length() - 1);
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            if (m.group().equals("一") || m.start() > 0 && sentence.charAt(m.start() - 1) == '第') continue;
            if (numberInQuestion(question, m.group(1))) continue;
            if (sentence.startsWith("个", m.end()) || sentence.startsWith(noun, m.end()) || sentence.startsWith(head, m.end())) return false;
            // another word that counts things or people (1800多名女孩); not a measure (2000字) nor a date (5月16日)
            String unit = unitAt(sentence, m.end());
            if (unit != null && UNITS.contains(unit) && !MEASURES.contains(unit)) return false;
        }
        return true;
    }

    /** The thing a question counts by 个 (几个小组 → 小组), or "": remembered per question. */
    private static String thingByTheOne(String question) {
        CountWord count = countWord(question);
        if (count == null || !count.unit().equals("个") || count.next() >= count.words().size()) return "";
        ChineseSegmenter.Word t = count.words().get(count.next());
        // (spans of time are told in other words: 几个星期 by 3周)
        return countableNoun(t) && !SPANS.matcher(t.text()).find() ? t.text() : "";
    }

    /** Units that measure an amount rather than count things: a number in them is no count of the things asked. */
    private static final Set<String> MEASURES = Set.of("公里", "岁", "斤", "吨", "米", "度", "钱", "元", "圈", "层", "级", "天", "字", "页",
            "亩", "克", "里", "小时", "分钟", "公斤", "千克", "千米", "平方米", "平方公里", "次");

    private static final Pattern SPANS = Pattern.compile("星期|小时|钟头|礼拜|年头|月|世纪|周末");

    private static final Cache<String, String> THING_BY_THE_ONE =
            bounded(10_000);

    /**
     * People of a kind counted (党支部有多少名党员) and a sentence that counts them only together with others (支部全体党员、
     * 入党积极分子和部分青年科研骨干共41人): the total is not theirs.
     */
    static boolean onlyCountedWithOthers(String sentence, String question) {
        String people = PEOPLE_COUNTED.get(question, AnswerChecks::peopleCounted);
        if (people.isEmpty()) return false;
        String k = Pattern.quote(people);
        // (unless the question counts them with the others too: 来了多少党员和积极分子)
        if (Pattern.compile(k + "[、和及与]").matcher(question).find()) return false;
        if (!Pattern.compile(k + "[、和及与][^，。；,;]{1,24}?(?:共|一共|总共|合计)(?:有)?[\\d零〇一二两三四五六七八九十百千]").matcher(sentence).find()) return false;
        return !Pattern.compile("[\\d零〇一二两三四五六七八九十百千]+[多余]?[名个位]" + k + "|" + k + "(?:有|共|共有|为)?[\\d零〇一二两三四五六七八九十百千]+[多余]?[名人个位]")
                .matcher(sentence).find();
    }

    /** The kind of people a question counts (多少个老师 → 老师), or "": remembered per question. */
    private static String peopleCounted(String question) {
        int typed = question.indexOf(' ');
        Matcher m = PEOPLE_KIND_COUNTED.matcher(typed < 0 ? question : question.substring(0, typed));
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern PEOPLE_KIND_COUNTED = Pattern.compile("(?:多少|几)(?:个|名|位)?(老师|教师|医生|护士|学生|同学|战士|党员|干部|工人|农民|队员|科学家|院士|代表|志愿者)");
    private static final Cache<String, String> PEOPLE_COUNTED =
            bounded(10_000);

    private static final Cache<String, String> THING_COUNTED =
            bounded(10_000);

    /** The unit of a count of children or kin (几个孩子). */
    private static final String KIN_COUNT = "个孩子";

    /** A list asked for by its length: 哪三条, 哪几项, 哪两个, 哪四大. */
    private static final String LIST_UNITS = "(个|条|项|点|种|句|大|方面|部分|件|类|次)";
    private static final Pattern LIST_LENGTH = Pattern.compile("哪([两二三四五六七八九十几]+)" + LIST_UNITS);
    /** A list named by its length and what it lists (三大方针, 四项原则). */
    private static final Pattern LIST_NAMED_BY_LENGTH = Pattern.compile("([两二三四五六七八九十]+)(?:大|条|项|个|种|点)(\\p{IsHan}{2})");
    private static final Pattern ITEMS_FOLLOW = Pattern.compile("[：:—、]|是|即|包括|分别");
    /** A length given in a sentence (三条, 6项). */
    private static final Pattern LENGTH_GIVEN = Pattern.compile("[两二三四五六七八九十\\d]+" + LIST_UNITS);

    /**
     * Whether a sentence only says how long the list asked for is (确定了三条基本方针 for 有哪三条方针): the count the
     * question gives, back, without the items.
     */
    public static boolean restatesTheCount(String question, String sentence) {
        // (a list named by its length and its noun, 外交三大方针具体怎么说, restated as 确定了三条基本方针)
        Matcher named = LIST_NAMED_BY_LENGTH.matcher(question);
        if (named.find()) {
            Matcher restated = Pattern.compile(named.group(1) + "[大条项个种点]\\p{IsHan}{0,4}?" + Pattern.quote(named.group(2))).matcher(sentence);
            // (not when the items follow: 三大工程——大型轧钢厂、无缝钢管厂、七号炼铁炉)
            if (restated.find() && !ITEMS_FOLLOW.matcher(sentence.substring(restated.end())).find()) return true;
        }
        Matcher m = LIST_LENGTH.matcher(question);
        if (!m.find()) return false;
        String n = m.group(1), unit = m.group(2);
        if (!n.equals("几")) return sentence.contains(n + unit);
        for (Matcher given = LENGTH_GIVEN.matcher(sentence); given.find(); ) if (given.group(1).equals(unit)) return true;
        return false;
    }

    /** Words for people (学员, 党员, 代表, 士兵, 科学家, 群众…), counted in 人, 名 or 位. */
    private static final Pattern PEOPLE = Pattern.compile("(?:[员者兵民士]|学生|工人|民工|干部|代表|群众|同胞|烈士|英雄|科学家|专家|院士|战士|官兵|百姓|村民|农民|职工|志愿者)$");

    private static final Cache<String, String> UNIT_ASKED =
            bounded(10_000);

    /**
     * Whether a sentence has a fact of the kind asked for, as the choice of a passage's answer sentence weighs it:
     * for a count, in the unit asked; for a date, not only dates of what followed the event.
     */
    public static boolean answersKind(QuestionKind kind, String sentence, String question) {
        if (!kind.answeredBy(sentence)) return false;
        return switch (kind) {
            case COUNT -> {
                Measure measure = Measure.asked(question);
                yield measure != null ? measure.holds(sentence, question) == Holds.YES
                        : counts(sentence, question) != Holds.NONE && countsInTheUnitAsked(sentence, question);
            }
            case WHEN -> !datesOfALaterEvent(sentence, question);
            default -> true;
        };
    }

    /**
     * What a 多高, 多远, 多重, 几岁 or 多久 question measures, and how its answer gives it: a number in the units of that
     * measure (37.94米, 五十九岁, 43天), for a duration also a span between two dates (从9月12日开始，到11月2日结束) or how
     * often (每月一次). A date is no duration: 1920年 says when, 三年 how long. A building's floors tell its height
     * (高十三层), layers of meaning do not (碑文分为三层意思).
     */
    enum Measure {
        LENGTH("多高|多长(?!时间)|多远|多深(?![远刻厚])|多宽|多厚|(?:全长|长度|总长|高度|海拔)(?:是|有|为)?多少", "(?:米|公里|千米|厘米|毫米|里|尺|丈|海里|层(?![意含次面级])|%|％|倍)"),
        WEIGHT("多重(?![要大视])", "(?:吨|公斤|千克|克|斤)"),
        AGE("几岁|多少岁|多少周岁|多大岁数|多大年纪|多大年龄|(?:时|时候|那年)多大|多大了", "周?岁"),
        DURATION("多久|多长时间|多少时间|多少年(?!级)|多少天|多少个月|多少小时|多少分钟|几年(?!级)|几天|几个月|几小时",
                // (a decade, 60年代, is no number of years)
                // (nor 天 opening a word: 一个天然溶洞)
                "(?:年(?!代)|个月|个多月|天(?![然下地空真性生才文气堂使])|小时|分钟|个星期|周(?!年)|昼夜|个春秋)");

        private final Pattern asks;
        private final Pattern answers;

        Measure(String asks, String units) {
            this.asks = Pattern.compile(asks);
            // 同一年, 第一年, 那一年 say which year, not how many
            // (几十年 is no number of years)
            this.answers = Pattern.compile("(?<![\\d.同第这那哪几])(\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十百千两半]+)[多余来]?[万亿]?[多余]?个?" + units);
        }

        static Measure asked(String question) {
            for (Measure m : values()) if (m.asks.matcher(question).find()) return m;
            return null;
        }

        // (到 after a verb is where someone went, 被调到兰考, not the end of a span)
        // (and 到 only before the span's other end, 到1936年, 到次年: 1916年，彭德怀到湘军当兵 tells where he went)
        private static final Pattern SPAN = Pattern.compile("(?:\\d{1,2}月|\\d{1,2}日|\\d{4}年)[^。；;]{0,12}?(?:至|(?<![调来回走送遇收得找看想做办达接派迁搬转赶跑受感])到"
                + "(?=\\s*(?:\\d|[一二三四五六七八九十]|今|现在|次年|翌年|第二年|年底|年末|年初|年中|月底|月初|同年|当年|抗战|解放|新中国))|—|－|~|～)");
        private static final Pattern HOW_OFTEN = Pattern.compile("每(?:[一二两三四五六七八九十半\\d]+)?个?(?:年|月|季度|周|星期|天|日)"
                + "|[\\d一二两三四五六七八九十半]+个?(?:年|月|季度|周|星期|天)[^，,。；;]{0,6}一次"
                // (a journal by how often it comes out: 《励新》半月刊)
                + "|(?:半月|双月|双周|[日周旬月季年])刊");
        private static final Pattern GATHERING_LENGTH_ASKED = Pattern.compile("(?:活动|会议|党日|党课|讲座|仪式|演练|典礼|座谈会|报告会|晚会|比赛|研学|大会)"
                + "[^，,。？?]{0,8}(?:多久|多长时间|多少时间|几个小时|多少小时|多少分钟|几个钟头)");
        private static final Pattern WITHIN_A_YEAR = Pattern.compile("(?<![\\d.同第这那哪])(\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十百千两半]+)[多余来]?个?[多余]?"
                + "(?:个月|个多月|天|小时|分钟|个星期|周(?!年)|昼夜|钟头)|半天|半个?小时|一整天|一上午|一下午");
        /** The length of a period (预备期多长, 期限最多多长, 学制有多长): a time, not a distance (总干渠有多长). */
        private static final Pattern PERIOD_LENGTH = Pattern.compile("(?:期|期限|时长|年限|任期|刑期|学制|学时|工期)[^，,。？?]{0,8}多长|多长的?[^，,。？?]{0,4}(?:期|期限|时长|年限|任期|刑期|学制|学时|工期)");
        /** How often something is done (多久开一次, 隔多长时间): answered by a period it recurs in (每五年), not a span. */
        private static final Pattern FREQUENCY = Pattern.compile("(?:多久|多长时间|多少年|几年|几个月|多少天|几天|多少个月)[^，,。？?]{0,6}一[次期回趟]|隔多[久长]");

        Holds holds(String sentence, String question) {
            // 多长 asks a length or a time, whichever the thing has (预备期多长: 一年)
            if (this == LENGTH && PERIOD_LENGTH.matcher(question).find() && DURATION.holds(sentence, question) == Holds.YES) return Holds.YES;
            // the dimension asked: a length is not a height (坝体全长多少米 is not told by 坝顶高程185米)
            if (this == LENGTH && !sameDimension(sentence, question)) return Holds.NONE;
            // how often: 一百多年来 is how long something has gone on, not how often it comes round
            if (this == DURATION && FREQUENCY.matcher(question).find()) return HOW_OFTEN.matcher(sentence).find() ? Holds.YES : Holds.NONE;
            // one gathering's length (那次主题党日活动开了多长时间) is not told in years (46年党龄, 干了31年)
            if (this == DURATION && GATHERING_LENGTH_ASKED.matcher(question).find()) return matches(WITHIN_A_YEAR, sentence, question);
            // 1920年 and 一九二〇年 are years, not a number of them
            Holds h = matches(answers, sentence, question, r -> this == DURATION && r.group().endsWith("年") && isYear(r.group(1)));
            // (how often something comes round, 每年, tells no length of time)
            if (h != Holds.YES && this == DURATION && SPAN.matcher(sentence).find()) return Holds.YES;
            return h;
        }

        /**
         * A length and a height: how a question asks each, and the words a sentence tells each in. A sentence telling
         * only the other one (坝顶高程185米 for 坝体全长多少米, 全长1956公里 for 多高) answers another question.
         */
        private static final Pattern ASKS_LENGTH = Pattern.compile("多长|(?:全长|长度|总长)(?:是|有|为)?多少");
        private static final Pattern ASKS_HEIGHT = Pattern.compile("多高|(?:高度|海拔|高程)(?:是|有|为)?多少");
        private static final Pattern NAMES_LENGTH = Pattern.compile("全长|长度|总长");
        private static final Pattern TELLS_LENGTH = Pattern.compile("长|绵延|跨度|里程");
        private static final Pattern TELLS_HEIGHT = Pattern.compile("高|海拔|水位");
        /** A speed is told in kilometres too (时速160公里), and is no length. */
        private static final Pattern TELLS_SPEED = Pattern.compile("时速|速度|每小时");

        private static boolean sameDimension(String sentence, String question) {
            if (ASKS_LENGTH.matcher(question).find()) {
                // a thing's length named (泸定桥全长多少米) is not told by a distance travelled (急行军240里)
                if (NAMES_LENGTH.matcher(question).find()) return TELLS_LENGTH.matcher(sentence).find();
                return TELLS_LENGTH.matcher(sentence).find() || !TELLS_HEIGHT.matcher(sentence).find() && !TELLS_SPEED.matcher(sentence).find();
            }
            if (ASKS_HEIGHT.matcher(question).find()) return TELLS_HEIGHT.matcher(sentence).find() || !TELLS_LENGTH.matcher(sentence).find();
            return true;
        }

        private static boolean isYear(String number) {
            return number.length() == 4 && (Character.isDigit(number.charAt(0)) || number.chars().allMatch(c -> "〇零一二三四五六七八九".indexOf(c) >= 0));
        }
    }

    private static Holds max(Holds a, Holds b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** A village by its own name: two characters and an ending villages have (东辛庄, 小靳庄), not 庄严 or 碉堡. */
    private static final Pattern VILLAGE = Pattern.compile("[\\u4e00-\\u9fa5]{2}(?<![村农山])(?:庄|屯|寨)(?![严重稼园主子户])");

    private static boolean namesTheLevel(String sentence, String question, String level) {
        for (int at = sentence.indexOf(level, 2); at >= 0; at = sentence.indexOf(level, at + 1)) {
            if (PLACE_BY_ROLE.matcher(sentence.substring(Math.max(0, at - 4), at + level.length())).find()) continue;
            if (!question.contains(sentence.substring(at - 2, at + level.length()))) return true;
        }
        return false;
    }

    /**
     * Whether the sentence names a new place right after one the question names (福建长汀 for 福建哪个县): addresses
     * run from the larger place to the smaller, so it is the smaller one asked for, whatever its name ends with. A
     * new place before one the question names is a larger one (江苏淮安 for 淮安哪个区).
     */
    private static boolean finerPlace(String sentence, String question) {
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (!w.nature().startsWith("ns") || w.text().length() < 2 || question.contains(w.text()) || w.offset() < 2) continue;
            String before = sentence.substring(0, w.offset());
            for (ChineseSegmenter.Word p : ChineseSegmenter.namesIn(sentence)) {
                if (p.nature().startsWith("ns") && p.text().length() >= 2 && question.contains(p.text()) && before.endsWith(p.text())) return true;
            }
        }
        return false;
    }

    /** Person (or place) names in the sentence, and whether any is not in the question. */
    private static Holds names(String sentence, String question, boolean person) {
        boolean any = false;
        List<ChineseSegmenter.Word> words = ChineseSegmenter.namesIn(sentence);
        for (int i = 0; i < words.size(); i++) {
            ChineseSegmenter.Word w = words.get(i);
            String n = w.nature();
            boolean hit = person ? n.startsWith("nr") && !namesAnInstitution(sentence, w) : n.startsWith("ns") || (n.startsWith("nt") || n.startsWith("nz"))
                    && PLACE_WORD.matcher(w.text()).find();
            // a place's name inside a quoted slogan (“助农惠民”: 惠民 is a county too) names no place
            if (!hit || !person && insideAQuotedPhrase(sentence, w)) continue;
            // a place written right before the place the question asks within holds it (浙江杭州 for 在杭州哪里): no answer
            if (!question.contains(w.text()) && !(!person && (containsTheNext(sentence, words, i, question) || namedWithoutItsLevel(w.text(), question)))) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    /** Whether a name read as a person's is the first part of an institution's (康奈尔大学, 洛克菲勒基金会). */
    private static boolean namesAnInstitution(String sentence, ChineseSegmenter.Word w) {
        return INSTITUTION_AFTER.matcher(sentence).region(w.offset() + w.text().length(), sentence.length()).lookingAt();
    }

    private static final Pattern INSTITUTION_AFTER = Pattern.compile("大学|学院|研究[所院]|公司|医院|中学|小学|学校|基金会|实验室|工厂|集团");

    /** Whether a word stands inside quotation marks that hold more than the word itself. */
    private static boolean insideAQuotedPhrase(String sentence, ChineseSegmenter.Word w) {
        int open = sentence.lastIndexOf('“', w.offset());
        if (open < 0) return false;
        int close = sentence.indexOf('”', open);
        return close >= w.offset() + w.text().length() && sentence.lastIndexOf('”', w.offset()) < open
                && close - open - 1 > w.text().length();
    }

    /**
     * Whether word i is a larger place written before the place the question asks within, with nothing finer after
     * that (浙江 of 浙江杭州西湖边起草 for 在西湖边什么地址; not 甘肃 of 甘肃华池县南梁, for 在华池县哪里: 南梁 is the
     * answer, though the segmenter does not know it for a place): the names after it follow each other directly up to
     * one the question asks within, and no noun follows that one.
     */
    private static boolean containsTheNext(String sentence, List<ChineseSegmenter.Word> words, int i, String question) {
        for (int j = i + 1; j < words.size(); j++) {
            ChineseSegmenter.Word before = words.get(j - 1), next = words.get(j);
            if (next.offset() != before.offset() + before.text().length() || next.text().length() < 2) return false;
            if (!next.nature().startsWith("ns") && !next.nature().startsWith("nz")) return false;
            if (placeAskedIn(question, next.text())) return !nounAt(sentence, next.offset() + next.text().length());
        }
        return false;
    }

    /**
     * Whether a place the question asks within (在四川什么地方) is followed in the sentence by a noun (四川仪陇。), or by
     * a part of it and then a noun (瑞金北部的大柏地).
     */
    private static boolean nounAfterThePlaceAskedIn(String sentence, String question) {
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (!w.nature().startsWith("ns") || w.text().length() < 2 || !placeAskedIn(question, w.text())) continue;
            int end = w.offset() + w.text().length();
            Matcher part = PART_OF_A_PLACE.matcher(sentence).region(end, sentence.length());
            int at = part.lookingAt() ? part.end() : end;
            if (nounAt(sentence, at)) return true;
            // a place whose name opens with a direction or size the segmenter splits off (南昌下沙窝, 延安小砭沟)
            if (at + 1 < sentence.length() && PLACE_NAME_OPENING.indexOf(sentence.charAt(at)) >= 0 && nounAt(sentence, at + 1)) return true;
        }
        return false;
    }

    private static final String PLACE_NAME_OPENING = "上下东西南北大小新老前后";

    private static final Pattern PART_OF_A_PLACE = Pattern.compile("(?:[东西南北]部|东南|东北|西南|西北|以[东西南北]|城[郊外]|郊区|附近|境内)的?");

    /** A place after a province or region, then 人: where someone is from (林祥谦是福建闽侯人). */
    private static final Pattern NATIVE = Pattern.compile("^([\\u4e00-\\u9fa5]{2,3})人(?:[，。；、,;）)]|$)");

    /** Whether the sentence says someone is from a place the question does not name, after a larger one (福建闽侯人). */
    private static boolean nativePlace(String sentence, String question) {
        if (!HOME_ASKED.matcher(question).find()) return false;
        // a province first (河南确山人): read without the segmenter, which may have learned the whole as a term of the
        // knowledge base (河南确山) and no longer know it for a place
        Matcher province = PROVINCE_HOME.matcher(sentence);
        while (province.find()) {
            // the place within the province is what is new (河北献县人 tells nothing new of 献县哪个村)
            String within = province.group(2);
            if (!question.contains(within.isEmpty() ? province.group(1) : within)) return true;
        }
        // or after the word for it (祖籍江西余江, 籍贯是湖南湘潭)
        Matcher home = PROVINCE_AFTER_HOME.matcher(sentence);
        while (home.find()) if (!question.contains(home.group(2).isEmpty() ? home.group(1) : home.group(2))) return true;
        for (ChineseSegmenter.Word w : ChineseSegmenter.namesIn(sentence)) {
            if (!w.nature().startsWith("ns") || w.text().length() < 2) continue;
            Matcher m = NATIVE.matcher(sentence.substring(w.offset() + w.text().length()));
            if (m.find() && !question.contains(m.group(1))) return true;
        }
        return false;
    }

    private static final String PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北"
            + "|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆";
    private static final Pattern PROVINCE_HOME = Pattern.compile("((?:" + PROVINCES + ")(?:省)?([\\u4e00-\\u9fa5]{0,5}?))人(?:[，。；、,;）)]|$)");
    private static final Pattern PROVINCE_AFTER_HOME = Pattern.compile("(?:祖籍|籍贯|原籍|老家)(?:是|为|在)?(" + PROVINCES + ")(?:省)?([\\u4e00-\\u9fa5]{0,4}?)(?=[，。；、,;）)]|$)");
    private static final Pattern HOME_ASKED = Pattern.compile("老家|家乡|故乡|籍贯|哪里人|哪儿人|什么地方人|祖籍|祖上|出生");

    /**
     * Whether the question asks where within a place it names (在杭州哪个地方, 在西湖边什么地址, 淮安哪个区), not only
     * names it as part of another word (古田 of 古田会议在哪里开的).
     */
    private static boolean placeAskedIn(String question, String place) {
        for (int at = question.indexOf(place); at >= 0; at = question.indexOf(place, at + 1)) {
            String after = question.substring(at + place.length());
            if (at > 0 && "在到去于".indexOf(question.charAt(at - 1)) >= 0 || WHERE_IN.matcher(after).lookingAt()) return true;
        }
        return false;
    }

    private static final Pattern WHERE_IN = Pattern.compile("的?(?:哪|什么|啥)");

    /** Whether a noun (a finer place, perhaps) begins at a position, past a level's name (县 of 华池县). */
    private static boolean nounAt(String sentence, int at) {
        while (at < sentence.length() && "省市县区镇乡村".indexOf(sentence.charAt(at)) >= 0) at++;
        List<ChineseSegmenter.Word> rest = ChineseSegmenter.forQuery(sentence.substring(at));
        if (rest.isEmpty()) return false;
        String n = rest.get(0).nature();
        if (n.startsWith("n") || n.startsWith("s")) return true;
        // a name the segmenter breaks into pieces (新/a 泉/ng of 连城县新泉休整): two characters or more of them
        // before the verb
        int chars = 0;
        for (ChineseSegmenter.Word w : rest) {
            String wn = w.nature();
            if (!(wn.startsWith("n") || wn.startsWith("g") || wn.equals("a") || wn.equals("b") || wn.equals("j"))) break;
            chars += w.text().length();
        }
        return chars >= 2 && rest.get(0).text().length() == 1;
    }

    /**
     * Words that end the way places do, and whether one is not in the question. A match runs greedily back over the
     * words before it (…毛泽东在三湾), so what is compared with the question is its end: the place word's ending and
     * the character before it (三湾, 会址 with its character before), else every such sentence would seem to name
     * a new place.
     */
    /** Where a sentence says something is: 位于…, 坐落在…, 地处…, 在…一带 (the place up to 的 or a comma). */
    private static final Pattern LOCATED = Pattern.compile("(?:(?:位于|坐落在|坐落于|地处)|(?<=在)(?=[^，,。；;的]{2,6}一带))([^，,。；;、的\\s\\d]{2,8}?)(?:一带|的|，|,|。|；|;|、|$)");

    private static Holds places(String sentence, String question) {
        // where a sentence says something is (位于可可西里, 在两水洞一带), whatever the place's name ends with
        for (java.util.regex.MatchResult located : FactMatches.in(LOCATED, sentence)) {
            if (!question.contains(located.group(1))) return Holds.YES;
        }
        boolean any = false;
        for (java.util.regex.MatchResult m : FactMatches.in(PLACE_WORD, sentence)) {
            String place = m.group();
            // a place by the part it plays (结对村, 试点县, 当地镇) names none
            if (PLACE_BY_ROLE.matcher(place).find()) continue;
            int core = Math.min(place.length(), m.group(1).length() + 1);
            // a number before the ending singles the place out (鄱阳街139号, 第1000号学习室): it is compared too, or
            // a room the question names only in general (…的学习室在哪里) would seem to be all the answer says
            int number = numberBefore(place, place.length() - m.group(1).length());
            if (number >= 0) core = Math.max(core, place.length() - number);
            if (!question.contains(place.substring(place.length() - core)) && !namedWithoutItsLevel(place, question)) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    private static final Pattern PLACE_BY_ROLE = Pattern.compile(
            "(?:贫困|试点|示范|结对|帮扶|重点|先进|文明|对口|定点|样板|典型|模范|所在|当地|本地|周边|附近|邻近|沿线|偏远|各|每个|全)[省市县区镇乡村]$");

    /**
     * A province, city or county the question names without its level (山东 for 山东省, 淮安 for 淮安市): the answer
     * naming it with the level names nothing new.
     */
    private static boolean namedWithoutItsLevel(String place, String question) {
        if (place.length() < 3 || "省市县区".indexOf(place.charAt(place.length() - 1)) < 0) return false;
        // its last two characters: a match of the ending may run on before the name (王杰是山东省)
        return question.contains(place.substring(place.length() - 3, place.length() - 1));
    }

    /** Where the last run of digits before {@code end} starts, or -1 when there is none. */
    private static int numberBefore(String text, int end) {
        int i = end - 1;
        while (i >= 0 && !Character.isDigit(text.charAt(i))) i--;
        if (i < 0) return -1;
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) i--;
        return i;
    }

    /**
     * {@link #matches} for counts, where an ordinal is no count: 第一个 and 第九次 say which one, not how many
     * (设立…时全国有多少科技工作者 is not answered by "…是我国第一个全国科技工作者日"), unless the question asks
     * which one (第几个).
     */
    private static Holds counts(String sentence, String question) {
        boolean ordinalAsked = question.contains("第几") || question.contains("第多少");
        Holds h = matches(QuestionKind.COUNT.answers(), sentence, question,
                r -> !ordinalAsked && (r.start() > 0 && sentence.charAt(r.start() - 1) == '第'
                        || !question.contains("届") && namesASession(sentence, r))
                        || noCount(sentence, r, question));
        // 门牌号是多少, 几号楼: a number before 号 is what is asked (a count reads no number before 号 otherwise)
        return question.contains("号") ? max(h, matches(HOUSE_NUMBER, sentence, question)) : h;
    }

    /**
     * Words that look like a count and say none: 一批 is some (一批青年数学家 for 培养了多少名研究生), unless batches are
     * counted; a day or time written 17/6 10:30 is no count; 独自一人 says alone, not how many were there
     * (彭加木独自一人离开营地 for 考察队有多少人).
     */
    private static boolean noCount(String sentence, java.util.regex.MatchResult r, String question) {
        String found = r.group();
        if (found.equals("一批") && !question.contains("批")) return true;
        // a day or a time of day written with a slash or a colon (17/6 10:30)
        if (r.end() + 1 < sentence.length() && "/:：".indexOf(sentence.charAt(r.end())) >= 0 && Character.isDigit(sentence.charAt(r.end() + 1))
                || r.start() > 1 && "/:：".indexOf(sentence.charAt(r.start() - 1)) >= 0 && Character.isDigit(sentence.charAt(r.start() - 2))) return true;
        return found.equals("一人") && ALONE.matcher(sentence).region(0, r.start()).find();
    }

    private static final Pattern ALONE = Pattern.compile("(?:独自|孤身|只身|单身|单枪匹马)$");

    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\d.])\\d+号");
    /**
     * The last characters of institutions a three-character word asks which one of (出版社, 纪念馆, 研究所); not 厂 or
     * 校, which a company or university answers (鞍钢 for 哪个钢铁厂).
     */
    private static final String INSTITUTION_HEADS = "社局馆院所站台";
    private static final Pattern DOOR_NUMBER = Pattern.compile("门牌|" + HOUSE_NUMBER.pattern());

    /**
     * A number of 届 that names a session (十九届六中全会, 十二届全国人大): which one, not how many, unless 届 are what
     * the question counts (连续当选多少届).
     */
    private static boolean namesASession(String sentence, java.util.regex.MatchResult r) {
        return r.group().endsWith("届") && SESSION_NAMED.matcher(sentence).region(r.end(), sentence.length()).lookingAt();
    }

    private static final Pattern SESSION_NAMED = Pattern.compile("[一二三四五六七八九十\\d]+中全会|中央|全国|人大|政协|代表大会|委员会|[一二三四五六七八九十\\d]+次");

    private static Holds matches(Pattern p, String sentence, String question) {
        return matches(p, sentence, question, r -> false);
    }

    /** Facts of the pattern in the sentence, and whether one is not in the question; {@code skip}: matches that are none. */
    private static Holds matches(Pattern p, String sentence, String question, java.util.function.Predicate<java.util.regex.MatchResult> skip) {
        boolean any = false;
        for (java.util.regex.MatchResult m : FactMatches.in(p, sentence)) {
            if (skip.test(m)) continue;
            if (!question.contains(m.group())) return Holds.YES;
            any = true;
        }
        return any ? Holds.ONLY_ASKED : Holds.NONE;
    }

    /**
     * A place name, or a word that ends the way addresses, sites and rooms do (…村, …路139号, …纪念馆, …活动室). An
     * ending is not one inside a common word that is no place: 路线, 路费, 道路 and 思路; 关系, 关键 and 机关; 号召 and
     * 口号 (a house number has digits before 号); 站起来; 城市, 农村, 城乡, 家乡, 地区, 市场, 院士; 以…为中心.
     */
    private static final Pattern PLACE_WORD = Pattern.compile("[\\u4e00-\\u9fa5\\d]{1,8}("
            + "(?<![反节])省|(?<![城股上])市(?![场民委长])|县(?![长])|(?<![地社山灾误盲景园])区(?![别域分])|(?<![城乡坐])镇"
            + "|(?<![城家故下老同回])乡(?![亲土情愁音])|(?<![农乡])村(?![民])|(?<![道思出新老邪弯正歧前退后生活去来门套])路(?![线费径子程])"
            + "|街|巷|(?<=\\d)号|楼(?![房梯道])|祠|宫|寺|广场|馆(?![长])|院(?![士长])|室(?![主])|厅(?![长])|会址|旧址|故居|基地|陵园|纪念园|烈士陵"
            + "|(?<![为])中心(?![任工环思内问议])|大学|学校|公园|机场|港|站(?![起在稳队岗])|湾|岛|湖|泊|峡"
            + "|(?<![机攻难把相有过])关(?![系键心注于怀头联口])|(?<![进长])城(?![市乡镇])|岭|坡|峪|(?<![金灯水])塔(?![吊楼]))");

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
