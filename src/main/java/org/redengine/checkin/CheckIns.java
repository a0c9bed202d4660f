package org.redengine.checkin;

import org.redengine.storage.Sql;
import org.redengine.conversation.Incoming;
import org.redengine.people.GroupZones;
import org.redengine.people.PeopleStore;
import org.redengine.quiz.PointsLedger;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Study check-ins (打卡): one per member, group and local day (the primary key makes a second one a no-op), with
 * an optional note. Streaks are consecutive local days; a streak is still alive on a day not yet checked in.
 */
public final class CheckIns {

    public static final int MAX_NOTE_CHARS = 200;

    /** The outcome of one 打卡: whether it was today's first, the streak, this month's days and points earned. */
    public record Result(boolean first, int streak, int monthDays, int total, int points) {
    }

    /** A person with a figure (days checked in, or a streak). */
    public record Person(String userId, String name, int value) {
        public String display() {
            return name == null || name.isBlank() ? "成员" : name; // never the raw id: it lets its browser in
        }
    }

    /** 我的打卡: streak, days this month, total days, the last notes. */
    public record Mine(int streak, int monthDays, int total, boolean today, List<String> lastNotes) {
    }

    /** 打卡统计: this week's participation in a group. */
    public record WeekStats(LocalDate from, LocalDate to, int members, List<Person> checkedIn, List<Person> notThisWeek,
                            List<Person> notToday, List<Person> streakLeaders) {
        public double rate() {
            return members == 0 ? 0 : (double) checkedIn.size() / members;
        }
    }

    private final Database db;
    private final GroupZones zones;
    private final PointsLedger points;
    private final Clock clock;
    private volatile Runnable onRecorded = () -> { };

    public CheckIns(Database db, GroupZones zones, PointsLedger points, Clock clock) {
        this.db = db;
        this.zones = zones;
        this.points = points;
        this.clock = clock;
    }

    /** Called once for every check-in recorded (for metrics). */
    public void onRecorded(Runnable hook) {
        this.onRecorded = hook;
    }

    public LocalDate today(String channel, String groupId) {
        return Instant.ofEpochMilli(clock.millis()).atZone(zones.zoneOf(channel, groupId)).toLocalDate();
    }

    public ZoneId zone(String channel, String groupId) {
        return zones.zoneOf(channel, groupId);
    }

