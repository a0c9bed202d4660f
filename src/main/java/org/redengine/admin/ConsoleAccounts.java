package org.redengine.admin;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.redengine.security.Secrets;
import org.redengine.storage.Database;
import org.redengine.storage.Sql;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Organizers' console accounts: an admin invites an organizer to a group with a one-time code; the organizer
 * redeems it by choosing a name and password (or with an account they already hold, which gains the group) and
 * from then on signs in with them. Passwords are kept as bcrypt hashes. Hashing is slow on purpose, so it runs on
 * the caller's thread, never inside a database write (which would hold up every other write).
 */
final class ConsoleAccounts {

    static final Duration INVITE_VALID = Duration.ofDays(7);
    static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final int COST = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_.-]{2,32}");
    /** Compared against when the account does not exist, so a wrong name takes as long as a wrong password. */
    private static final byte[] DUMMY_HASH = BCrypt.withDefaults().hash(COST, "not a password".toCharArray());

    static final String INVALID_CODE = "邀请码不正确、已使用或已过期，请向管理员要一个新的";

    record Invite(String code, String channel, String groupId, long expiresAt) {
    }

    record Account(String username, long createdAt, List<String> groups) {
    }

    /** Bad input for an account: the message is for the person at the console. */
    static final class AccountException extends RuntimeException {
        final int status;

        AccountException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final Database db;
    private final Clock clock;

    ConsoleAccounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Invite invite(String channel, String groupId, String createdBy) {
        String code = Secrets.code();
        long now = clock.millis();
        long expires = now + INVITE_VALID.toMillis();
        db.write(c -> Sql.update(c, """
                INSERT INTO console_invites (code_hash, channel, group_id, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""", hashCode(code), channel, groupId, createdBy, now, expires));
        return new Invite(code, channel, groupId, expires);
    }

    /**
     * Redeems an invitation: creates the account (or, when the name is taken, adds the group to it if the password
     * is that account's) and returns the group it now manages, as {@code channel:groupId}.
     */
    String redeem(String code, String username, String password) {
        checkName(username);
        checkPassword(password);
        String codeHash = hashCode(code);
        long now = clock.millis();
        // the code first: without a valid one nobody learns whether an account name is taken
        boolean valid = db.read(c -> Sql.one(c, "SELECT 1 FROM console_invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
                rs -> true, codeHash, now)) != null;
        if (!valid) throw new AccountException(403, INVALID_CODE);
        String existing = db.read(c -> Sql.one(c, "SELECT password_hash FROM console_accounts WHERE username = ?",
                rs -> rs.getString(1), username));
        String newHash = null;
        if (existing != null) {
            if (!verifyHash(password, existing)) throw new AccountException(403, "这个账号名已被使用；如果是你的账号，请输入它的正确密码");
        } else {
            newHash = new String(BCrypt.withDefaults().hash(COST, password.toCharArray()), StandardCharsets.UTF_8);
        }
        String created = newHash;
        String scope = db.write(c -> {
            String[] target = Sql.one(c, """
                    SELECT channel, group_id FROM console_invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?""",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, codeHash, now);
            if (target == null) return null;
            Sql.update(c, "UPDATE console_invites SET used_at = ?, used_by = ? WHERE code_hash = ?", now, username, codeHash);
            if (created != null) {
                int n = Sql.update(c, "INSERT INTO console_accounts (username, password_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (username) DO NOTHING",
                        username, created, now);
                if (n == 0) throw new AccountException(409, "这个账号名刚刚被别人注册了，请换一个");
            }
            Sql.update(c, """
                    INSERT INTO console_account_groups (username, channel, group_id, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (username, channel, group_id) DO NOTHING""", username, target[0], target[1], now);
            return target[0] + ":" + target[1];
        });
        if (scope == null) throw new AccountException(403, INVALID_CODE); // used up meanwhile
        return scope;
    }

    /** Whether the name and password are an account's (as slow for an unknown name as for a wrong password). */
    boolean verify(String username, String password) {
        if (username == null || password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) return false;
        String hash = db.read(c -> Sql.one(c, "SELECT password_hash FROM console_accounts WHERE username = ?",
                rs -> rs.getString(1), username));
        if (hash == null) {
            BCrypt.verifyer().verify(password.toCharArray(), DUMMY_HASH);
            return false;
        }
        return verifyHash(password, hash);
    }

    /** The groups an account manages ({@code channel:groupId}), or null when the account does not exist (any more). */
    static Set<String> groups(java.sql.Connection c, String username) throws java.sql.SQLException {
        if (Sql.one(c, "SELECT 1 FROM console_accounts WHERE username = ?", rs -> 1, username) == null) return null;
        return new TreeSet<>(Sql.list(c, "SELECT channel, group_id FROM console_account_groups WHERE username = ?",
                rs -> rs.getString(1) + ":" + rs.getString(2), username));
    }

    List<Account> list() {
        return db.read(c -> {
            Map<String, Account> out = new LinkedHashMap<>();
            Sql.each(c, "SELECT username, created_at FROM console_accounts ORDER BY username",
                    rs -> out.put(rs.getString(1), new Account(rs.getString(1), rs.getLong(2), new ArrayList<>())));
            Sql.each(c, "SELECT username, channel, group_id FROM console_account_groups ORDER BY channel, group_id", rs -> {
                Account a = out.get(rs.getString(1));
                if (a != null) a.groups().add(rs.getString(2) + ":" + rs.getString(3));
            });
            return new ArrayList<>(out.values());
        });
    }

    /** Removes an account and signs out its sessions; false when there is none. */
    boolean delete(String username) {
        return db.write(c -> {
            Sql.update(c, "DELETE FROM console_account_groups WHERE username = ?", username);
            Sql.update(c, "DELETE FROM admin_sessions WHERE account = ?", username);
            return Sql.update(c, "DELETE FROM console_accounts WHERE username = ?", username) > 0;
        });
    }

    /** Takes one group away from an account; false when it did not have it. */
    boolean removeGroup(String username, String channel, String groupId) {
        return db.write(c -> Sql.update(c, "DELETE FROM console_account_groups WHERE username = ? AND channel = ? AND group_id = ?",
                username, channel, groupId) > 0);
    }

    static void checkName(String username) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new AccountException(400, "账号名需 2–32 个字符，可用汉字、字母、数字和 _ . -");
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new AccountException(400, "密码至少 " + MIN_PASSWORD + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException(400, "密码太长（最多 " + MAX_PASSWORD_BYTES + " 字节，约 24 个汉字或 72 个字母）");
        }
    }

    private static boolean verifyHash(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    private static String hashCode(String code) {
        return Secrets.sha256("console\u0000" + Secrets.normalizeCode(code == null ? "" : code));
    }
}
