package org.redengine.people;

import org.redengine.storage.Sql;
import org.redengine.conversation.Incoming;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the bot has seen: users per channel with their display name, groups, and group membership (join date and
 * last seen), recorded when someone speaks.
 */
public final class PeopleStore {

    /** A member of a group as the admin API and reports show it. */
    public record Member(String userId, String name, long joinedAt, long lastSeen, List<String> roles) {
    }

    public record Group(String channel, String groupId, String name, List<Member> members) {
    }

    private final Database db;

    public PeopleStore(Database db) {
        this.db = db;
    }

    /** Records the sender (and group membership) inside the caller's write transaction. */
    public static void recordSeen(Connection c, Incoming m) throws SQLException {
        long at = m.receivedAt().toEpochMilli();
        Sql.update(c, """
                INSERT INTO users (channel, user_id, name, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (channel, user_id) DO UPDATE SET
                  name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE users.name END,
                  last_seen = excluded.last_seen""", m.channel(), m.userId(), m.userName(), at, at);
        if (!m.isGroup()) {
            return;
        }
        Sql.update(c, """
                INSERT INTO chat_groups (channel, group_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT (channel, group_id) DO NOTHING""", m.channel(), m.groupId(), at);
        Sql.update(c, """
                INSERT INTO memberships (channel, group_id, user_id, joined_at, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (channel, group_id, user_id) DO UPDATE SET last_seen = excluded.last_seen""", m.channel(), m.groupId(), m.userId(), at, at);
    }

    /**
     * When a user joined a group (epoch ms), joining it now when {@code join} is set and they are not a member yet;
     * null when they are not a member (and were not to join).
     */
    public Long joinedAt(String channel, String groupId, String userId, boolean join, long now) {
        Long at = db.read(c -> joinedAt(c, channel, groupId, userId));
        if (at != null || !join) return at;
        return db.write(c -> {
            Sql.update(c, """
                    INSERT INTO users (channel, user_id, name, first_seen, last_seen) VALUES (?, ?, '', ?, ?)
                    ON CONFLICT (channel, user_id) DO NOTHING""", channel, userId, now, now);
            Sql.update(c, """
                    INSERT INTO chat_groups (channel, group_id, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (channel, group_id) DO NOTHING""", channel, groupId, now);
            Sql.update(c, """
                    INSERT INTO memberships (channel, group_id, user_id, joined_at, last_seen) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (channel, group_id, user_id) DO NOTHING""", channel, groupId, userId, now, now);
            return joinedAt(c, channel, groupId, userId);
        });
    }

