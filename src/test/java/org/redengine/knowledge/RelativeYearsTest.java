package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeYearsTest {
    private static final String VISIT = "1984年1月，邓小平第一次到深圳、珠海等地视察。";

    /** The second sentence as told after the first. */
    private static String after(String before, String sentence) {
        return RelativeYears.tellMonthYears(List.of(before, sentence)).get(1);
    }

    @Test
    void theSameYearIsTheOneTheSentenceBeforeNames() {
        assertThat(after(VISIT, "同年5月，党中央、国务院决定进一步开放14个沿海港口城市。"))
                .isEqualTo("1984年5月，党中央、国务院决定进一步开放14个沿海港口城市。");
        // the last year named is the one the sentence goes on from
        assertThat(after("1921年建党，到1949年，革命取得胜利。", "同年10月，新中国成立。"))
                .isEqualTo("1949年10月，新中国成立。");
    }

    @Test
    void theNextYearIsOneMore() {
        assertThat(after(VISIT, "次年春，工程全面开工。")).isEqualTo("1985年春，工程全面开工。");
        assertThat(after(VISIT, "翌年，他当选为主席。")).isEqualTo("1985年，他当选为主席。");
    }

    @Test
    void nothingWithoutARelativeYearOrAYearBefore() {
        assertThat(after(VISIT, "五月，党中央决定开放沿海城市。")).isEqualTo("五月，党中央决定开放沿海城市。");
        assertThat(after(VISIT, "他同年入党。")).as("only a sentence opening with it").isEqualTo("他同年入党。");
        assertThat(after("邓小平到深圳视察，连续30年的建设有了成果。", "同年5月，党中央决定开放沿海城市。"))
                .isEqualTo("同年5月，党中央决定开放沿海城市。");
        assertThat(after("邓小平到深圳视察（人民出版社2021年版）。", "同年5月，党中央决定开放沿海城市。"))
                .as("a book's edition is no year of the story").isEqualTo("同年5月，党中央决定开放沿海城市。");
    }

    @Test
    void aStoryToldByMonthTellsEachMonthItsYear() {
        assertThat(RelativeYears.tellMonthYears(List.of("1950年10月8日，毛泽东发布命令，组成中国人民志愿军。",
                "10月19日，志愿军跨过鸭绿江。", "10月25日，志愿军打响了出国作战的第一仗。", "同年11月25日，毛岸英牺牲。")))
                .containsExactly("1950年10月8日，毛泽东发布命令，组成中国人民志愿军。", "1950年10月19日，志愿军跨过鸭绿江。",
                        "1950年10月25日，志愿军打响了出国作战的第一仗。", "1950年11月25日，毛岸英牺牲。");
        assertThat(RelativeYears.tellMonthYears(List.of("1984年1月，方案上报。", "5月份，方案获批。")))
                .containsExactly("1984年1月，方案上报。", "1984年5月份，方案获批。");
    }

    @Test
    void theSameYearGoesOnFromTheLastYearTheParagraphNamed() {
        assertThat(RelativeYears.tellMonthYears(List.of("1984年1月，邓小平视察深圳。", "他为深圳题词。", "同年5月，党中央决定开放14个沿海港口城市。")))
                .as("two sentences back").containsExactly("1984年1月，邓小平视察深圳。", "他为深圳题词。", "1984年5月，党中央决定开放14个沿海港口城市。");
        assertThat(RelativeYears.tellMonthYears(List.of("到1953年，国民经济恢复。", "次年，宪法通过。")))
                .as("a year told alone is named too").containsExactly("到1953年，国民经济恢复。", "1954年，宪法通过。");
        assertThat(RelativeYears.tellMonthYears(List.of("1956年，国家制定了《1956—1967年科学技术发展远景规划纲要》。", "同年，原子能事业起步。")))
                .as("a year in a title is no date of the story").containsExactly("1956年，国家制定了《1956—1967年科学技术发展远景规划纲要》。", "1956年，原子能事业起步。");
        List<String> none = List.of("同年，他入党。");
        assertThat(RelativeYears.tellMonthYears(none)).as("no year before").isEqualTo(none);
    }

    @Test
    void aMonthIsLeftAloneWhereTheStoryGivesNoYearForIt() {
        List<String> back = List.of("1984年1月，方案上报，10月获批。", "3月，工程开工。");
        assertThat(RelativeYears.tellMonthYears(back)).as("a month before the story's: another year's").isEqualTo(back);
        List<String> yearAlone = List.of("红旗渠于1960年动工。", "4月5日，纪念大会在林州举行。");
        assertThat(RelativeYears.tellMonthYears(yearAlone)).as("a year alone tells no story by month").isEqualTo(yearAlone);
        List<String> noYear = List.of("本报讯 9月25日，学生们来到纪念馆。", "10月1日，大家再次聚会。");
        assertThat(RelativeYears.tellMonthYears(noYear)).isEqualTo(noYear);
        List<String> notADate = List.of("1950年10月8日，志愿军组成。", "8月的一天，他来到延安。");
        assertThat(RelativeYears.tellMonthYears(notADate)).isEqualTo(notADate);
    }
}
