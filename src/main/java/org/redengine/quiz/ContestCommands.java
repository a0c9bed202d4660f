package org.redengine.quiz;

import org.redengine.conversation.Command;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;

import java.util.List;

/** 发起竞赛, 结束竞赛 (organizers) and 竞赛结果 (everyone), in group chats. */
public final class ContestCommands {

    private ContestCommands() {
    }

    public static Command start(Contests contests) {
        return new SimpleCommand("发起竞赛", List.of("/contest", "/contest start"), "发起竞赛 [题库] [N题] [每题S秒]（/contest start）：在本群发起知识竞赛",
                Role.ORGANIZER, SimpleCommand.GROUP, c -> contests.start(c.message(), c.arguments()));
    }

    public static Command stop(Contests contests) {
        return new SimpleCommand("结束竞赛", List.of("/contest stop", "/contest-stop"), "结束竞赛（/contest stop）：提前结束本群的竞赛",
                Role.ORGANIZER, SimpleCommand.GROUP, c -> contests.stop(c.message()));
    }

    public static Command result(Contests contests) {
        return new SimpleCommand("竞赛结果", List.of("/contest result", "/contest-result"), "竞赛结果（/contest result）：查看本群最近一场竞赛的排名",
                Role.MEMBER, SimpleCommand.GROUP, c -> contests.lastResult(c.message()));
    }
}
