package org.redengine.channels.web;

import org.redengine.storage.Sql;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.security.Secrets;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Web chat sessions: a random 256-bit token (an HttpOnly cookie for the page, or {@code Authorization: Bearer} for
 * other clients) bound to one web user id. Only a hash of the token is stored. A user id belongs to the first
 * session that claimed it; once bound, nobody else can speak, read or subscribe as that id. An id whose sessions
 * have all expired (180 idle days) can be claimed again.
 */
public final class WebSessions {

    public static final String COOKIE = "redengine_chat";
    static final Duration IDLE = Duration.ofDays(180);
    private static final Duration TOUCH_EVERY = Duration.ofDays(1);

    /** A live session: the user it speaks for, and whether it signed in (redeemed an invite) to use roles. */
    public record Session(String tokenHash, String userId, boolean signedIn) {
    }

    /** A new session with its token (handed to the client once; never stored). */
    public record Opened(String token, Session session) {
    }

    /** The requested user id is bound to another live session. */
    public static final class IdTaken extends Exception {
        IdTaken() {
            super(null, null, false, false);
        }
    }

    private final Database db;
    private final Clock clock;
    private final Cache<String, Optional<Session>> byHash;

    public WebSessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        // a sign-in on another node is seen here within 30 s; on this node at once (invalidated)
        this.byHash = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(100_000).build();
    }

    /** The live session with this token, or null. */
    public Session find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) return null;
        return byHash.get(Secrets.sha256(token), this::load).orElse(null);
    }

    private Optional<Session> load(String hash) {
        long now = clock.millis();
        long[] lastSeen = {0};
        Session s = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id, signed_in, last_seen FROM web_sessions WHERE token_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    lastSeen[0] = rs.getLong(3);
                    return new Session(hash, rs.getString(1), rs.getInt(2) != 0);
                }
            }
        });
        if (s == null || now - lastSeen[0] > IDLE.toMillis()) return Optional.empty();
        if (now - lastSeen[0] > TOUCH_EVERY.toMillis()) {
            db.writeAsync(c -> {
                return Sql.update(c, "UPDATE web_sessions SET last_seen = ? WHERE token_hash = ?", now, hash);
            });
        }
        return Optional.of(s);
    }

    /**
     * Opens a session bound to {@code requestedUser} when that id is free (never bound, or all its sessions expired),
     * or to a new random id when none is asked for.
     */
    public Opened open(String requestedUser) throws IdTaken {
        String token = Secrets.token();
        String hash = Secrets.sha256(token);
        String user = requestedUser != null ? requestedUser : "web-" + Secrets.id(16);
        long now = clock.millis();
        boolean bound = db.write(c -> claim(c, user, now) && insert(c, hash, user, now));
        if (!bound) throw new IdTaken();
        Session s = new Session(hash, user, false);
        byHash.put(hash, Optional.of(s));
        return new Opened(token, s);
    }

    private static boolean claim(Connection c, String user, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO web_identities (user_id, bound_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")) {
            ps.setString(1, user);
            ps.setLong(2, now);
            if (ps.executeUpdate() > 0) return true;
        }
        // bound before: free again only when no session of it is alive
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM web_sessions WHERE user_id = ? AND last_seen > ?")) {
            ps.setString(1, user);
            ps.setLong(2, now - IDLE.toMillis());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) return false;
            }
        }
        Sql.update(c, "DELETE FROM web_sessions WHERE user_id = ?", user);
        return true;
    }

    private static boolean insert(Connection c, String hash, String user, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO web_sessions (token_hash, user_id, signed_in, created_at, last_seen) VALUES (?, ?, 0, ?, ?)")) {
            ps.setString(1, hash);
            ps.setString(2, user);
            ps.setLong(3, now);
            ps.setLong(4, now);
            return ps.executeUpdate() > 0;
        }
    }

    /** Marks a session signed in, inside the caller's write (the invite's redemption). */
    static void signIn(Connection c, String tokenHash) throws SQLException {
        Sql.update(c, "UPDATE web_sessions SET signed_in = 1 WHERE token_hash = ?", tokenHash);
    }

    /** Forgets what this node cached about a session (after it changed). */
    void forget(String tokenHash) {
        byHash.invalidate(tokenHash);
    }

    /** The Set-Cookie value for a session token: script cannot read it, other sites cannot send it. */
    public static String cookie(String token, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + IDLE.toSeconds() + (secure ? "; Secure" : "");
    }
}