    private static Long joinedAt(Connection c, String channel, String groupId, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT joined_at FROM memberships WHERE channel = ? AND group_id = ? AND user_id = ?")) {
            ps.setString(1, channel);
            ps.setString(2, groupId);
            ps.setString(3, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * A group's members, user id → the name other members see, in the order they joined: their display name, or
     * "成员N" (N: the order they joined in) for someone without one. Raw ids are never shown to other members: a
     * web id is what lets its browser in.
     */
    public static Map<String, String> members(Connection c, String channel, String groupId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.user_id, u.name FROM memberships m LEFT JOIN users u ON u.channel = m.channel AND u.user_id = m.user_id
                WHERE m.channel = ? AND m.group_id = ? ORDER BY m.joined_at, m.user_id""")) {
            ps.setString(1, channel);
            ps.setString(2, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    String name = rs.getString(2);
                    out.put(rs.getString(1), name == null || name.isBlank() ? unnamed(channel, rs.getString(1), n) : name);
                }
            }
        }
        return out;
    }

    /** A group's members seen (speaking) since an instant, inside the caller's transaction. */
    public static List<String> seenSince(Connection c, String channel, String groupId, long sinceMillis) throws SQLException {
        return org.redengine.storage.Sql.list(c, "SELECT user_id FROM memberships WHERE channel = ? AND group_id = ? AND last_seen >= ?",
                rs -> rs.getString(1), channel, groupId, sinceMillis);
    }

    /**
     * The name other members of a group see for one member, inside the caller's transaction (after the member was
     * recorded): the name they gave, else "成员N" by the order they joined (as {@link #members} numbers them).
     */
    public static String shownName(Connection c, String channel, String groupId, String userId, String given) throws SQLException {
        if (given != null && !given.isBlank()) return given;
        Integer order = org.redengine.storage.Sql.one(c, """
                SELECT COUNT(*) FROM memberships o, memberships me
                WHERE me.channel = ? AND me.group_id = ? AND me.user_id = ? AND o.channel = me.channel AND o.group_id = me.group_id
                  AND (o.joined_at < me.joined_at OR (o.joined_at = me.joined_at AND o.user_id <= me.user_id))""",
                rs -> rs.getInt(1), channel, groupId, userId);
        return unnamed(channel, userId, order == null || order == 0 ? 1 : order);
    }

    /**
     * How a member without a display name is shown to others: on WeCom, their userid (the enterprise's own account
     * name, which colleagues know; the platform vouches for it, so it lets no one in); elsewhere 成员N, never an id.
     */
    public static String unnamed(String channel, String userId, int joinOrder) {
        return channel.startsWith("wecom") ? userId : unnamed(joinOrder);
    }

    /** How a member without a display name is shown to others. */
    public static String unnamed(int joinOrder) {
        return "成员" + joinOrder;
    }

    /** Members of a group whose display name is exactly {@code name} (for 设为组织者 @张三). */
    public List<String> membersNamed(String channel, String groupId, String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.user_id FROM memberships m JOIN users u ON u.channel = m.channel AND u.user_id = m.user_id
                    WHERE m.channel = ? AND m.group_id = ? AND u.name = ? ORDER BY u.user_id""")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                ps.setString(3, name);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    public String nameOf(String channel, String userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM users WHERE channel = ? AND user_id = ?")) {
                ps.setString(1, channel);
                ps.setString(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** Every group with its members and their roles, for the admin API. */
    public List<Group> groups() {
        return db.read(c -> {
            Map<String, Group> groups = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT g.channel, g.group_id, g.name, m.user_id, u.name, m.joined_at, m.last_seen,
                           (SELECT r.role FROM roles r WHERE r.channel = m.channel AND r.user_id = m.user_id
                              AND r.group_id = m.group_id AND r.role = 'organizer') AS organizer,
                           (SELECT r.role FROM roles r WHERE r.channel = m.channel AND r.user_id = m.user_id
                              AND r.group_id = '' AND r.role = 'admin') AS admin
                    FROM chat_groups g
                    LEFT JOIN memberships m ON m.channel = g.channel AND m.group_id = g.group_id
                    LEFT JOIN users u ON u.channel = m.channel AND u.user_id = m.user_id
                    ORDER BY g.channel, g.group_id, m.joined_at, m.user_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "\u0000" + rs.getString(2);
                    Group g = groups.computeIfAbsent(key, k -> {
                        try {
                            return new Group(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String user = rs.getString(4);
                    if (user == null) continue;
                    List<String> roles = new ArrayList<>();
                    if (rs.getString(8) != null) roles.add("organizer");
                    if (rs.getString(9) != null) roles.add("admin");
                    if (roles.isEmpty()) roles.add("member");
                    g.members().add(new Member(user, rs.getString(5) == null ? "" : rs.getString(5), rs.getLong(6), rs.getLong(7), roles));
                }
            }
            return new ArrayList<>(groups.values());
        });
    }

    /** Names a group (what members and the console see instead of its id); blank removes the name. */
    public void rename(String channel, String groupId, String name, long now) {
        db.write(c -> Sql.update(c, """
                INSERT INTO chat_groups (channel, group_id, name, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (channel, group_id) DO UPDATE SET name = excluded.name""", channel, groupId, name.strip(), now));
    }

    /** A group's display name ("" when none was given). */
    public String groupName(String channel, String groupId) {
        return db.read(c -> {
            String n = org.redengine.storage.Sql.one(c, "SELECT name FROM chat_groups WHERE channel = ? AND group_id = ?",
                    rs -> rs.getString(1), channel, groupId);
            return n == null ? "" : n;
        });
    }

    /** A group's members, user id → the name other members see (see {@link #members(Connection, String, String)}). */
    public Map<String, String> members(String channel, String groupId) {
        return db.read(c -> members(c, channel, groupId));
    }
}
