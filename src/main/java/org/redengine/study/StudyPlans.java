package org.redengine.study;

import org.redengine.storage.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Study plans and their schedules, per group, in the database. */
public final class StudyPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public StudyPlans(Database db) {
        this.db = db;
    }

    public StudyPlan plan(String channel, String groupId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT plan FROM study_plans WHERE channel = ? AND group_id = ?")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? fromJson(rs.getString(1)) : null;
                }
            }
        });
    }

    /** Replaces the group's plan and, when the upload names any, its schedules; in one transaction. */
    public void save(String channel, String groupId, StudyPlanFiles.Upload upload, String by, long now) {
        db.write(c -> {
            savePlan(c, channel, groupId, upload.plan(), by, now);
            for (StudyPlanFiles.ScheduleSpec s : upload.schedules()) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                s.days().forEach(d -> days.add(DayOfWeek.of(d)));
                saveSchedule(c, new Schedule(channel, groupId, s.kind(), days, s.at(), s.enabled(), 0, now));
            }
            return null;
        });
    }

    public void savePlan(String channel, String groupId, StudyPlan plan, String by, long now) {
        db.write(c -> {
            savePlan(c, channel, groupId, plan, by, now);
            return null;
        });
    }

    private static void savePlan(Connection c, String channel, String groupId, StudyPlan plan, String by, long now) throws SQLException {
        Sql.update(c, """
                INSERT INTO study_plans (channel, group_id, plan, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (channel, group_id) DO UPDATE SET plan = excluded.plan, updated_at = excluded.updated_at,
                  updated_by = excluded.updated_by""", channel, groupId, toJson(plan).toString(), now, by == null ? "" : by);
    }

    /**
     * Creates or changes a schedule. A changed schedule starts afresh from now: occurrences before the change are
     * not posted late.
     */
    public void saveSchedule(Schedule s) {
        db.write(c -> {
            saveSchedule(c, s);
            return null;
        });
    }

    private static void saveSchedule(Connection c, Schedule s) throws SQLException {
        Sql.update(c, """
                INSERT INTO schedules (channel, group_id, kind, days, at_time, enabled, last_fired, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                ON CONFLICT (channel, group_id, kind) DO UPDATE SET days = excluded.days, at_time = excluded.at_time,
                  enabled = excluded.enabled, updated_at = excluded.updated_at""", s.channel(), s.groupId(), s.kind().id(), String.join(",", Schedule.dayNumbers(s.days()).stream().map(String::valueOf).toList()), s.at().toString(), s.enabled() ? 1 : 0, s.updatedAt());
    }

    /** The group's schedules, or every enabled schedule when {@code groupId} is null. */
    public List<Schedule> schedules(String channel, String groupId) {
        return db.read(c -> {
            String sql = "SELECT channel, group_id, kind, days, at_time, enabled, last_fired, updated_at FROM schedules"
                    + (groupId == null ? " WHERE enabled = 1" : " WHERE channel = ? AND group_id = ?") + " ORDER BY channel, group_id, kind";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (groupId != null) {
                    ps.setString(1, channel);
                    ps.setString(2, groupId);
                }
                List<Schedule> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                        for (String d : rs.getString(4).split(",")) days.add(DayOfWeek.of(Integer.parseInt(d.strip())));
                        out.add(new Schedule(rs.getString(1), rs.getString(2), Schedule.Kind.of(rs.getString(3)), days,
                                LocalTime.parse(rs.getString(5)), rs.getInt(6) == 1, rs.getLong(7), rs.getLong(8)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Claims one occurrence of a schedule for this process: moves last_fired on only if no one else has, and records
     * the post; returns false when it was claimed already (another node, or an earlier run).
     */
    public boolean claim(Schedule s, long occurrence, String day, String topic, long now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE schedules SET last_fired = ? WHERE channel = ? AND group_id = ? AND kind = ? AND last_fired = ?""")) {
                ps.setLong(1, occurrence);
                ps.setString(2, s.channel());
                ps.setString(3, s.groupId());
                ps.setString(4, s.kind().id());
                ps.setLong(5, s.lastFired());
                if (ps.executeUpdate() == 0) return false;
            }
            return Sql.update(c, """
                    INSERT INTO study_posts (channel, group_id, kind, occurrence, day, topic, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (channel, group_id, kind, occurrence) DO NOTHING""", s.channel(), s.groupId(), s.kind().id(), occurrence, day, topic == null ? "" : topic, now) > 0;
        });
    }

    static ObjectNode toJson(StudyPlan plan) {
        ObjectNode o = JSON.createObjectNode().put("title", plan.title());
        ArrayNode phases = o.putArray("phases");
        for (StudyPlan.Phase p : plan.phases()) {
            ObjectNode pn = phases.addObject().put("name", p.name());
            ArrayNode topics = pn.putArray("topics");
            for (StudyPlan.Topic t : p.topics()) {
                ObjectNode tn = topics.addObject().put("title", t.title()).put("from", t.from().toString()).put("to", t.to().toString());
                ArrayNode r = tn.putArray("readings");
                t.readings().forEach(r::add);
            }
        }
        return o;
    }

    static StudyPlan fromJson(String json) throws SQLException {
        try {
            JsonNode o = JSON.readTree(json);
            List<StudyPlan.Phase> phases = new ArrayList<>();
            for (JsonNode pn : o.path("phases")) {
                List<StudyPlan.Topic> topics = new ArrayList<>();
                for (JsonNode tn : pn.path("topics")) {
                    List<String> readings = new ArrayList<>();
                    tn.path("readings").forEach(r -> readings.add(r.asText()));
                    topics.add(new StudyPlan.Topic(tn.path("title").asText(), LocalDate.parse(tn.path("from").asText()),
                            LocalDate.parse(tn.path("to").asText()), readings));
                }
                phases.add(new StudyPlan.Phase(pn.path("name").asText(), topics));
            }
            return new StudyPlan(o.path("title").asText(), phases);
        } catch (Exception e) {
            throw new SQLException("bad stored plan", e);
        }
    }

    /** How many study posts (学习推送) a group had between two local days (both included). */
    public int studiesHeld(String channel, String groupId, java.time.LocalDate from, java.time.LocalDate to) {
        return db.read(c -> Sql.one(c,
                "SELECT COUNT(*) FROM study_posts WHERE channel = ? AND group_id = ? AND kind = 'study' AND day >= ? AND day <= ?",
                rs -> rs.getInt(1), channel, groupId, from.toString(), to.toString()));
    }
}
