package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Imported quiz rows whose answer does not stand alone become full statements. */
class FaqAnswersTest {

    @Test
    void aVerdictBecomesTheStatementWithItsVerdict() {
        assertThat(FaqAnswers.standAlone("遵义会议于1935年召开吗？", "正确")).isEqualTo("遵义会议于1935年召开——正确");
        assertThat(FaqAnswers.standAlone("中共一大在北京召开。", "错误")).isEqualTo("中共一大在北京召开——错误");
        assertThat(FaqAnswers.standAlone("（　）是党的根本宗旨？", "√")).isEqualTo("是党的根本宗旨——正确");
    }

    @Test
    void aBlankIsFilledAndAnOptionLetterNamed() {
        assertThat(FaqAnswers.standAlone("遵义会议于（　）年召开", "1935")).isEqualTo("遵义会议于1935年召开。");
        assertThat(FaqAnswers.standAlone("中共一大在\u00a0\u00a0\u00a0召开，闭幕于\u00a0\u00a0\u00a0。", "上海 嘉兴"))
                .isEqualTo("中共一大在上海召开，闭幕于嘉兴。");
        assertThat(FaqAnswers.standAlone("党的根本宗旨是什么？", "b")).isEqualTo("党的根本宗旨是什么——答案：B");
    }

    @Test
    void anAnswerThatStandsAloneIsKeptAndOnlyClosingPunctuationIsStripped() {
        assertThat(FaqAnswers.standAlone("遵义会议是哪年召开的？", " 1935年1月。 ")).isEqualTo("1935年1月。");
        assertThat(FaqAnswers.withoutTrailingAsk("他来了吗？！")).isEqualTo("他来了");
        assertThat(FaqAnswers.withoutTrailingAsk("你好吗")).as("吗 without punctuation after it stays").isEqualTo("你好吗");
        assertThat(FaqAnswers.withoutTrailingAsk("？？")).isEmpty();
        assertThat(FaqAnswers.needsStatement("遵义会议是哪年召开的？", "1935年")).isFalse();
    }
}
