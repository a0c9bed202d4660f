package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void splitsAtChineseTerminatorsKeepingClosingQuotes() {
        assertThat(Sentences.split("他说：“要学好党史。”然后开会！大家都同意吗？是的；好\n下一行"))
                .containsExactly("他说：“要学好党史。”", "然后开会！", "大家都同意吗？", "是的；", "好", "下一行");
    }

    @Test
    void keepsAShortQuotationWholeButLetsASpeechSplit() {
        assertThat(Sentences.split("文章一开头就提出：“谁是我们的敌人？谁是我们的朋友？这个问题是革命的首要问题。”文章分析了各阶级。"))
                .containsExactly("文章一开头就提出：“谁是我们的敌人？谁是我们的朋友？这个问题是革命的首要问题。”", "文章分析了各阶级。");
        String speech = "他说：“" + "我们要把党史学习教育抓紧抓实，务求取得实效。".repeat(3) + "”";
        assertThat(Sentences.split(speech)).hasSize(3);
        // a quotation left open never holds the rest of the text together
        assertThat(Sentences.split("他说：“好。然后走了。")).containsExactly("他说：“好。", "然后走了。");
    }
}
