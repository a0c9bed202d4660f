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
    void aTypoSoundsLikeTheCharacterMeant() {
        TypoCorrector t = TypoCorrector.of(Map.of("钱学森", "nr", "跑得快", "l", "浦东新区军长", "n", "南昌起义", "nz"),
                Set.of("钱学森", "跑得快", "南昌起义", "哪天", "回国", "的"));
        assertThat(t.correct("钱学深哪天回国的")).as("深 and 森 sound alike to fuzzy pinyin").isEqualTo("钱学森哪天回国的");
        assertThat(t.correct("南昌起意是哪天")).isEqualTo("南昌起义是哪天");
        assertThat(t.correct("吃什么药好得快")).as("好 sounds nothing like 跑").isEqualTo("吃什么药好得快");
        assertThat(t.correct("浦东新区区长是谁")).isEqualTo("浦东新区区长是谁");
        assertThat(SoundAlikes.alike('会', '汇')).isTrue();
        assertThat(SoundAlikes.alike('年', '亮')).isFalse();
        assertThat(SoundAlikes.alike('早', '朝')).as("朝 is also read zhao").isTrue();
    }

    @Test
    void emptyVocabularyChangesNothing() {
        assertThat(TypoCorrector.NONE.correct("遵义会义")).isEqualTo("遵义会义");
    }
}
