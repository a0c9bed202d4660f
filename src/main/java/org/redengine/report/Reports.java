package org.redengine.report;

import org.redengine.people.GroupZones;
import org.redengine.people.PeopleStore;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a group's report for a period of local days (inclusive) from the stored activity: grouped queries on
 * indexed columns, members first (CROSS JOIN fixes that join order in SQLite; PostgreSQL plans it freely), so
 * a month of a 500-member group with a year of history stays under 200 ms.
 */
public final class Reports {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 400;

    private final Database db;
    private final GroupZones zones;

    public Reports(Database db, GroupZones zones) {
        this.db = db;
        this.zones = zones;
    }

    public GroupReport report(String channel, String groupId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("结束日期早于开始日期");
        if (from.plusDays(MAX_DAYS).isBefore(to)) throw new IllegalArgumentException("一次最多统计 " + MAX_DAYS + " 天");
        ZoneId zone = zones.zoneOf(channel, groupId);
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(); // exclusive
        return db.read(c -> {
            String groupName = groupName(c, channel, groupId);
            Map<String, String> names = PeopleStore.members(c, channel, groupId);
            Map<String, int[]> per = new HashMap<>(); // checkin days, quiz n, quiz right, contest n, contest right, score, points
            TreeMap<LocalDate, int[]> days = new TreeMap<>(); // checkins, quiz answers, contest answers
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) days.put(d, new int[3]);
            int checkIns = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT user_id, COUNT(*) FROM checkins WHERE channel = ? AND group_id = ? AND day >= ? AND day <= ?
                    GROUP BY user_id""")) {
                bindGroupDays(ps, channel, groupId, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        per.computeIfAbsent(rs.getString(1), k -> new int[7])[0] += rs.getInt(2);
                        checkIns += rs.getInt(2);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT day, COUNT(*) FROM checkins WHERE channel = ? AND group_id = ? AND day >= ? AND day <= ? GROUP BY day""")) {
                bindGroupDays(ps, channel, groupId, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int[] d = days.get(LocalDate.parse(rs.getString(1)));
                        if (d != null) d[0] += rs.getInt(2);
                    }
                }
            }
            int quizAnswers = 0, right = 0, contestAnswers = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT q.user_id, COUNT(*), SUM(q.correct) FROM memberships m CROSS JOIN quiz_answers q
                    WHERE q.answered_at >= ? AND q.answered_at < ? AND m.channel = ? AND m.group_id = ?
                      AND q.channel = m.channel AND q.user_id = m.user_id GROUP BY q.user_id""")) {
                bindGroupTimes(ps, channel, groupId, start, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int[] p = per.computeIfAbsent(rs.getString(1), k -> new int[7]);
                        p[1] += rs.getInt(2);
                        p[2] += rs.getInt(3);
                        quizAnswers += rs.getInt(2);
                        right += rs.getInt(3);
                    }
                }
            }
            // per day: counted in SQL by quarter hour (every real zone offset is a multiple of it), dated here
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT q.answered_at / 900000, COUNT(*) FROM memberships m CROSS JOIN quiz_answers q
                    WHERE q.answered_at >= ? AND q.answered_at < ? AND m.channel = ? AND m.group_id = ?
                      AND q.channel = m.channel AND q.user_id = m.user_id GROUP BY q.answered_at / 900000""")) {
                bindGroupTimes(ps, channel, groupId, start, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int[] d = days.get(java.time.Instant.ofEpochMilli(rs.getLong(1) * 900_000L).atZone(zone).toLocalDate());
                        if (d != null) d[1] += rs.getInt(2);
                    }
                }
            }
            List<GroupReport.Contest> contests = new ArrayList<>();
            Map<String, int[]> byContest = new HashMap<>(); // answers, right, players
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.contest_id, a.user_id, a.correct, a.score, a.answered_at FROM contests k
                    JOIN contest_answers a ON a.contest_id = k.id
                    WHERE k.channel = ? AND k.group_id = ? AND k.started_at >= ? AND k.started_at < ?""")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                ps.setLong(3, start);
                ps.setLong(4, end);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, java.util.Set<String>> players = new HashMap<>();
                    while (rs.next()) {
                        int[] p = per.computeIfAbsent(rs.getString(2), k -> new int[7]);
                        p[3]++;
                        p[4] += rs.getInt(3);
                        p[5] += rs.getInt(4);
                        contestAnswers++;
                        right += rs.getInt(3);
                        int[] k = byContest.computeIfAbsent(rs.getString(1), x -> new int[3]);
                        k[0]++;
                        k[1] += rs.getInt(3);
                        if (players.computeIfAbsent(rs.getString(1), x -> new java.util.HashSet<>()).add(rs.getString(2))) k[2]++;
                        int[] d = days.get(java.time.Instant.ofEpochMilli(rs.getLong(5)).atZone(zone).toLocalDate());
                        if (d != null) d[2]++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, bank, started_at, status, questions FROM contests
                    WHERE channel = ? AND group_id = ? AND started_at >= ? AND started_at < ? ORDER BY started_at""")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                ps.setLong(3, start);
                ps.setLong(4, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int[] k = byContest.getOrDefault(rs.getString(1), new int[3]);
                        int questions = questionCount(rs.getString(5));
                        contests.add(new GroupReport.Contest(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                questions, k[2], k[0] == 0 ? 0 : (double) k[1] / k[0]));
                    }
                }
            }
            int points = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.user_id, SUM(p.points) FROM memberships m CROSS JOIN points p
                    WHERE p.day >= ? AND p.day <= ? AND m.channel = ? AND m.group_id = ?
                      AND p.channel = m.channel AND p.user_id = m.user_id GROUP BY p.user_id""")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                ps.setString(3, channel);
                ps.setString(4, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        per.computeIfAbsent(rs.getString(1), k -> new int[7])[6] += rs.getInt(2);
                        points += rs.getInt(2);
                    }
                }
            }
            int studies = studiesHeld(c, channel, groupId, from, to);
            List<GroupReport.Member> people = new ArrayList<>();
            for (String user : names.keySet()) {
                int[] p = per.getOrDefault(user, new int[7]);
                people.add(new GroupReport.Member(user, names.get(user), p[0], p[1], p[2], p[3], p[4], p[5], p[6]));
            }
            // people who took part but are not (or no longer) listed as members still count
            for (Map.Entry<String, int[]> e : per.entrySet()) {
                if (names.containsKey(e.getKey())) continue;
                int[] p = e.getValue();
                people.add(new GroupReport.Member(e.getKey(), "", p[0], p[1], p[2], p[3], p[4], p[5], p[6]));
            }
            int participants = (int) people.stream().filter(GroupReport.Member::tookPart).count();
            int answers = quizAnswers + contestAnswers;
            List<GroupReport.Day> dayList = new ArrayList<>();
            days.forEach((d, v) -> dayList.add(new GroupReport.Day(d, v[0], v[1], v[2])));
            return new GroupReport(channel, groupId, groupName, from, to, names.size(), studies, contests.size(), checkIns,
                    participants, quizAnswers, contestAnswers, answers == 0 ? 0 : (double) right / answers, points, dayList,
                    people, contests);
        });
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static int questionCount(String keysJson) throws SQLException {
        try {
            return JSON.readTree(keysJson).size();
        } catch (java.io.IOException e) {
            throw new SQLException("bad contest row", e);
        }
    }

    private static void bindGroupDays(PreparedStatement ps, String channel, String groupId, LocalDate from, LocalDate to) throws SQLException {
        ps.setString(1, channel);
        ps.setString(2, groupId);
        ps.setString(3, from.toString());
        ps.setString(4, to.toString());
    }

    private static void bindGroupTimes(PreparedStatement ps, String channel, String groupId, long start, long end) throws SQLException {
        ps.setLong(1, start);
        ps.setLong(2, end);
        ps.setString(3, channel);
        ps.setString(4, groupId);
    }

    private static String groupName(Connection c, String channel, String groupId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM chat_groups WHERE channel = ? AND group_id = ?")) {
            ps.setString(1, channel);
            ps.setString(2, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static int studiesHeld(Connection c, String channel, String groupId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM study_posts WHERE channel = ? AND group_id = ? AND kind = 'study' AND day >= ? AND day <= ?")) {
            ps.setString(1, channel);
            ps.setString(2, groupId);
            ps.setString(3, from.toString());
            ps.setString(4, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
