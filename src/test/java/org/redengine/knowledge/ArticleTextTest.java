package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning an article's lines before they are cut into sentences (newspaper text as copied from a page). */
class ArticleTextTest {

    @Test
    void furnitureIsDroppedAndASentenceBrokenByABlankLineIsJoined() {
        List<String> out = ArticleText.clean(List.of("上一版 下一版", "20230428_e9b5c2.jpg", "截至5月20日，重庆市科协各级党组织开展集中学",
                "", "习470余次，覆盖全体党员。", "", "第二段。"));
        assertThat(String.join("\n", out)).doesNotContain("上一版").doesNotContain(".jpg")
                .contains("开展集中学\n习470余次").contains("第二段。");
    }

    @Test
    void aCreditedLineRightBelowAPictureIsItsCaptionEvenWithoutBlankLines() {
        // kb12's raw page, copied without blank lines: the caption sat between the picture's file name and the story
        List<String> out = ArticleText.clean(List.of("青石巷社区党员", "学习", "20250429_a17e6b.jpg",
                "4月28日，党员和环卫工人一起清扫街巷。（本报记者 温若衡 摄）", "本报讯（记者 温若衡）4月28日上午，支部开展主题党日活动。"));
        assertThat(String.join("\n", out)).doesNotContain("清扫街巷").contains("本报讯");
        // nor without a credit, when the story opens right after it (kb11's page)
        out = ArticleText.clean(List.of("20250715_7b3e91.jpg", "7月14日，学生在王杰烈士纪念馆聆听讲解。", "本报讯（记者 韩雨桐）7月14", "日是王杰烈士牺牲60周年纪念日。"));
        assertThat(String.join("\n", out)).doesNotContain("聆听讲解").contains("本报讯");
        // a story's own first sentence below a picture stays
        out = ArticleText.clean(List.of("20250715_7b3e91.jpg", "7月14日，学生在王杰烈士纪念馆聆听讲解。", "讲解员介绍了王杰的事迹。"));
        assertThat(String.join("\n", out)).contains("聆听讲解");
        // a credited line amid the story is not a caption: the credit goes, the sentence stays
        out = ArticleText.clean(List.of("本报讯 4月28日上午，支部开展主题党日活动，", "党员和环卫工人一起清扫街巷。（本报记者 温若衡 摄）", "活动结束。"));
        assertThat(String.join("\n", out)).contains("一起清扫街巷。").doesNotContain("摄");
    }

    @Test
    void aSentenceWithHalfWidthCommasBrokenByABlankLineIsJoined() {
        // as copied from a website: half-width commas, a blank line inside 与会同志
        List<String> out = ArticleText.clean(List.of("会议气氛十分热烈,与会同", "", "志一致认为,这是一场思想碰撞的学习交流。"));
        assertThat(String.join("\n", out)).contains("与会同\n志一致认为");
    }

    @Test
    void aLongDatedLineWithoutPunctuationAmidTheTextIsABrokenSentence() {
        List<String> out = ArticleText.clean(List.of("红色记忆", "", "人们在墓前肃立默哀，缅怀这位榜样。", "",
                "焦裕禄1922年8月16日出生于山东", "", "博山县北崮山村，1946年加入中国共产党。", "", "县委书记的榜样", "",
                "1962年12月，他被调到兰考县。"));
        assertThat(String.join("\n", out)).contains("出生于山东\n博山县北崮山村")
                .as("a short subheading stays on its own").contains("\n\n县委书记的榜样\n\n1962年12月");
    }

    @Test
    void aTitleLeftOpenAtTheEndOfAParagraphGoesOnInTheNext() {
        // kb3's raw page: the column broke the title after its quoted phrase, which seemed to end a sentence
        List<String> out = ArticleText.clean(List.of("即2005年6月21日，当时担任浙江省委书记的习近平在《光明日报》上发", "表署名文章《弘扬“红船精神” ", "",
                "走在时代前列》，首次提出并阐释了“", "红船精神”。", "", "“我们要把红船精神传下去。", "", "“让它代代相传。”他说。"));
        assertThat(String.join("\n", out)).contains("《弘扬“红船精神”\n走在时代前列》")
                .as("a quotation may run over paragraphs: not joined for that").contains("传下去。\n\n“让它");
    }

    @Test
    void aParagraphOpeningWithAMarkThatContinuesASentenceIsJoined() {
        List<String> out = ArticleText.clean(List.of("织又派刘少奇赶来参与领导。罢工前夕，", "俱乐部向路矿当局提出保护俱乐部", "",
                "、发清欠饷等条件，限期答复，遭到", "拒绝。", "", "第二段开头的一句话，说完了。"));
        assertThat(String.join("\n", out)).contains("提出保护俱乐部\n、发清欠饷等条件").contains("拒绝。\n\n第二段开头");
    }

    @Test
    void aPhotoCaptionOnItsOwnGoesWithItsCredit() {
        List<String> out = ArticleText.clean(List.of("朱毛握手处 星火燎原时", "", "20230428_e9b5c2.jpg", "",
                "    井冈山市龙市镇的会师广场上，游客在会师纪念雕塑前合影。本报记者 罗文彬 摄", "",
                "  本报讯（记者 罗文彬）95年前的春天，两支革命武装胜利会合。"));
        assertThat(String.join("\n", out)).doesNotContain("合影").doesNotContain("摄").contains("本报讯（记者 罗文彬）95年前的春天");
    }

