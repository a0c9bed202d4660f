package org.redengine.conversation;

import org.junit.jupiter.api.Test;
import org.redengine.knowledge.Answer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTest {

    final List<String> asked = new ArrayList<>();
    final Conversation conversation = new Conversation(
            new CommandRegistry().register(new HelpCommand())
                    .register(new CommandRegistryTest.Fake("发起竞赛", Role.ORGANIZER)),
            q -> {
                asked.add(q);
                if (q.contains("遵义")) {
                    return new Answer(true, "遵义会议于1935年1月召开。",
                            List.of(new Answer.Citation("遵义会议", "《中国共产党简史》", "…", "f.csv")), 0.9, List.of(), List.of(),
                            Answer.Explanation.EMPTY);
                }
                return new Answer(false, "", List.of(), 0.2, List.of("遵义会议是哪年召开的？"), List.of(), Answer.Explanation.EMPTY);
            },
            RoleResolver.EVERYONE_MEMBER);

    private static Incoming privateMsg(String text) {
        return new Incoming("web", "u1", "张三", null, text, false, null, java.time.Instant.parse("2026-12-01T08:00:00Z"));
    }

    private static Incoming groupMsg(String text) {
        return new Incoming("web", "u1", "张三", "g1", text, false, null, java.time.Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void privateQuestionGetsAnAnswerEndingWithItsSource() {
        Reply r = conversation.handle(privateMsg("遵义会议哪年开的")).get(0);
        assertThat(r.type()).isEqualTo(ReplyType.ANSWER);
        assertThat(r.text()).isEqualTo("遵义会议于1935年1月召开。（来源：《中国共产党简史》）");
        assertThat(r.sources()).hasSize(1);
    }

    @Test
    void notSureMeansAFallbackWithSuggestionsAndNoAnswer() {
        Reply r = conversation.handle(privateMsg("红船是什么木头做的")).get(0);
        assertThat(r.type()).isEqualTo(ReplyType.FALLBACK);
        assertThat(r.text()).contains("没有把握").contains("1. 遵义会议是哪年召开的？");
        assertThat(r.sources()).isEmpty();
        assertThat(r.suggestions()).containsExactly("遵义会议是哪年召开的？");
    }

    @Test
    void groupChatterIsIgnoredButAMentionIsAnswered() {
        assertThat(conversation.handle(groupMsg("遵义会议哪年开的"))).isEmpty();
        assertThat(asked).isEmpty();
        Reply r = conversation.handle(groupMsg("@红色引擎助手 遵义会议哪年开的")).get(0);
        assertThat(r.type()).isEqualTo(ReplyType.ANSWER);
        assertThat(asked).containsExactly("遵义会议哪年开的");
        // by the product's full name, with a full-width space: the question is what follows, nothing of the name
        conversation.handle(groupMsg("@红色引擎学习助手\u3000古田会议哪年开的"));
        assertThat(asked).containsExactly("遵义会议哪年开的", "古田会议哪年开的");
        Incoming flagged = new Incoming("web", "u1", "张三", "g1", "遵义会议哪年开的", true, null, java.time.Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(conversation.handle(flagged)).hasSize(1);
    }

    @Test
    void greetingsAndThanksGetPoliteRepliesWithoutSearching() {
        assertThat(conversation.handle(privateMsg("你好！")).get(0).type()).isEqualTo(ReplyType.GREETING);
        assertThat(conversation.handle(privateMsg("你好！")).get(0).text()).startsWith("张三，你好！");
        assertThat(conversation.handle(privateMsg("谢谢")).get(0).text()).contains("不客气");
        assertThat(conversation.handle(groupMsg("@红色引擎助手")).get(0).type()).isEqualTo(ReplyType.GREETING);
        assertThat(asked).isEmpty();
    }

    @Test
    void aCommandTheRoleMayNotUseGetsAPoliteRefusal() {
        Reply r = conversation.handle(groupMsg("发起竞赛 党史基础")).get(0);
        assertThat(r.type()).isEqualTo(ReplyType.NOTICE);
        assertThat(r.text()).contains("只有组织者可以使用");
    }

    @Test
    void helpInAGroupMentionsHowToAsk() {
        Reply r = conversation.handle(groupMsg("帮助")).get(0);
        assertThat(r.type()).isEqualTo(ReplyType.HELP);
        assertThat(r.text()).contains("@红色引擎助手").doesNotContain("发起竞赛");
    }

    /** Issue 12: a role held by an id counts only when the sender's identity is vouched for (signed in). */
    @Test
    void aRoleCountsOnlyForAVerifiedSender() {
        Conversation organizerKnown = new Conversation(new CommandRegistry().register(new HelpCommand())
                .register(new CommandRegistryTest.Fake("发起竞赛", Role.ORGANIZER)),
                q -> new Answer(false, "", List.of(), 0.2, List.of(), List.of(), Answer.Explanation.EMPTY),
                message -> Role.ORGANIZER);
        java.time.Instant at = java.time.Instant.parse("2026-12-01T08:00:00Z");
        Reply unverified = organizerKnown.handle(new Incoming("web", "u1", "张三", "g1", "发起竞赛", false, null, at, false)).get(0);
        assertThat(unverified.type()).isEqualTo(ReplyType.NOTICE);
        assertThat(unverified.text()).contains("需要先登录").contains("邀请码");
        Reply verified = organizerKnown.handle(new Incoming("web", "u1", "张三", "g1", "发起竞赛", false, null, at, true)).get(0);
        assertThat(verified.text()).doesNotContain("登录").doesNotContain("只有");
    }
}
