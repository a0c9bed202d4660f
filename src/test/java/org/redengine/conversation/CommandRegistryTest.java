package org.redengine.conversation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandRegistryTest {

    static final class Fake implements Command {
        final String keyword;
        final Role role;

        Fake(String keyword, Role role) {
            this.keyword = keyword;
            this.role = role;
        }

        @Override public String keyword() { return keyword; }
        @Override public List<String> aliases() { return List.of("/" + keyword.length() + "x"); }
        @Override public String helpLine() { return keyword + " — 测试"; }
        @Override public Role role() { return role; }
        @Override public List<Reply> handle(CommandContext c) { return List.of(Reply.of(ReplyType.NOTICE, keyword + ":" + c.arguments())); }
    }

    final CommandRegistry registry = new CommandRegistry()
            .register(new HelpCommand())
            .register(new Fake("打卡", Role.MEMBER))
            .register(new Fake("发起竞赛", Role.ORGANIZER));

    @Test
    void keywordAloneOrFollowedBySpaceMatchesWithItsArguments() {
        assertThat(registry.match("打卡").orElseThrow().arguments()).isEmpty();
        assertThat(registry.match(" 打卡  今天学习了遵义会议 ").orElseThrow().arguments()).isEqualTo("今天学习了遵义会议");
        assertThat(registry.match("/HELP").orElseThrow().command()).isInstanceOf(HelpCommand.class);
    }

    @Test
    void aKeywordRunningIntoOtherWordsIsAQuestionNotACommand() {
        assertThat(registry.match("帮助我理解遵义会议")).isEmpty();
        assertThat(registry.match("打卡是什么意思")).isEmpty();
    }

    @Test
    void helpListsOnlyWhatTheRoleMayUse() {
        String member = registry.helpText(Role.MEMBER, null);
        assertThat(member).contains("打卡").doesNotContain("发起竞赛");
        String organizer = registry.helpText(Role.ORGANIZER, null);
        assertThat(organizer).contains("组织者：发起竞赛");
        assertThat(organizer.lines().count()).as("a few lines, not one per command").isLessThanOrEqualTo(5);
        assertThat(registry.commandHelp("发起竞赛", Role.MEMBER)).contains("发起竞赛 — 测试").contains("组织者才能使用");
        assertThat(registry.commandHelp("没有这个命令", Role.MEMBER)).isNull();
    }

    @Test
    void aWordCannotBeRegisteredTwice() {
        assertThatThrownBy(() -> registry.register(new Fake("打卡", Role.MEMBER))).isInstanceOf(IllegalArgumentException.class);
    }
}
