package org.redengine.quiz;

import org.redengine.conversation.Command;
import org.redengine.conversation.CommandContext;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.Role;

import java.util.List;
import java.util.function.BiFunction;

/** 发起竞赛, 结束竞赛 (organizers) and 竞赛结果 (everyone), in group chats. */
public final class ContestCommands {

    private ContestCommands() {
    }

    public static Command start(Contests contests) {
        return command("发起竞赛", "/contest", "发起竞赛 [题库] [N题] [每题S秒]（/contest start）：在本群发起知识竞赛", Role.ORGANIZER,
                (c, args) -> contests.start(c.message(), args));
    }

    public static Command stop(Contests contests) {
        return command("结束竞赛", "/contest-stop", "结束竞赛（/contest stop）：提前结束本群的竞赛", Role.ORGANIZER,
                (c, args) -> contests.stop(c.message()));
    }

    public static Command result(Contests contests) {
        return command("竞赛结果", "/contest-result", "竞赛结果（/contest result）：查看本群最近一场竞赛的排名", Role.MEMBER,
                (c, args) -> contests.lastResult(c.message()));
    }

    private static Command command(String keyword, String alias, String help, Role role,
                                   BiFunction<CommandContext, String, List<Reply>> run) {
        return new Command() {
            @Override
            public String keyword() {
                return keyword;
            }

            @Override
            public List<String> aliases() {
                return List.of(alias);
            }

            @Override
            public String helpLine() {
                return help;
            }

            @Override
            public Role role() {
                return role;
            }

            @Override
            public boolean allowedIn(Incoming message) {
                return message.isGroup();
            }

            @Override
            public List<Reply> handle(CommandContext c) {
                return run.apply(c, c.arguments());
            }
        };
    }
}
