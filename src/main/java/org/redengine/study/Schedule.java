package org.redengine.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recurring post in a group: {@code study} (this week's topic, a reading and a mini quiz) or {@code reminder}
 * (members who have not checked in today, by name), on some weekdays at a local time.
 */
public record Schedule(String channel, String groupId, Kind kind, Set<DayOfWeek> days, LocalTime at, boolean enabled,
                       long lastFired, long updatedAt) {

    public enum Kind {
        STUDY("study", "学习推送"), REMINDER("reminder", "打卡提醒");

        private final String id, chinese;

        Kind(String id, String chinese) {
            this.id = id;
            this.chinese = chinese;
        }

        public String id() {
            return id;
        }

        public String chinese() {
            return chinese;
        }

        public static Kind of(String id) {
            for (Kind k : values()) if (k.id.equals(id) || k.chinese.equals(id)) return k;
            throw new IllegalArgumentException("未知的定时任务：" + id + "（可用：study 学习推送、reminder 打卡提醒）");
        }
    }

    public Schedule {
        days = Set.copyOf(days);
        if (days.isEmpty()) throw new IllegalArgumentException("定时任务至少要选一天");
    }

    /**
     * The latest occurrence at or before {@code now} in the zone, or null when there is none in the last week.
     * Only the latest counts: after downtime the bot posts the one it missed last, not every missed one.
     */
    public ZonedDateTime latestOccurrence(long now, ZoneId zone) {
        ZonedDateTime clock = java.time.Instant.ofEpochMilli(now).atZone(zone);
        LocalDate day = clock.toLocalDate();
        for (int back = 0; back <= 7; back++) {
            LocalDate d = day.minusDays(back);
            if (!days.contains(d.getDayOfWeek())) continue;
            ZonedDateTime t = d.atTime(at).atZone(zone);
            if (!t.isAfter(clock)) return t;
        }
        return null;
    }

    /** "周一、周三 08:00" */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (DayOfWeek d : new TreeSet<>(days)) {
            if (!sb.isEmpty()) sb.append("、");
            sb.append(weekday(d));
        }
        if (days.size() == 7) sb.setLength(0);
        return (sb.isEmpty() ? "每天" : sb.toString()) + " " + at;
    }

    public static String weekday(DayOfWeek d) {
        return "周" + "一二三四五六日".charAt(d.getValue() - 1);
    }

    /** Parses "周一", "周一到周五", "每天", "1,3,5", "工作日" into weekdays. */
    public static Set<DayOfWeek> parseDays(String text) {
        String t = text.strip().replace("星期", "周").replace("礼拜", "周").replace("天", "日");
        if (t.equals("每日")) return Set.of(DayOfWeek.values()); // 每天, after 天 → 日
        if (t.equals("工作日")) return Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> out = new TreeSet<>();
        for (String part : t.split("[,，、\\s]+")) {
            if (part.isEmpty()) continue;
            String[] range = part.split("到|至|-|~");
            DayOfWeek from = day(range[0]), to = range.length > 1 ? day(range[1]) : from;
            for (int v = from.getValue(); ; v = v % 7 + 1) {
                out.add(DayOfWeek.of(v));
                if (v == to.getValue()) break;
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("没有看懂日期：" + text);
        return out;
    }

    private static DayOfWeek day(String s) {
        String t = s.strip();
        if (t.matches("[1-7]")) return DayOfWeek.of(Integer.parseInt(t));
        int i = t.length() == 2 && t.charAt(0) == '周' ? "一二三四五六日".indexOf(t.charAt(1)) : -1;
        if (i < 0) throw new IllegalArgumentException("没有看懂日期：" + s + "（例如 周一、周一到周五、每天、1,3,5）");
        return DayOfWeek.of(i + 1);
    }

    public static List<Integer> dayNumbers(Set<DayOfWeek> days) {
        return new TreeSet<>(days).stream().map(DayOfWeek::getValue).toList();
    }
}
