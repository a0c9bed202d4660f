package org.redengine.channels.wechat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRobotTest {

    @Test
    void longTextIsSplitOnSentenceBoundariesUnder2048Bytes() {
        String sentence = "遵义会议于1935年1月15日至17日在贵州遵义召开，是党的历史上一个生死攸关的转折点。";
        List<String> parts = GroupRobot.split(sentence.repeat(40));
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> {
            assertThat(Utf8Text.bytes(p)).isLessThanOrEqualTo(GroupRobot.MAX_TEXT_BYTES);
            assertThat(p).endsWith("。");
        });
        assertThat(String.join("", parts)).isEqualTo(sentence.repeat(40));
    }

    @Test
    void passiveRepliesAreShortenedOnASentenceAndKeepTheirSourceNote() {
        String note = "（来源：《中国共产党简史》）";
        String text = "这是一句话。".repeat(200) + note;
        String shortened = Utf8Text.shorten(text, 2000, note);
        assertThat(Utf8Text.bytes(shortened)).isLessThanOrEqualTo(2000);
        assertThat(shortened).endsWith("。" + note);
        assertThat(Utf8Text.shorten("短句。", 2000, "")).isEqualTo("短句。");
    }
}
