package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortYearsTest {

    @Test
    void aYearToldByItsLastTwoDigitsIsWrittenOutInFull() {
        assertThat(ShortYears.expand("98年抗洪冲在最前面的是谁")).isEqualTo("1998年抗洪冲在最前面的是谁");
        assertThat(ShortYears.expand("到56年底全国入社农户比例是多少")).isEqualTo("到1956年底全国入社农户比例是多少");
        assertThat(ShortYears.expand("81年历史决议说55年夏天以后怎样")).isEqualTo("1981年历史决议说1955年夏天以后怎样");
        assertThat(ShortYears.expand("志愿军番号是50年10月几号定的")).isEqualTo("志愿军番号是1950年10月几号定的");
        assertThat(ShortYears.expand("五五年的中央监察委员会书记是谁")).isEqualTo("1955年的中央监察委员会书记是谁");
        // 27–29 are the last century's (the years of the uprisings and 古田会议), 26 and before this one's
        assertThat(ShortYears.expand("二九年秋公略当上了啥官")).isEqualTo("1929年秋公略当上了啥官");
        assertThat(ShortYears.expand("29年12月开的是什么会")).isEqualTo("1929年12月开的是什么会");
        assertThat(ShortYears.expand("26年3月发生了什么")).isEqualTo("2026年3月发生了什么");
    }

    @Test
    void aLeadingZeroIsAlwaysAYearEvenWithoutTheWordForYear() {
        assertThat(ShortYears.expand("08年奥运火炬叫什么名字")).isEqualTo("2008年奥运火炬叫什么名字");
        assertThat(ShortYears.expand("08奥运的吉祥物是什么")).isEqualTo("2008年奥运的吉祥物是什么");
        assertThat(ShortYears.expand("“00后”运动员是谁")).isEqualTo("“00后”运动员是谁");
        assertThat(ShortYears.expand("09:30开会")).isEqualTo("09:30开会");
    }

    @Test
    void aSpanOfYearsStaysASpan() {
        assertThat(ShortYears.expand("光荣在党50年纪念章颁给什么人")).isEqualTo("光荣在党50年纪念章颁给什么人");
        assertThat(ShortYears.expand("改革开放40年来有哪些成就")).isEqualTo("改革开放40年来有哪些成就");
        assertThat(ShortYears.expand("抗战胜利70周年阅兵是哪天")).isEqualTo("抗战胜利70周年阅兵是哪天");
        assertThat(ShortYears.expand("80年代的口号是什么")).isEqualTo("80年代的口号是什么");
        assertThat(ShortYears.expand("30年的时间里变化多大")).isEqualTo("30年的时间里变化多大");
        // from 10 to 29 only a month or season makes it a year: 14年抗战 is fourteen years of war
        assertThat(ShortYears.expand("14年抗战指的是什么")).isEqualTo("14年抗战指的是什么");
        assertThat(ShortYears.expand("22年2月冬奥会开幕")).isEqualTo("2022年2月冬奥会开幕");
        assertThat(ShortYears.expand("第26届联大通过了什么")).isEqualTo("第26届联大通过了什么");
    }

    @Test
    void theQuestionsTermsCarryTheFullYear() {
        assertThat(QueryTerms.of("98年抗洪的精神是什么", Synonyms.NONE).normalized()).startsWith("1998年");
    }
}
