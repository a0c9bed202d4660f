package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TextNormalizer.normalize("遵義會議是哪一年召開的")).isEqualTo("遵义会议是哪一年召开的");
    }

    @Test
    void fullWidthFormsBecomeHalfWidthAndLowerCase() {
        assertThat(TextNormalizer.normalize("ＡＢＣ１９２１")).isEqualTo("abc1921");
    }

    @Test
    void dotsBetweenThePartsOfATitleAreOneMiddleDot() {
        assertThat(TextNormalizer.normalize("《水调歌头•游泳》")).isEqualTo("《水调歌头·游泳》");
        assertThat(TextNormalizer.normalize("白求恩・诺尔曼")).isEqualTo(TextNormalizer.normalize("白求恩·诺尔曼"));
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertThat(TextNormalizer.normalize("  中共\u3000 一大 \n")).isEqualTo("中共 一大");
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
    }

    @Test
    void punctuationIsRecognisedInBothWidths() {
        assertThat(TextNormalizer.isPunctuationOrSpace('，')).isTrue();
        assertThat(TextNormalizer.isPunctuationOrSpace('?')).isTrue();
        assertThat(TextNormalizer.isPunctuationOrSpace('党')).isFalse();
    }
}
