package org.redengine.checkin;

import org.redengine.conversation.Command;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;

import java.util.List;
import java.util.stream.Collectors;

/** 打卡 and 我的打卡 (members), 打卡统计 (organizers). */
public final class CheckInCommands {

    /** Names listed in one reply at most; the rest are counted. */
    static final int MAX_NAMES = 30;

    private CheckInCommands() {
    }

    public static Command checkIn(CheckIns checkIns) {
        return new SimpleCommand("打卡", List.of("/checkin"), "打卡 [学习笔记]（/checkin）：记录今天的学习（群聊）", Role.MEMBER,
                SimpleCommand.GROUP, c -> {
            Incoming m = c.message();
            CheckIns.Result r = checkIns.checkIn(m, c.arguments());
            String who = m.userName().isBlank() ? "" : m.userName();
            if (!r.first()) {
                return notice("今天已打卡" + (who.isEmpty() ? "" : "，" + who) + "。已连续打卡 " + r.streak() + " 天，明天继续加油！");
            }
            StringBuilder sb = new StringBuilder("✅ ").append(who).append("打卡成功！已连续打卡 ").append(r.streak())
                    .append(" 天，本月第 ").append(r.monthDays()).append(" 天，累计 ").append(r.total()).append(" 天");
            if (r.points() > 0) sb.append("，+").append(r.points()).append(" 积分");
            sb.append("。");
            if (!c.arguments().isBlank()) sb.append("\n学习笔记已记下。");
            return notice(sb.toString());
        });
    }

    public static Command mine(CheckIns checkIns) {
        return new SimpleCommand("我的打卡", List.of("/mycheckin"), "我的打卡（/mycheckin）：连续天数、本月天数和最近的笔记", Role.MEMBER,
                SimpleCommand.ANYWHERE, c -> {
            Incoming m = c.message();
            CheckIns.Mine mine = checkIns.mine(m.channel(), m.groupId(), m.userId());
            if (mine.total() == 0) return notice("你还没有打过卡。在学习群里发送“打卡”或“打卡 今天学习了……”就可以记录学习。");
            StringBuilder sb = new StringBuilder(m.isGroup() ? "你在本群的打卡：" : "你的打卡：");
            sb.append("\n连续打卡 ").append(mine.streak()).append(" 天").append(mine.today() ? "（今天已打卡）" : "（今天还没打卡）")
                    .append("\n本月 ").append(mine.monthDays()).append(" 天，累计 ").append(mine.total()).append(" 天");
            if (!mine.lastNotes().isEmpty()) {
                sb.append("\n最近的学习笔记：");
                mine.lastNotes().forEach(n -> sb.append("\n· ").append(n));
            }
            return notice(sb.toString());
        });
    }

    public static Command stats(CheckIns checkIns) {
        return new SimpleCommand("打卡统计", List.of("/checkinstats"), "打卡统计（/checkinstats）：本周参与率、已打卡和未打卡的成员（组织者，群聊）",
                Role.ORGANIZER, SimpleCommand.GROUP, c -> {
            Incoming m = c.message();
            CheckIns.WeekStats w = checkIns.week(m.channel(), m.groupId());
            StringBuilder sb = new StringBuilder("本周打卡统计（").append(w.from()).append(" 至 ").append(w.to()).append("）");
            sb.append("\n参与率：").append(w.checkedIn().size()).append("/").append(w.members())
                    .append(String.format("（%.0f%%）", 100 * w.rate()));
            sb.append("\n已打卡：").append(names(w.checkedIn(), true));
            sb.append("\n本周未打卡：").append(names(w.notThisWeek(), false));
            sb.append("\n今天未打卡：").append(w.notToday().size()).append(" 人");
            if (!w.streakLeaders().isEmpty()) {
                sb.append("\n连续打卡榜：");
                int rank = 0;
                for (CheckIns.Person p : w.streakLeaders()) {
                    sb.append("\n").append(++rank).append(". ").append(p.display()).append(" ").append(p.value()).append(" 天");
                }
            }
            return notice(sb.toString());
        });
    }

    static String names(List<CheckIns.Person> people, boolean withDays) {
        if (people.isEmpty()) return "无";
        String shown = people.stream().limit(MAX_NAMES)
                .map(p -> withDays ? p.display() + "(" + p.value() + "天)" : p.display())
                .collect(Collectors.joining("、"));
        return people.size() > MAX_NAMES ? shown + " 等 " + people.size() + " 人" : shown;
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }
}
