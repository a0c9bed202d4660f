package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member said, from the message kinds WeCom's documentation shows for the robot (100719): text with the
 * @-mention, voice (already text), mixed text and images, and a quoted message.
 */
class BotTextTest {

    @Test
    void theMentionIsRemovedAndVoiceAndMixedMessagesAreRead() {
        assertThat(WeComBotChannel.text(FakeBotPlatform.text("m", "u", "c", "@红色引擎学习助手 遵义会议是哪年召开的？"))).isEqualTo("遵义会议是哪年召开的？");
        // a member's input method may put a full-width space after the name, or the member the mention last
        assertThat(WeComBotChannel.text(FakeBotPlatform.text("m", "u", "c", "@红色引擎学习助手\u3000遵义会议是哪年召开的？"))).isEqualTo("遵义会议是哪年召开的？");
        assertThat(WeComBotChannel.text(FakeBotPlatform.text("m", "u", "c", "遵义会议是哪年召开的？@红色引擎学习助手"))).isEqualTo("遵义会议是哪年召开的？");
        assertThat(WeComBotChannel.text(FakeBotPlatform.text("m", "u", "c", "@助手 把答案发到 me@example.com"))).isEqualTo("把答案发到 me@example.com");
        ObjectNode voice = FakeBotPlatform.envelope("m", "u", null).put("msgtype", "voice");
        voice.putObject("voice").put("content", "古田会议在哪里召开");
        assertThat(WeComBotChannel.text(voice)).isEqualTo("古田会议在哪里召开");
        ObjectNode mixed = FakeBotPlatform.envelope("m", "u", "c").put("msgtype", "mixed");
        var items = mixed.putObject("mixed").putArray("msg_item");
        items.addObject().put("msgtype", "text").putObject("text").put("content", "@助手 这张图里的会议");
        items.addObject().put("msgtype", "image").putObject("image").put("url", "https://example.invalid/a.png");
        items.addObject().put("msgtype", "text").putObject("text").put("content", "是哪一年？");
        assertThat(WeComBotChannel.text(mixed)).isEqualTo("这张图里的会议 是哪一年？");
        ObjectNode image = FakeBotPlatform.envelope("m", "u", null).put("msgtype", "image");
        assertThat(WeComBotChannel.text(image)).as("nothing to read").isNull();
    }

    @Test
    void aQuotedMessageIsTheQuestionOrTheContextOfAFollowUp() {
        ObjectNode onlyQuote = FakeBotPlatform.text("m", "u", "c", "@红色引擎");
        onlyQuote.putObject("quote").put("msgtype", "text").putObject("text").put("content", "遵义会议是哪年召开的？");
        assertThat(WeComBotChannel.text(onlyQuote)).isEqualTo("遵义会议是哪年召开的？");
        ObjectNode followUp = FakeBotPlatform.text("m", "u", "c", "@红色引擎 为什么重要");
        followUp.putObject("quote").put("msgtype", "text").putObject("text").put("content", "遵义会议");
        assertThat(WeComBotChannel.text(followUp)).isEqualTo("遵义会议 为什么重要");
        ObjectNode ownQuestion = FakeBotPlatform.text("m", "u", "c", "@红色引擎 古田会议是哪年召开的");
        ownQuestion.putObject("quote").put("msgtype", "text").putObject("text").put("content", "遵义会议");
        assertThat(WeComBotChannel.text(ownQuestion)).as("a question of its own stands alone").isEqualTo("古田会议是哪年召开的");
    }

    @Test
    void anAnswersSourceBecomesAQuoteLineAndLongTextsFitTheStreamLimit() {
        assertThat(WeComBotChannel.markdown("遵义会议于1935年1月召开。（来源：《中国共产党简史》）"))
                .isEqualTo("遵义会议于1935年1月召开。\n\n> 来源：《中国共产党简史》");
        String huge = "很长的回答。".repeat(5000) + "（来源：《中国共产党简史》）";
        String md = WeComBotChannel.markdown(huge);
        assertThat(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(BotFrames.MAX_STREAM_BYTES);
        assertThat(md).endsWith("> 来源：《中国共产党简史》");
    }
}
