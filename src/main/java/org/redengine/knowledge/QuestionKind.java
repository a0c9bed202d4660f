package org.redengine.knowledge;

import java.util.regex.Pattern;

/**
 * What a question asks for, read from its question words. An answer that has the asked-for kind of fact
 * (a date for "哪年", a number for "多少") is preferred over one that merely shares words.
 */
public enum QuestionKind {
    /** Which meeting (checked first: 在哪次会上 is not a place; 哪个会议室 is). */
    MEETING(Pattern.compile("哪次会议|哪次大会|哪次全会|什么会议(?!室)|哪个会议(?!室)|哪一次会议|在什么会上|在哪次会上|哪次会上|哪次代表大会"
            + "|第几次(?:全国)?代表大会|第几届(?:全国)?(?:代表大会|中央委员会|全会)"),
            Pattern.compile("会议|大会|全会|代表大会|[一二三四五六七八九十]+大")),
    /** 几点 is a time of day unless points of a speech or plan follow (几点要求 asks how many). */
    /** How long something took (多长时间, 多少时间) is a measure, not a time. */
    WHEN(Pattern.compile("哪年|哪一年|何时|什么时候|啥时候|几月|(?<![街路巷弄楼栋室])几号|(?<!哪)几点(?!" + Points.WORDS + ")|哪天|哪一天|(?<!多长|多少)时间(?![前后]面)(?![^，,。？?]{0,10}(?:多少|多长|多久))(?!.*(?:谁|哪(?![年天月日])|什么地方|啥地方|叫啥|叫什么))|日期|年份|年月日|几几年|哪个月"
            // which days or years (1935年1月哪几天召开的): dates, not a list of things
            + "|哪[几两三]天|哪[几两三]日|哪[几两三]年|哪几个月"
            // (a birth's year and month: 出生年月是啥)
            + "|出生年月|生辰"
            // (是几年出生的 asks the year, as 哪年 does; 干了几年 asks how many)
            + "|是几年(?!级)(?=[^，,。？?]{1,6}的)|(?<![这那十好])几年(?=出生|生的|生人)"),
            // a date, or a day of the week or an hour for what recurs (每周一上午, 星期三, 9时)
            Pattern.compile("\\d{4}年|\\d{1,2}月|\\d{1,2}日|[〇零一二三四五六七八九十]{2,4}年|[一二三四五六七八九十]{1,3}月"
                    + "|(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}[点时](?!间)"
                    // a solar term is a day of the year (每年的秋分)
                    + "|春分|秋分|夏至|冬至|立春|立夏|立秋|立冬|清明节|谷雨|芒种|惊蛰|处暑|霜降|寒露")),
    /**
     * A count: a number that is not part of a date (2017年, 5月30日 say when, not how many), or a numeral with a unit.
     * A measure (多高, 多远, 多重, 多久, 几岁) is a count in its units (AnswerChecks reads which).
     * 那几个, 这几年 point at some (载人航天精神那几个“特别能”是哪几个 asks which), they do not ask how many,
     * and 十几岁 gives a rough age (王进喜十几岁在哪里当童工 asks where).
     */
    COUNT(Pattern.compile("(?<!门牌号是|门牌号|门牌是|门牌|番号是|番号|番号分别是|编号是|代号是|号码是)多少|(?<![哪那这十好没])几(?:个|次|名|位|家|项|条|套|册|篇|张|件|期|场|批|万|千|百|十|大|种|方面|阶段|类|点|岁|年(?!级)|天(?<![前头]几天)|小时"
            + "|根|本|部|座|所|架|艘|辆|枚|颗|支|门|层|级|户|口|间|栋|处|只|头|匹|棵|首|句|页|台|份|封|亩|块|斤|吨|米|公里"
            + "|下|响|声|发|圈|遍|趟|轮|道题|题)"
            + "|多高|多长|多远|多深(?![远刻厚])|多宽|多厚|多重(?![要大视])|多久|多大(?:岁数|年纪|年龄)|(?:时|时候|那年)多大|多大了"),
            Pattern.compile("(?<![\\d.])\\d+(\\.\\d+)?(?![\\d.年月日号时])"
                    + "|[一二三四五六七八九十百千万亿两]+[多余]?(个|次|名|位|家|项|条|套|册|篇|张|件|期|场|批|种|方面|阶段|类|大(?![片批堆群早半部块截步把些])|万|亿|人|所|座|户|处|点)"
                    // other measure words count after any numeral but a lone 一, which is mostly an article (一支部队)
                    + "|(?<![一二三四五六七八九十百千万亿两])(?:[二三四五六七八九十百千万亿两][一二三四五六七八九十百千万亿两]*|一[一二三四五六七八九十百千万亿两]+)"
                    + "[多余]?(?:枚|块|艘|架|辆|颗|支|门|层|级|栋|只|头|匹|棵|首|句|字|页|台|份|封|亩|根|本|部|届|倍|口|里|圈|响|发|声|轮|遍|趟|元|吨|米|公里|天|岁)")),
    // (在哪篇文章里, 发表在哪本刊物上 ask which work, not where)
    WHERE(Pattern.compile("哪里|在哪(?![篇本部首份期封]|一?[个次场届]?(?:事变|事件|会议(?!室)|运动|时期|阶段|大会|全会)|[一两几三]?[年天])|哪儿|何地|什么地方|啥地方|地点|门牌|地址|哪个地方|哪个城市|哪座|哪个省|哪个市|哪个县|哪个区|哪个镇|哪个村|哪个(?:高地|岛|港口|车站)"
            // 哪个国家级荣誉 asks which honour, not which country
            + "|哪条路|哪条街|什么路|什么街|哪个国家(?![级队])|(?:什么|啥)(?:省|市|县|区|镇|乡|村|城市|国家)(?![\\u4e00-\\u9fa5&&[^的了吗呢啊呀里]])"),
            Pattern.compile("省|市|县|区|镇|村|馆|园|山|湖|江|河|路|街|楼|岛|地|城|州|陵|院|中心|基地|上海|北京|延安|嘉兴|瑞金|遵义")),
    WHO(Pattern.compile("谁|哪位|哪几位|何人|哪些人|什么人(?![才民物])|啥人(?![才民物])|哪个人(?![才民口员])|哪[两二三四五六七八九十几]+(?:个人|位|名)|(?:人员|成员|人物|领导人|代表|科学家|英雄|烈士|模范)(?:有|是|包括)?哪些"
            // a post asked with 哪个 (前敌总指挥是哪个, 第一任书记是哪一个) asks who held it
            + "|(?:指挥|司令|书记|主席|总理|委员|部长|校长|军长|师长|团长|政委|院长|社长|会长|主任|作者|领导人)(?:是|为)?哪(?:一)?个(?![\\u4e00-\\u9fa5])"),
            Pattern.compile("同志|主席|书记|总理|院士|教授|委员|代表|记者|校长|会长|组长|部长|领导|人")),
    /**
     * What a formulation lists (…的内涵, 包括哪些, 哪几个阶段, 怎么表述): answered by a list, after a colon, in items
     * set off by 、, as 一是…, or as titles side by side (《红岩魂》和《百年红梅颂》). Checked after WHO: 哪几位 asks who.
     */
    LIST(Pattern.compile("内涵|内容是|内容有|包括哪|包括什么|包含哪|哪几|哪[两二三四五六七八九十]|哪些方面|怎么表述|如何表述|怎么概括|如何概括"
            + "|具体指|具体是指|分别是|分别指|分别叫|分别为|具体怎么说|具体说的|哪些内容|什么内容"
            // what a named spirit, line or policy is (伟大建党精神是什么, 党的思想路线是啥) is its formulation
            + "|(?:精神|路线|方针|总要求)(?:的核心)?(?:是什么|是啥|指什么|指啥|是指什么)(?:[?？!！。]|来着|呢|啊|呀)*$"),
            // …or as clauses opening with the same word (确立…，确立…; 坚决维护…，坚决维护…)
            Pattern.compile("[：:]|、[^、。]*、|一是|其一|》[和与及、]《|”[和与及、]“|(?:^|[，,；;：:是指])([\\u4e00-\\u9fa5]{2})[^，,；;。]{2,40}[，,；;]\\1")),
    OTHER(null, null);

