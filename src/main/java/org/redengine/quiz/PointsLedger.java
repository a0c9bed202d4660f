package org.redengine.quiz;

import org.redengine.storage.Sql;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The points ledger: every award is a row (who, what for, how many, which local day). Each activity has a
 * per-answer value and a daily cap, as 学习强国 caps its items; rankings add up rows for a week, a month or all time.
 */
public final class PointsLedger {

    /** Points per correct answer and the most one person can earn from the activity in a day. */
    public record Rule(int points, int dailyCap) {
    }

    /** The default rules; the contest and check-ins will add theirs. */
    public static final Map<String, Rule> DEFAULT_RULES = Map.of(
            "quiz", new Rule(10, 50),
            "challenge", new Rule(5, 50),
            "review", new Rule(2, 20),
            "contest", new Rule(10, 100),
            "checkin", new Rule(5, 5));

    /**
     * Parses rules like {@code quiz=10/50,contest=10/100} (points per right answer / daily cap) over the defaults.
     */
    public static Map<String, Rule> parseRules(String spec) {
        Map<String, Rule> rules = new java.util.HashMap<>(DEFAULT_RULES);
        if (spec == null || spec.isBlank()) return Map.copyOf(rules);
        for (String part : spec.split("[,，]")) {
            String[] kv = part.strip().split("=");
            String[] nums = kv.length == 2 ? kv[1].split("/") : new String[0];
            try {
                if (kv.length != 2 || nums.length != 2 || !DEFAULT_RULES.containsKey(kv[0].strip())) throw new NumberFormatException();
                int per = Integer.parseInt(nums[0].strip()), cap = Integer.parseInt(nums[1].strip());
                if (per < 0 || cap < 0) throw new NumberFormatException();
                rules.put(kv[0].strip(), new Rule(per, cap));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("积分规则写法应为 活动=每题积分/每日上限，例如 quiz=10/50；活动可为 "
                        + String.join("、", DEFAULT_RULES.keySet()) + "：" + part);
            }
        }
        return Map.copyOf(rules);
    }

    /** Someone on a ranking. */
    public record Standing(int rank, String userId, String name, int points) {
    }

    private final Database db;
    private final ZoneId zone;
    private final Map<String, Rule> rules;

    public PointsLedger(Database db, ZoneId zone, Map<String, Rule> rules) {
        this.db = db;
        this.zone = zone;
        this.rules = rules;
    }

    public Rule rule(String activity) {
        return rules.getOrDefault(activity, new Rule(0, 0));
    }

    /** Awards one correct answer's points inside the caller's transaction, within the daily cap; returns them. */
    public int award(Connection c, String channel, String user, String activity, long at) throws SQLException {
        Rule rule = rule(activity);
        String day = day(at);
        int today;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(points), 0) FROM points WHERE channel = ? AND user_id = ? AND activity = ? AND day = ?")) {
            ps.setString(1, channel);
            ps.setString(2, user);
            ps.setString(3, activity);
            ps.setString(4, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                today = rs.getInt(1);
            }
        }
        int points = Math.max(0, Math.min(rule.points(), rule.dailyCap() - today));
        if (points == 0) return 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO points (channel, user_id, activity, points, day, earned_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, channel);
            ps.setString(2, user);
            ps.setString(3, activity);
            ps.setInt(4, points);
            ps.setString(5, day);
            ps.setLong(6, at);
            ps.executeUpdate();
        }
        return points;
    }

    String day(long at) {
        return java.time.Instant.ofEpochMilli(at).atZone(zone).toLocalDate().toString();
    }

    /** One person's points: today, this week (from Monday), this month, all time. */
    public int[] totals(String channel, String user, long now) {
        LocalDate today = java.time.Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
        String[] from = {today.toString(), today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
                today.withDayOfMonth(1).toString(), "0000-01-01"};
        return db.read(c -> {
            int[] out = new int[4];
            for (int i = 0; i < 4; i++) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COALESCE(SUM(points), 0) FROM points WHERE channel = ? AND user_id = ? AND day >= ?")) {
                    ps.setString(1, channel);
                    ps.setString(2, user);
                    ps.setString(3, from[i]);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out[i] = rs.getInt(1);
                    }
                }
            }
            return out;
        });
    }

    /** The members of a group ranked by the points they earned since {@code fromDay} (inclusive), best first. */
    public List<Standing> ranking(String channel, String groupId, String fromDay, int limit) {
        return db.read(c -> {
            // the group's members and the names others see come from people's facade
            Map<String, String> names = org.redengine.people.PeopleStore.members(c, channel, groupId);
            Map<String, Integer> totals = new java.util.HashMap<>();
            Sql.each(c, "SELECT user_id, SUM(points) FROM points WHERE channel = ? AND day >= ? GROUP BY user_id", rs -> {
                if (names.containsKey(rs.getString(1))) totals.put(rs.getString(1), rs.getInt(2));
            }, channel, fromDay);
            List<Map.Entry<String, Integer>> order = new ArrayList<>(totals.entrySet());
            order.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<Standing> out = new ArrayList<>();
            for (Map.Entry<String, Integer> e : order.subList(0, Math.min(limit, order.size()))) {
                out.add(new Standing(out.size() + 1, e.getKey(), names.get(e.getKey()), e.getValue()));
            }
            return out;
        });
    }

    public ZoneId zone() {
        return zone;
    }

    /** Points each of these members earned between two local days (both included), for reports. */
    public Map<String, Integer> totalsBetween(String channel, java.util.Collection<String> members, java.time.LocalDate from,
                                              java.time.LocalDate to) {
        java.util.Set<String> wanted = new java.util.HashSet<>(members);
        return db.read(c -> {
            Map<String, Integer> out = new java.util.HashMap<>();
            Sql.each(c, "SELECT user_id, SUM(points) FROM points WHERE channel = ? AND day >= ? AND day <= ? GROUP BY user_id", rs -> {
                if (wanted.contains(rs.getString(1))) out.put(rs.getString(1), rs.getInt(2));
            }, channel, from.toString(), to.toString());
            return out;
        });
    }
}
