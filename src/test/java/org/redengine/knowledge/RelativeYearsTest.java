package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeYearsTest {
    private static final String VISIT = "1984年1月，邓小平第一次到深圳、珠海等地视察。";

    @Test
    void theSameYearIsTheOneTheSentenceBeforeNames() {
        assertThat(RelativeYears.resolve("同年5月，党中央、国务院决定进一步开放14个沿海港口城市。", VISIT))
                .isEqualTo("1984年5月，党中央、国务院决定进一步开放14个沿海港口城市。");
        // the last year named is the one the sentence goes on from
        assertThat(RelativeYears.resolve("同年10月，新中国成立。", "1921年建党，到1949年，革命取得胜利。"))
                .isEqualTo("1949年10月，新中国成立。");
    }

    @Test
    void theNextYearIsOneMore() {
        assertThat(RelativeYears.resolve("次年春，工程全面开工。", VISIT)).isEqualTo("1985年春，工程全面开工。");
        assertThat(RelativeYears.resolve("翌年，他当选为主席。", VISIT)).isEqualTo("1985年，他当选为主席。");
    }

    @Test
    void nothingWithoutARelativeYearOrAYearBefore() {
        assertThat(RelativeYears.resolve("5月，党中央决定开放沿海城市。", VISIT)).isNull();
        assertThat(RelativeYears.resolve("他同年入党。", VISIT)).as("only a sentence opening with it").isNull();
        assertThat(RelativeYears.resolve("同年5月，党中央决定开放沿海城市。", "邓小平到深圳视察，连续30年的建设有了成果。")).isNull();
        assertThat(RelativeYears.resolve("同年5月，党中央决定开放沿海城市。", "邓小平到深圳视察（人民出版社2021年版）。"))
                .as("a book's edition is no year of the story").isNull();
    }
}
