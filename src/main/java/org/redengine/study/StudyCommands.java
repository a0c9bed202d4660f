package org.redengine.study;

import org.redengine.conversation.Command;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;
import org.redengine.checkin.CheckIns;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 学习计划 (show; organizers add a topic with 学习计划 添加 …), 学习推送 and 打卡提醒 (organizers set or stop a
 * group's schedules), in group chats.
 */
public final class StudyCommands {

    private static final Pattern ADD = Pattern.compile("添加\\s*(.+?)\\s+(\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?)\\s*(?:至|到|-|—|~)?\\s*(\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?)\\s*(.*)");
    private static final Pattern WHEN = Pattern.compile("(.*?)\\s*(\\d{1,2}[:：]\\d{2})\\s*$");

    private StudyCommands() {
    }

    public static Command plan(StudyPlans plans, CheckIns checkIns, Clock clock) {
        return new SimpleCommand("学习计划", List.of("/plan"),
                "学习计划（/plan）：本群的学习计划；组织者可发送“学习计划 添加 专题 2026-12-01 2026-12-07 [阅读材料]”", Role.MEMBER,
                SimpleCommand.GROUP, c -> {
            Incoming m = c.message();
            String args = c.arguments().strip();
            if (args.startsWith("添加")) {
                if (!c.role().atLeast(Role.ORGANIZER)) return notice("抱歉，修改学习计划只有组织者可以使用。");
                Matcher a = ADD.matcher(args);
                LocalDate from = a.matches() ? StudyPlanFiles.date(a.group(2).replaceAll("[年月.]", "-").replace("日", "")) : null;
                LocalDate to = a.matches() ? StudyPlanFiles.date(a.group(3).replaceAll("[年月.]", "-").replace("日", "")) : null;
                if (from == null || to == null) return notice("格式：学习计划 添加 专题名称 开始日期 结束日期 [阅读材料]\n例如：学习计划 添加 遵义会议 2026-12-07 2026-12-13 遵义会议");
                if (to.isBefore(from)) return notice("结束日期早于开始日期，请检查。");
                String reading = a.group(4).strip();
                StudyPlan current = plans.plan(m.channel(), m.groupId());
                if (current == null) current = new StudyPlan("学习计划", List.of());
                StudyPlan updated = current.withTopic(null, new StudyPlan.Topic(a.group(1).strip(), from, to,
                        reading.isEmpty() ? List.of() : List.of(reading)));
                plans.savePlan(m.channel(), m.groupId(), updated, m.userId(), clock.millis());
                return notice("已添加专题“" + a.group(1).strip() + "”（" + from + " 至 " + to + "）。\n\n" + show(updated, plans, m, checkIns));
            }
            StudyPlan plan = plans.plan(m.channel(), m.groupId());
            if (plan == null) return notice("本群还没有学习计划。组织者可以在管理后台上传计划文件（YAML 或 Excel），或发送“学习计划 添加 专题 开始日期 结束日期”。");
            return notice(show(plan, plans, m, checkIns));
        });
    }

    static String show(StudyPlan plan, StudyPlans plans, Incoming m, CheckIns checkIns) {
        LocalDate today = checkIns.today(m.channel(), m.groupId());
        StringBuilder sb = new StringBuilder("📚 ").append(plan.title()).append("（").append(plan.phases().size()).append(" 个阶段，")
                .append(plan.topicCount()).append(" 个专题）");
        int n = 0;
        for (StudyPlan.Phase p : plan.phases()) {
            sb.append("\n【").append(p.name()).append("】");
            for (StudyPlan.Topic t : p.topics()) {
                n++;
                sb.append("\n").append(t.covers(today) ? "▶ " : "  ").append(n).append(". ").append(t.title())
                        .append("（").append(t.from()).append(" 至 ").append(t.to()).append("）");
                if (!t.readings().isEmpty()) sb.append(" 阅读：").append(String.join("、", t.readings()));
            }
        }
        List<Schedule> schedules = plans.schedules(m.channel(), m.groupId());
        for (Schedule s : schedules) {
            sb.append("\n").append(s.kind().chinese()).append("：").append(s.enabled() ? s.describe() : "已关闭");
        }
        return sb.toString();
    }

    /** 学习推送 周一 08:00 / 打卡提醒 20:00 / … 关闭: sets or stops the group's schedule of that kind. */
    public static Command schedule(StudyPlans plans, Schedule.Kind kind, Clock clock) {
        String keyword = kind.chinese();
        String example = kind == Schedule.Kind.STUDY ? "学习推送 周一 08:00" : "打卡提醒 周一到周五 20:00";
        return new SimpleCommand(keyword, List.of(kind == Schedule.Kind.STUDY ? "/studypost" : "/remind"),
                keyword + "（组织者）：设置定时，例如“" + example + "”；发送“" + keyword + " 关闭”停止", Role.ORGANIZER,
                SimpleCommand.GROUP, c -> {
            Incoming m = c.message();
            String args = c.arguments().strip();
            long now = clock.millis();
            List<Schedule> existing = plans.schedules(m.channel(), m.groupId()).stream().filter(s -> s.kind() == kind).toList();
            if (args.isEmpty()) {
                return notice(existing.isEmpty() || !existing.get(0).enabled() ? keyword + "还没有设置。例如：" + example
                        : keyword + "：" + existing.get(0).describe());
            }
            if (args.equals("关闭") || args.equals("off")) {
                if (existing.isEmpty()) return notice(keyword + "本来就没有设置。");
                Schedule s = existing.get(0);
                plans.saveSchedule(new Schedule(s.channel(), s.groupId(), kind, s.days(), s.at(), false, s.lastFired(), now));
                return notice("已关闭" + keyword + "。");
            }
            Matcher w = WHEN.matcher(args);
            if (!w.matches()) return notice("没有看懂时间。例如：" + example);
            try {
                LocalTime at = StudyPlanFiles.time(w.group(2));
                Set<DayOfWeek> days = w.group(1).isBlank()
                        ? (kind == Schedule.Kind.STUDY ? EnumSet.of(DayOfWeek.MONDAY) : EnumSet.allOf(DayOfWeek.class))
                        : Schedule.parseDays(w.group(1));
                Schedule s = new Schedule(m.channel(), m.groupId(), kind, days, at, true, 0, now);
                plans.saveSchedule(s);
                return notice("已设置" + keyword + "：" + s.describe() + "（按本群时区）。");
            } catch (IllegalArgumentException e) {
                return notice(e.getMessage() + "。例如：" + example);
            }
        });
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }
}