    @Test
    void aCreditEndingRunningTextIsRemovedAndTheTextKept() {
        String longCaption = "重庆是一片英雄的热土，有着光荣的革命传统，红色资源丰富。在党史学习教育中，我市各级党组织充分利用红色资源的教育作用，"
                + "讲好党史故事。本报记者 刘壹刀 摄";
        List<String> out = ArticleText.clean(List.of("", longCaption, "", "大家提出了许多意见", "和建议。 重庆科技报通讯员 何云莲 摄",
                "", "重庆科技报记者 吴玥瞳 摄"));
        String text = String.join("\n", out);
        assertThat(text).contains("讲好党史故事。").contains("和建议。").doesNotContain("刘壹刀").doesNotContain("何云莲")
                .doesNotContain("吴玥瞳").doesNotContain("摄");
        assertThat(ArticleText.clean(List.of("举办庆祝中国共产党成立100周年摄影·书画展，展出300余张照片。")))
                .as("摄影 in running text is no credit").containsExactly("举办庆祝中国共产党成立100周年摄影·书画展，展出300余张照片。");
    }

    @Test
    void aHeadlinesSubtitleJoinsItAndThePagesPublisherLinesAreDropped() {
        List<String> out = ArticleText.clean(List.of("一口红井映初心", "——“党史上的今天”走进瑞金沙洲坝", "", "苏区科技报社主办", "",
                "转折的号角", "", "——写在八七会议召开95周年之际", "", "1927年8月7日，中共中央在汉口召开紧急会议。", "",
                "三秦科技报社版权所有 未经授权不得转载"));
        String text = String.join("\n", out);
        // the subtitle right under the page's headline says whose story it is: it stays with the headline, the title
        assertThat(out.get(0)).isEqualTo("一口红井映初心——“党史上的今天”走进瑞金沙洲坝");
        assertThat(text).doesNotContain("写在八七会议").doesNotContain("报社").contains("转折的号角")
                .contains("1927年8月7日，中共中央在汉口召开紧急会议。");
    }


    @Test
    void controlsWithArrowsRoundThemAreFurnitureAndTheHeadlineBelowIsTheTitle() {
        List<String> out = ArticleText.clean(List.of("第03版:乡村振兴", "上一版   下一版", "枫溪日报 | 枫溪日报·乡村振兴",
                "◀上一篇  下一篇▶", "2025 年 11 月 7 日 星期五 放大 缩小 默认", "红手印里学初心",
                "——桂塘镇石埠村党支部开展主题党日活动", "　　本报讯 11月5日上午，石埠村党支部开展活动。"));
        // (before, 「◀上一篇」 read as a word of its own, and the line was taken for the page's headline)
        assertThat(out.get(0)).isEqualTo("红手印里学初心——桂塘镇石埠村党支部开展主题党日活动");
        assertThat(String.join("\n", out)).doesNotContain("上一篇");
    }
    @Test
    void aDashUnderAQuotationOrInsideASentenceStays() {
        assertThat(ArticleText.clean(List.of("“全心全意为人民服务。”", "——毛泽东")))
                .as("a quotation's source under the quotation").contains("——毛泽东");
        assertThat(ArticleText.clean(List.of("以“从科技发展看‘能行好’”为主题的", "大宣讲、“党的旗帜在科技界高高飘扬",
                "——百名科技英才颂建党百年辉煌”主题宣讲。"))).contains("——百名科技英才颂建党百年辉煌”主题宣讲。");
        assertThat(ArticleText.clean(List.of("我市科协主办的科普讲座今天开讲。"))).as("主办 in running text")
                .containsExactly("我市科协主办的科普讲座今天开讲。");
    }

    @Test
    void aWebPagesNoBreakSpacesNavigationBarBylineAndDatelineAreDropped() {
        List<String> out = ArticleText.clean(List.of("网站首页 专栏首页 学用新思想 学习要求 我为群众办实事", "", "某中心学习情况汇报", "",
                "2022-01-21", "\u00a0\u00a0", "上一版 下一版\u00a0\u00a0", "▲", "重庆日报记者 李珩", "科技工作者之家 2017-12-04", "",
                "本中心全年共召开10次全体党员大会。"));
        assertThat(out).containsExactly("某中心学习情况汇报", "", "本中心全年共召开10次全体党员大会。");
        assertThat(ArticleText.clean(List.of("记者走进老党员家中，听他讲入党故事。", "首页改版后 新增 三个 学习栏目。")))
                .as("running text that names a reporter or a home page").hasSize(2);
    }

    @Test
    void aPagesNewsDaysAreToldWithThePagesYear() {
        List<String> page = List.of("仰望星空 致敬“天眼之父”", "第06版:科学之光", "上一版 下一版", "2025 年 09 月 26 日 星期五 放大 缩小 默认",
                "本报讯（记者 吴晓岚）9月25日，“", "中国天眼”迎来落成启用9周年。当天", "，大学生们走进平塘县克度镇。");
        assertThat(String.join("", ArticleText.clean(page)))
                .contains("本报讯（记者 吴晓岚）2025年9月25日，“中国天眼”迎来落成启用9周年。当天，大学生们走进平塘县克度镇。")
                .doesNotContain("星期五");
        List<String> undated = List.of("仰望星空", "", "本报讯（记者 吴晓岚）9月25日，“中国天眼”迎来落成启用9周年。");
        assertThat(ArticleText.clean(undated)).as("no date line, no year").contains("本报讯（记者 吴晓岚）9月25日，“中国天眼”迎来落成启用9周年。");
    }

    @Test
    void aFullStopOnALineOfItsOwnEndsTheSentenceAbove() {
        List<String> out = ArticleText.clean(List.of("本报讯 老英雄于2022年12月20日在武汉逝世，享年98岁", "。",
                "党课结束后，党员们分成4个小组交流心得。", "▲"));
        assertThat(String.join("", out)).contains("享年98岁。党课结束后").doesNotContain("▲");
    }
}
