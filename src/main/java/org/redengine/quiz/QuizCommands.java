package org.redengine.quiz;

import org.redengine.conversation.Command;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The quiz commands members use: 答题, 错题, 挑战答题, 结束答题, 积分, 排行榜. */
public final class QuizCommands {

    private QuizCommands() {
    }

    /** 答题 [题库] / 错题 / 挑战答题 [题库]: starts a personal session (private chat only). */
    public static Command start(PersonalQuiz quiz, PersonalQuiz.Kind kind) {
        return switch (kind) {
            case QUIZ -> new SimpleCommand("答题", List.of("/quiz"), "答题 [题库]（/quiz）：每日答题，5 道题（私聊）",
                    Role.MEMBER, SimpleCommand.PRIVATE, c -> quiz.start(c.message(), kind, c.arguments()));
            case REVIEW -> new SimpleCommand("错题", List.of("/review"), "错题（/review）：复习答错的题（私聊）",
                    Role.MEMBER, SimpleCommand.PRIVATE, c -> quiz.start(c.message(), kind, c.arguments()));
            case CHALLENGE -> new SimpleCommand("挑战答题", List.of("/challenge"), "挑战答题（/challenge）：连续答题，答错即止（私聊）",
                    Role.MEMBER, SimpleCommand.PRIVATE, c -> quiz.start(c.message(), kind, c.arguments()));
        };
    }

    public static Command stop(PersonalQuiz quiz) {
        return new SimpleCommand("结束答题", List.of("/stop"), "结束答题（/stop）：退出正在进行的答题", Role.MEMBER, SimpleCommand.ANYWHERE,
                c -> List.of(Reply.of(ReplyType.NOTICE, quiz.stop(c.message()) ? "已结束本次答题。" : "你现在没有正在进行的答题。")));
    }

    public static Command points(PointsLedger ledger, java.time.Clock clock) {
        return new SimpleCommand("积分", List.of("/points"), "积分（/points）：查看我的积分", Role.MEMBER, SimpleCommand.ANYWHERE, c -> {
            int[] t = ledger.totals(c.message().channel(), c.message().userId(), clock.millis());
            return List.of(Reply.of(ReplyType.NOTICE, "你的积分：今日 " + t[0] + "，本周 " + t[1] + "，本月 " + t[2] + "，累计 " + t[3] + "。"));
        });
    }

    /** 排行榜: the group's ranking for this week, this month and all time (group chat only). */
    public static Command ranking(PointsLedger ledger, java.time.Clock clock) {
        return new SimpleCommand("排行榜", List.of("/rank"), "排行榜（/rank）：本群本周、本月和总积分排名（群聊）", Role.MEMBER,
                SimpleCommand.GROUP, c -> {
            Incoming m = c.message();
            LocalDate today = java.time.Instant.ofEpochMilli(clock.millis()).atZone(ledger.zone()).toLocalDate();
            StringBuilder sb = new StringBuilder("本群积分排行榜");
            section(sb, "本周", ledger.ranking(m.channel(), m.groupId(), today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), 5));
            section(sb, "本月", ledger.ranking(m.channel(), m.groupId(), today.withDayOfMonth(1).toString(), 5));
            section(sb, "总榜", ledger.ranking(m.channel(), m.groupId(), "0000-01-01", 5));
            return List.of(Reply.of(ReplyType.NOTICE, sb.toString()));
        });
    }

    private static void section(StringBuilder sb, String title, List<PointsLedger.Standing> standings) {
        sb.append("\n【").append(title).append("】");
        if (standings.isEmpty()) {
            sb.append("暂无积分");
            return;
        }
        for (PointsLedger.Standing s : standings) {
            sb.append("\n").append(s.rank()).append(". ").append(s.name().isBlank() ? "成员" : s.name()).append("  ").append(s.points()).append(" 分");
        }
    }
}
