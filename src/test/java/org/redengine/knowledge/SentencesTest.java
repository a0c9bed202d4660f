package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void splitsAtChineseTerminatorsKeepingClosingQuotes() {
        assertThat(Sentences.split("他说：“要学好党史。”然后开会！大家都同意吗？是的；好\n下一行"))
                .containsExactly("他说：“要学好党史。”", "然后开会！", "大家都同意吗？", "是的；", "好", "下一行");
    }
}
