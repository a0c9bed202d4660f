package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageDatesTest {
    private static final LocalDate PAGE = LocalDate.of(2025, 9, 26);

    @Test
    void thePageDateIsItsDateLine() {
        assertThat(PageDates.pageDate(List.of("第06版:科学之光", "上一版 下一版", "2025 年 09 月 26 日 星期五 放大 缩小 默认")))
                .isEqualTo(PAGE);
        assertThat(PageDates.pageDate(List.of("1941年9月25日，五名战士完成掩护任务。"))).as("a date in the story is no date line").isNull();
        assertThat(PageDates.pageDate(List.of("2021年7月1日星期四上午，庆祝大会在天安门广场举行。"))).as("nor a sentence opening with one").isNull();
        assertThat(PageDates.pageDate(List.of("2021 年 09 月 15 日 星期三"))).isEqualTo(LocalDate.of(2021, 9, 15));
    }

    @Test
    void theNewsLeadsDayIsThePagesYear() {
        assertThat(PageDates.date("本报讯（记者 吴晓岚）9月25日，“中国天眼”迎来落成启用9周年。", PAGE))
                .isEqualTo("本报讯（记者 吴晓岚）2025年9月25日，“中国天眼”迎来落成启用9周年。");
        assertThat(PageDates.date("本报讯（记者 张华）8月下旬的坝上，天高云淡。", PAGE)).isEqualTo("本报讯（记者 张华）2025年8月下旬的坝上，天高云淡。");
        assertThat(PageDates.date("本报讯（记者 周明远）12月29日，南京举行公祭。", LocalDate.of(2025, 1, 13)))
                .as("December on a January page is last year's").isEqualTo("本报讯（记者 周明远）2024年12月29日，南京举行公祭。");
        assertThat(PageDates.date("本报讯（记者 梁嘉豪）6月16日，黄埔军校将迎来建校100周年。", LocalDate.of(2024, 6, 14)))
                .as("a day just ahead is still the page's year").isEqualTo("本报讯（记者 梁嘉豪）2024年6月16日，黄埔军校将迎来建校100周年。");
        assertThat(PageDates.date("8月7日，中共中央在汉口召开紧急会议。", PAGE)).as("only the news lead's day").isEqualTo("8月7日，中共中央在汉口召开紧急会议。");
    }

    @Test
    void yearsBackCountFromThePage() {
        assertThat(PageDates.date("本报讯（记者 秦卫东）60年前的4月5日，红旗渠总干渠正式通水。", LocalDate.of(2025, 4, 4)))
                .isEqualTo("本报讯（记者 秦卫东）60年前的4月5日（1965年4月5日），红旗渠总干渠正式通水。");
        assertThat(PageDates.date("五年前的今天，港珠澳大桥正式通车。", LocalDate.of(2023, 10, 24)))
                .isEqualTo("五年前的今天（2018年10月24日），港珠澳大桥正式通车。");
        assertThat(PageDates.date("20年前的今天，即2005年6月21日，习近平发表署名文章。", LocalDate.of(2025, 6, 21)))
                .as("the year is told already").isEqualTo("20年前的今天，即2005年6月21日，习近平发表署名文章。");
    }

    @Test
    void aDayBrokenOverTheColumnsLinesIsStillRead() {
        assertThat(PageDates.date("本报讯（记者 秦卫东）60年前的4\n月5日，红旗渠总干渠正式通水", LocalDate.of(2025, 4, 4)))
                .isEqualTo("本报讯（记者 秦卫东）60年前的4\n月5日（1965年4月5日），红旗渠总干渠正式通水");
        assertThat(PageDates.date("9月25日，大学生们远眺“中国天眼\n本报讯（记者 吴晓岚）9月25日，“\n中国天眼”迎来落成启用9周年", PAGE))
                .isEqualTo("9月25日，大学生们远眺“中国天眼\n本报讯（记者 吴晓岚）2025年9月25日，“\n中国天眼”迎来落成启用9周年");
    }
}