    private static final Pattern QUOTED = Pattern.compile("“[^“”]{1,30}”|《[^《》]{1,30}》");

    /** What a speech, plan or report makes points of (几点要求, 几点意见): 几点 before them counts, it is not a time. */
    interface Points {
        String WORDS = "要求|意见|建议|希望|内容|体会|措施|做法|经验|启示|原则|理由|看法|认识|收获|举措|任务|目标|想法|思考";
    }

    private final Pattern asks;
    private final Pattern answers;

    QuestionKind(Pattern asks, Pattern answers) {
        this.asks = asks;
        this.answers = answers;
    }

    /**
     * Whether a (normalised) question asks this kind of fact, whatever else it asks first: a question asking when and
     * where (方志敏在何时何地就义) asks both, though {@link #of} reads it as asking when.
     */
    public boolean askedIn(String normalizedQuestion) {
        return asks != null && asks.matcher(QUOTED.matcher(normalizedQuestion).replaceAll("“”")).find();
    }

    public static QuestionKind of(String normalizedQuestion) {
        // what the question quotes is a name or a saying, not how it asks (“走在时间前面的人”是哪位 asks who)
        String asking = QUOTED.matcher(normalizedQuestion).replaceAll("“”");
        for (QuestionKind k : values()) {
            if (k.asks != null && k.asks.matcher(asking).find()) {
                return k;
            }
        }
        return OTHER;
    }

    /** The kinds of question a text has an answer for (computed once per indexed entry). */
    public static java.util.EnumSet<QuestionKind> answeredIn(String text) {
        java.util.EnumSet<QuestionKind> out = java.util.EnumSet.noneOf(QuestionKind.class);
        for (QuestionKind k : values()) {
            // not through FactMatches: each entry's text is read once here, and would only crowd out the sentences
            if (k.answers != null && k.answers.matcher(text).find()) out.add(k);
        }
        return out;
    }

    /** The pattern of the facts that answer this kind of question (null for OTHER). */
    public Pattern answers() {
        return answers;
    }

    /** True when the text contains the kind of fact this question asks for. */
    public boolean answeredBy(String text) {
        return answers != null && FactMatches.found(answers, text);
    }
}