    /** Records today's check-in of the member in the group (a group message); the second one the same day is a no-op. */
    public Result checkIn(Incoming m, String note) {
        long now = clock.millis();
        LocalDate today = today(m.channel(), m.groupId());
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > MAX_NOTE_CHARS) cleanNote = cleanNote.substring(0, MAX_NOTE_CHARS);
        String text = cleanNote;
        int[] awarded = {0};
        boolean first = db.write(c -> {
            PeopleStore.recordSeen(c, m); // a member's first message may be 打卡: the membership must exist for reports
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO checkins (channel, group_id, user_id, day, note, checked_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (channel, group_id, user_id, day) DO NOTHING""")) {
                ps.setString(1, m.channel());
                ps.setString(2, m.groupId());
                ps.setString(3, m.userId());
                ps.setString(4, today.toString());
                ps.setString(5, text);
                ps.setLong(6, now);
                if (ps.executeUpdate() == 0) return false;
            }
            awarded[0] = points.award(c, m.channel(), m.userId(), "checkin", now);
            return true;
        });
        if (first) onRecorded.run();
        TreeSet<LocalDate> days = db.read(c -> days(c, m.channel(), m.groupId(), m.userId(), today.minusDays(400)));
        return new Result(first, streak(days, today), monthDays(days, today), total(m.channel(), m.groupId(), m.userId()), awarded[0]);
    }

    /** 我的打卡: in a group, that group's check-ins; in a private chat, days checked in in any group. */
    public Mine mine(String channel, String groupId, String userId) {
        LocalDate today = today(channel, groupId);
        return db.read(c -> {
            TreeSet<LocalDate> days = days(c, channel, groupId, userId, today.minusDays(400));
            List<String> notes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, note FROM checkins WHERE channel = ? AND user_id = ?"
                    + (groupId == null ? "" : " AND group_id = ?") + " AND note <> '' ORDER BY day DESC, checked_at DESC LIMIT 3")) {
                ps.setString(1, channel);
                ps.setString(2, userId);
                if (groupId != null) ps.setString(3, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) notes.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return new Mine(streak(days, today), monthDays(days, today), countDays(c, channel, groupId, userId),
                    days.contains(today), notes);
        });
    }

    /** This week's (Monday to today) participation of a group's members, who has not checked in, and streak leaders. */
    public WeekStats week(String channel, String groupId) {
        LocalDate today = today(channel, groupId);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return db.read(c -> {
            Map<String, String> members = PeopleStore.members(c, channel, groupId);
            Map<String, TreeSet<LocalDate>> days = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_id, day FROM checkins WHERE channel = ? AND group_id = ? AND day >= ?")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                ps.setString(3, today.minusDays(400).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) days.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(LocalDate.parse(rs.getString(2)));
                }
            }
            List<Person> checked = new ArrayList<>(), notWeek = new ArrayList<>(), notToday = new ArrayList<>(), leaders = new ArrayList<>();
            for (Map.Entry<String, String> e : members.entrySet()) {
                TreeSet<LocalDate> d = days.getOrDefault(e.getKey(), new TreeSet<>());
                int week = d.subSet(monday, true, today, true).size();
                if (week > 0) checked.add(new Person(e.getKey(), e.getValue(), week));
                else notWeek.add(new Person(e.getKey(), e.getValue(), 0));
                if (!d.contains(today)) notToday.add(new Person(e.getKey(), e.getValue(), 0));
                int streak = streak(d, today);
                if (streak > 0) leaders.add(new Person(e.getKey(), e.getValue(), streak));
            }
            checked.sort(Comparator.comparingInt(Person::value).reversed().thenComparing(Person::userId));
            leaders.sort(Comparator.comparingInt(Person::value).reversed().thenComparing(Person::userId));
            return new WeekStats(monday, today, members.size(), checked, notWeek, notToday, leaders.subList(0, Math.min(5, leaders.size())));
        });
    }

    /** Members of the group who have not checked in today (for the reminder), by name. */
    public List<Person> notCheckedInToday(String channel, String groupId) {
        return week(channel, groupId).notToday();
    }

    private static TreeSet<LocalDate> days(Connection c, String channel, String groupId, String userId, LocalDate from) throws SQLException {
        TreeSet<LocalDate> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT day FROM checkins WHERE channel = ? AND user_id = ? AND day >= ?"
                + (groupId == null ? "" : " AND group_id = ?"))) {
            ps.setString(1, channel);
            ps.setString(2, userId);
            ps.setString(3, from.toString());
            if (groupId != null) ps.setString(4, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(LocalDate.parse(rs.getString(1)));
            }
        }
        return out;
    }

    private int total(String channel, String groupId, String userId) {
        return db.read(c -> countDays(c, channel, groupId, userId));
    }

    private static int countDays(Connection c, String channel, String groupId, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT day) FROM checkins WHERE channel = ? AND user_id = ?"
                + (groupId == null ? "" : " AND group_id = ?"))) {
            ps.setString(1, channel);
            ps.setString(2, userId);
            if (groupId != null) ps.setString(3, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Consecutive days ending today, or ending yesterday when today is not checked in yet (the streak is alive). */
    static int streak(TreeSet<LocalDate> days, LocalDate today) {
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }

    static int monthDays(TreeSet<LocalDate> days, LocalDate today) {
        return days.subSet(today.withDayOfMonth(1), true, today, true).size();
    }

    /** A group's check-ins in a period: per member (days checked in), per day, and in all. */
    public record Counts(Map<String, Integer> byMember, Map<LocalDate, Integer> byDay, int total) {
    }

    /** Check-ins of a group between two local days (both included), for reports. */
    public Counts countsBetween(String channel, String groupId, LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<String, Integer> byMember = new HashMap<>();
            Map<LocalDate, Integer> byDay = new HashMap<>();
            int[] total = {0};
            Sql.each(c, "SELECT user_id, day FROM checkins WHERE channel = ? AND group_id = ? AND day >= ? AND day <= ?", rs -> {
                byMember.merge(rs.getString(1), 1, Integer::sum);
                byDay.merge(LocalDate.parse(rs.getString(2)), 1, Integer::sum);
                total[0]++;
            }, channel, groupId, from.toString(), to.toString());
            return new Counts(byMember, byDay, total[0]);
        });
    }
}
