package org.redengine.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A group report as chat text, a JSON-ready map, CSV (UTF-8 with BOM, so Excel reads the Chinese) and XLSX. */
public final class ReportFormats {

    static final List<String> MEMBER_HEADER = List.of("成员", "用户ID", "打卡天数", "个人答题数", "个人答对数", "竞赛答题数", "竞赛答对数", "竞赛得分", "积分");

    private ReportFormats() {
    }

    /** 学习报告 in chat: the month at a glance, like the branches' own activity reports. */
    public static String text(GroupReport r) {
        String period = r.from().getDayOfMonth() == 1 && r.to().equals(YearMonth.from(r.from()).atEndOfMonth())
                ? r.from().getYear() + "年" + r.from().getMonthValue() + "月" : r.from() + " 至 " + r.to();
        StringBuilder sb = new StringBuilder("📊 ").append(r.displayName()).append(" ").append(period).append("学习报告");
        sb.append("\n集体学习（学习推送）").append(r.studiesHeld()).append(" 次，知识竞赛 ").append(r.contestsHeld()).append(" 场");
        sb.append("\n打卡 ").append(r.checkIns()).append(" 人次；参与学习 ").append(r.participants()).append(" 人（成员 ")
                .append(r.members()).append(" 人，参与率 ").append(percent(r.participationRate())).append("）");
        sb.append("\n个人答题 ").append(r.quizAnswers()).append(" 题，竞赛答题 ").append(r.contestAnswers()).append(" 题");
        if (r.quizAnswers() + r.contestAnswers() > 0) sb.append("，平均正确率 ").append(percent(r.accuracy()));
        sb.append("\n获得积分 ").append(r.points()).append(" 分");
        List<GroupReport.Member> top = r.people().stream().filter(m -> m.checkInDays() > 0)
                .sorted(Comparator.comparingInt(GroupReport.Member::checkInDays).reversed().thenComparing(GroupReport.Member::userId))
                .limit(5).toList();
        if (!top.isEmpty()) {
            sb.append("\n打卡之星：").append(top.stream().map(m -> m.display() + "（" + m.checkInDays() + "天）").collect(Collectors.joining("、")));
        }
        return sb.toString();
    }

    public static Map<String, Object> json(GroupReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("channel", r.channel());
        o.put("group", r.groupId());
        o.put("groupName", r.groupName());
        o.put("from", r.from().toString());
        o.put("to", r.to().toString());
        o.put("members", r.members());
        o.put("studiesHeld", r.studiesHeld());
        o.put("contestsHeld", r.contestsHeld());
        o.put("checkIns", r.checkIns());
        o.put("participants", r.participants());
        o.put("participationRate", r.participationRate());
        o.put("quizAnswers", r.quizAnswers());
        o.put("contestAnswers", r.contestAnswers());
        o.put("accuracy", r.accuracy());
        o.put("points", r.points());
        List<Map<String, Object>> days = new ArrayList<>();
        for (GroupReport.Day d : r.days()) {
            days.add(Map.of("day", d.day().toString(), "checkIns", d.checkIns(), "quizAnswers", d.quizAnswers(), "contestAnswers", d.contestAnswers()));
        }
        o.put("days", days);
        List<Map<String, Object>> people = new ArrayList<>();
        for (GroupReport.Member m : r.people()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("user", m.userId());
            p.put("name", m.name());
            p.put("checkInDays", m.checkInDays());
            p.put("quizAnswers", m.quizAnswers());
            p.put("quizCorrect", m.quizCorrect());
            p.put("contestAnswers", m.contestAnswers());
            p.put("contestCorrect", m.contestCorrect());
            p.put("contestScore", m.contestScore());
            p.put("points", m.points());
            people.add(p);
        }
        o.put("people", people);
        List<Map<String, Object>> contests = new ArrayList<>();
        for (GroupReport.Contest c : r.contests()) {
            contests.add(Map.of("id", c.id(), "bank", c.bank(), "startedAt", Instant.ofEpochMilli(c.startedAt()).toString(),
                    "status", c.status().id(), "questions", c.questions(), "players", c.players(), "accuracy", c.accuracy()));
        }
        o.put("contests", contests);
        return o;
    }

    public static byte[] csv(GroupReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel then reads UTF-8
            p.printRecord(MEMBER_HEADER);
            for (GroupReport.Member m : r.people()) p.printRecord(memberRow(m));
            p.println();
            for (List<Object> row : summary(r)) p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(GroupReport r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet s = book.createSheet("汇总");
            List<List<Object>> summary = summary(r);
            for (int i = 0; i < summary.size(); i++) write(s.createRow(i), summary.get(i), i == 0 ? bold : null);
            Sheet m = book.createSheet("成员");
            write(m.createRow(0), new ArrayList<>(MEMBER_HEADER), bold);
            int row = 1;
            for (GroupReport.Member p : r.people()) write(m.createRow(row++), memberRow(p), null);
            Sheet d = book.createSheet("每日");
            write(d.createRow(0), List.of("日期", "打卡人次", "个人答题数", "竞赛答题数"), bold);
            row = 1;
            for (GroupReport.Day day : r.days()) write(d.createRow(row++), List.of(day.day().toString(), day.checkIns(), day.quizAnswers(), day.contestAnswers()), null);
            for (Sheet sheet : List.of(s, m, d)) sheet.setColumnWidth(0, 24 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            Object v = values.get(i);
            if (v instanceof Number n) cell.setCellValue(n.doubleValue());
            else cell.setCellValue(String.valueOf(v));
            if (style != null) cell.setCellStyle(style);
        }
    }

    private static List<Object> memberRow(GroupReport.Member m) {
        return List.of(safe(m.display()), safe(m.userId()), m.checkInDays(), m.quizAnswers(), m.quizCorrect(), m.contestAnswers(),
                m.contestCorrect(), m.contestScore(), m.points());
    }

    private static List<List<Object>> summary(GroupReport r) {
        return List.of(List.of("项目", "数值"), List.of("群", safe(r.exportName())), List.of("开始日期", r.from().toString()),
                List.of("结束日期", r.to().toString()), List.of("成员数", r.members()), List.of("集体学习次数", r.studiesHeld()),
                List.of("知识竞赛场数", r.contestsHeld()), List.of("打卡人次", r.checkIns()), List.of("参与人数", r.participants()),
                List.of("参与率", percent(r.participationRate())), List.of("个人答题数", r.quizAnswers()),
                List.of("竞赛答题数", r.contestAnswers()), List.of("平均正确率", percent(r.accuracy())), List.of("积分合计", r.points()));
    }

    /** Cells starting with = + - @ are formulas to Excel: prefix them so a member's name never runs as one. */
    static String safe(String text) {
        return org.redengine.security.FormulaCells.neutralise(text);
    }

    static String percent(double fraction) {
        return String.format("%.1f%%", 100 * fraction);
    }
}
