package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.server.Request;
import org.redengine.storage.Database;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Console sessions: logging in with the admin token gives a random session id in a cookie that scripts cannot
 * read (HttpOnly) and other sites cannot send (SameSite=Strict). Sessions end after 8 idle hours or on logout.
 * They are kept in the database (a hash of the id only), so every node knows them; each node caches what it
 * looked up for a few seconds.
 */
public final class AdminSessions {

    public static final String COOKIE = "redengine_admin";
    static final Duration IDLE = Duration.ofHours(8);

    private final AdminAuth auth;
    private final Database db;
    private final java.time.Clock clock;
    private final Cache<String, Boolean> known = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000).build();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public AdminSessions(AdminAuth auth, Database db, java.time.Clock clock) {
        this.auth = auth;
        this.db = db;
        this.clock = clock;
        auth.sessions(this);
    }

    /** POST /admin/login with {"token":"…"} (JSON) or token=… (form). */
    public Response login(Request request) {
        String token = token(request);
        if (token == null || !auth.matches(token)) {
            return Response.error(403, auth.enabled() ? "管理员令牌不正确" : "管理接口未启用：请用 --admin-token 设置管理员令牌");
        }
        byte[] id = new byte[32];
        random.nextBytes(id);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_sessions (id_hash, created_at, last_seen) VALUES (?, ?, ?)")) {
                ps.setString(1, hash(session));
                ps.setLong(2, now);
                ps.setLong(3, now);
                return ps.executeUpdate();
            }
        });
        return Response.json(200, Map.of("ok", true)).withHeader("Set-Cookie", COOKIE + "=" + session
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + IDLE.toSeconds());
    }

    public Response logout(Request request) {
        String s = session(request);
        if (s != null) {
            known.invalidate(s);
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM admin_sessions WHERE id_hash = ?")) {
                    ps.setString(1, hash(s));
                    return ps.executeUpdate();
                }
            });
        }
        return Response.json(200, Map.of("ok", true)).withHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    boolean valid(Request request) {
        String s = session(request);
        if (s == null || s.length() > 100) return false;
        return known.get(s, k -> {
            long now = clock.millis();
            String h = hash(k);
            return db.write(c -> { // looks up and keeps the session alive, deleting it when it has been idle too long
                try (PreparedStatement ps = c.prepareStatement("UPDATE admin_sessions SET last_seen = ? WHERE id_hash = ? AND last_seen > ?")) {
                    ps.setLong(1, now);
                    ps.setString(2, h);
                    ps.setLong(3, now - IDLE.toMillis());
                    if (ps.executeUpdate() > 0) return true;
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM admin_sessions WHERE id_hash = ? OR last_seen <= ?")) {
                    ps.setString(1, h);
                    ps.setLong(2, now - IDLE.toMillis());
                    ps.executeUpdate();
                }
                return false;
            });
        });
    }

    private static String hash(String session) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(session.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(Request request) {
        String body = new String(request.body(), StandardCharsets.UTF_8).strip();
        if (body.startsWith("{")) {
            try {
                JsonNode n = json.readTree(body).get("token");
                return n != null && n.isTextual() ? n.asText() : null;
            } catch (Exception e) {
                return null;
            }
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("token=")) return java.net.URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
        }
        return null;
    }

    static String session(Request request) {
        String cookie = request.header("cookie");
        if (cookie == null) return null;
        for (String part : cookie.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) return p.substring(COOKIE.length() + 1);
        }
        return null;
    }
}
