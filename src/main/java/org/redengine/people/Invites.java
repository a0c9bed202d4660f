package org.redengine.people;

import org.redengine.storage.Sql;
import org.redengine.conversation.Role;
import org.redengine.security.Secrets;
import org.redengine.storage.Database;
import org.redengine.storage.SqlWork;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;

/**
 * One-time invitations to a role: an admin creates a code (admin, or organizer of a group), gives it to the person,
 * and the person redeems it in their own chat session, which is then signed in and holds the role. Only a hash of
 * the code is stored; a code works once and for seven days.
 */
public final class Invites {

    public static final Duration VALID = Duration.ofDays(7);

    public record Invite(String code, Role role, String groupId, long expiresAt) {
    }

    public record Redeemed(Role role, String groupId) {
    }

    private final Database db;
    private final RoleStore roles;
    private final Clock clock;

    public Invites(Database db, RoleStore roles, Clock clock) {
        this.db = db;
        this.roles = roles;
        this.clock = clock;
    }

    /** Creates an invitation; organizer invitations name their group. */
    public Invite create(Role role, String groupId, String createdBy) {
        new RoleStore.Grant("web", "-", role == Role.ORGANIZER ? groupId : null, role); // validates role and group
        String code = Secrets.code();
        long now = clock.millis();
        long expires = now + VALID.toMillis();
        db.write(c -> {
            return Sql.update(c, """
                    INSERT INTO invites (code_hash, role, group_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)""", Secrets.sha256(Secrets.normalizeCode(code)), role.name().toLowerCase(java.util.Locale.ROOT), role == Role.ORGANIZER ? groupId : "", createdBy, now, expires);
        });
        return new Invite(code, role, role == Role.ORGANIZER ? groupId : null, expires);
    }

    /**
     * Redeems a code for a web user: in one transaction the code is used up, the role granted and {@code alsoDo}
     * run (the session marked signed in). Null when the code is unknown, used or expired.
     */
    public Redeemed redeem(String typedCode, String channel, String userId, SqlWork<?> alsoDo) {
        String hash = Secrets.sha256(Secrets.normalizeCode(typedCode));
        long now = clock.millis();
        Redeemed r = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE invites SET used_at = ?, used_by = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                ps.setLong(1, now);
                ps.setString(2, channel + ":" + userId);
                ps.setString(3, hash);
                ps.setLong(4, now);
                if (ps.executeUpdate() == 0) return null;
            }
            Redeemed found;
            try (PreparedStatement ps = c.prepareStatement("SELECT role, group_id FROM invites WHERE code_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Role role = Role.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
                    found = new Redeemed(role, rs.getString(2).isEmpty() ? null : rs.getString(2));
                }
            }
            RoleStore.insert(c, new RoleStore.Grant(channel, userId, found.groupId(), found.role()), "invite", now);
            alsoDo.run(c);
            return found;
        });
        if (r != null) roles.refresh();
        return r;
    }
}
