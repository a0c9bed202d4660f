package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TypoCorrectorTest {

    final TypoCorrector typos = TypoCorrector.of(
            Map.of("遵义会议", "nz", "井冈山", "ns", "十八大", "j", "十九大", "j", "四个全面", "j", "科技工作者日", "nz", "专题片", "n"),
            Set.of("遵义会议", "遵义", "会议", "井冈山", "十八大", "十九大", "四个", "方面", "科技工作者", "科技", "工作者", "都", "去", "专题", "学", "党史",
                    "是", "几", "月", "开", "的", "会师", "哪", "年", "开会"));

    @Test
    void oneWrongCharacterInADomainWordIsCorrected() {
        assertThat(typos.correct("遵义会义是几月开的")).isEqualTo("遵义会议是几月开的");
        assertThat(typos.correct("井岗山会师")).isEqualTo("井冈山会师");
    }

    @Test
    void knownWordsNumbersAndWordBoundariesAreLeftAlone() {
        assertThat(typos.correct("十八大是哪年开的")).isEqualTo("十八大是哪年开的");
        assertThat(typos.correct("二十大是哪年开的")).isEqualTo("二十大是哪年开的");
        assertThat(typos.correct("从哪四个方面")).isEqualTo("从哪四个方面");
        assertThat(typos.correct("科技工作者都去了")).isEqualTo("科技工作者都去了");
        assertThat(typos.correct("专题学党史")).isEqualTo("专题学党史"); // three characters: only names
    }

    @Test
    void emptyVocabularyChangesNothing() {
        assertThat(TypoCorrector.NONE.correct("遵义会义")).isEqualTo("遵义会义");
    }
}
