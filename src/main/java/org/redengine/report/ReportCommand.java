package org.redengine.report;

import org.redengine.checkin.CheckIns;
import org.redengine.conversation.Command;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** 学习报告 [2021-06] (organizers, in the group): the month's summary; this month by default. */
public final class ReportCommand {

    private ReportCommand() {
    }

    public static Command create(Reports reports, CheckIns checkIns) {
        return new SimpleCommand("学习报告", List.of("/report"), "学习报告 [2021-06]（/report）：本群一个月的学习情况（组织者，群聊）",
                Role.ORGANIZER, SimpleCommand.GROUP, c -> {
            String arg = c.arguments().strip().replace('/', '-').replace("年", "-").replace("月", "");
            YearMonth month;
            try {
                month = arg.isEmpty() ? YearMonth.from(checkIns.today(c.message().channel(), c.message().groupId()))
                        : YearMonth.parse(arg.matches("\\d{4}-\\d") ? arg.replace("-", "-0") : arg);
            } catch (DateTimeParseException e) {
                return List.of(Reply.of(ReplyType.NOTICE, "月份格式应为 2021-06，例如：学习报告 2021-06"));
            }
            GroupReport r = reports.report(c.message().channel(), c.message().groupId(), month.atDay(1), month.atEndOfMonth());
            return List.of(Reply.of(ReplyType.NOTICE, ReportFormats.text(r)));
        });
    }
}
