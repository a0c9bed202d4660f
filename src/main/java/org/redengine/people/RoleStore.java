package org.redengine.people;

import org.redengine.storage.Sql;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Role;
import org.redengine.conversation.RoleResolver;
import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Roles: admin (global) and organizer (per group); everyone else is a member. Looked up on every message, and
 * held by few people, so the whole table is kept in memory: reloaded at once after a grant or revoke on this node,
 * and at most every few seconds otherwise (changes made on another node).
 */
public final class RoleStore implements RoleResolver {

    /** A grant: organizer needs a group, admin must not have one. */
    public record Grant(String channel, String userId, String groupId, Role role) {
        public Grant {
            if (role == Role.MEMBER) throw new IllegalArgumentException("role 只能是 admin 或 organizer");
            if (role == Role.ORGANIZER && (groupId == null || groupId.isBlank())) {
                throw new IllegalArgumentException("organizer 需要指定 group");
            }
            if (role == Role.ADMIN && groupId != null && !groupId.isBlank()) {
                throw new IllegalArgumentException("admin 是全局角色，不能指定 group");
            }
        }

        String scope() {
            return groupId == null ? "" : groupId;
        }
    }

    private final Database db;
    private final Clock clock;
    static final Duration REFRESH = Duration.ofSeconds(3);

    private record Snapshot(Map<String, Set<String>> scopesByPerson, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    public RoleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Grants a role; returns false when it was already held. */
    public boolean grant(Grant g, String grantedBy) {
        long now = clock.millis();
        boolean added = db.write(c -> insert(c, g, grantedBy, now));
        snapshot = null;
        return added;
    }

    /** Grants a role inside the caller's write transaction; call {@link #refresh()} after it commits. */
    public static boolean insert(java.sql.Connection c, Grant g, String grantedBy, long at) throws java.sql.SQLException {
        return Sql.update(c, """
                INSERT INTO roles (channel, user_id, group_id, role, granted_at, granted_by) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, user_id, group_id, role) DO NOTHING""", g.channel(), g.userId(), g.scope(), g.role().name().toLowerCase(), at, grantedBy == null ? "" : grantedBy) > 0;
    }

    /** Reloads the roles at the next lookup (after a grant made in another write). */
    public void refresh() {
        snapshot = null;
    }

    /** Revokes a role; returns false when it was not held. */
    public boolean revoke(Grant g) {
        boolean removed = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM roles WHERE channel = ? AND user_id = ? AND group_id = ? AND role = ?")) {
                ps.setString(1, g.channel());
                ps.setString(2, g.userId());
                ps.setString(3, g.scope());
                ps.setString(4, g.role().name().toLowerCase());
                return ps.executeUpdate() > 0;
            }
        });
        snapshot = null;
        return removed;
    }

    @Override
    public Role roleOf(Incoming m) {
        Set<String> scopes = current().scopesByPerson().getOrDefault(key(m.channel(), m.userId()), Set.of());
        if (scopes.contains("admin:")) return Role.ADMIN;
        if (m.isGroup() && scopes.contains("organizer:" + m.groupId())) return Role.ORGANIZER;
        return Role.MEMBER;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && clock.millis() - s.loadedAt() < REFRESH.toMillis()) return s;
        synchronized (this) {
            s = snapshot;
            if (s != null && clock.millis() - s.loadedAt() < REFRESH.toMillis()) return s;
            s = new Snapshot(loadAll(), clock.millis());
            snapshot = s;
            return s;
        }
    }

    private Map<String, Set<String>> loadAll() {
        return db.read(c -> {
            Map<String, Set<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, user_id, role, group_id FROM roles");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new HashSet<>())
                            .add(rs.getString(3) + ":" + rs.getString(4));
                }
            }
            return out;
        });
    }

    private static String key(String channel, String userId) {
        return channel + "\u0000" + userId;
    }
}
