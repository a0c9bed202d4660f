package org.redengine.admin;

import org.redengine.storage.Sql;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdminSessions.class);
    private final Cache<String, Boolean> known;
    private final Cache<String, Boolean> recent;
    private final org.redengine.security.Throttle throttle;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public AdminSessions(AdminAuth auth, Database db, java.time.Clock clock) {
        this.auth = auth;
        this.db = db;
        this.clock = clock;
        this.known = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000).build();
        this.recent = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();
        this.throttle = new org.redengine.security.Throttle(clock);
        auth.sessions(this);
    }

    /** POST /admin/login with {"token":"…"} (JSON) or token=… (form); repeated failures from one address back off. */
    public Response login(Request request) {
        String who = "login:" + request.remoteAddress();
        long wait = throttle.waitSeconds(who);
        if (wait > 0) {
            return Response.error(429, "登录失败次数太多，请 " + wait + " 秒后再试").withHeader("Retry-After", String.valueOf(wait));
        }
        String token = token(request);
        if (token == null || !auth.matches(token)) {
            if (auth.enabled()) {
                int n = throttle.failed(who);
                log.warn("console login failed from {} ({} in a row)", request.remoteAddress(), n);
            }
            return Response.error(403, auth.enabled() ? "管理员令牌不正确" : "管理接口未启用：请用 --admin-token 设置管理员令牌");
        }
        throttle.succeeded(who);
        byte[] id = new byte[32];
        random.nextBytes(id);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = clock.millis();
        db.write(c -> {
            return Sql.update(c, "INSERT INTO admin_sessions (id_hash, created_at, last_seen) VALUES (?, ?, ?)", hash(session), now, now);
        });
        recent.put(session, Boolean.TRUE);
        return Response.json(200, Map.of("ok", true, "csrf", csrf(session))).withHeader("Set-Cookie", COOKIE + "=" + session
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + IDLE.toSeconds() + (request.viaHttps() ? "; Secure" : ""));
    }

    /** GET /admin/session: whether the console is logged in, and its CSRF token for the changes it sends. */
    public Response current(Request request) {
        String s = session(request);
        if (!validSession(s)) return Response.error(401, "请先登录管理后台");
        return Response.json(200, Map.of("ok", true, "csrf", csrf(s)));
    }

    /** The CSRF token of a session: derived from the session id, so it needs no storage and differs per session. */
    static String csrf(String session) {
        return org.redengine.security.Secrets.sha256("csrf\u0000" + session).substring(0, 32);
    }

    boolean csrfMatches(Request request) {
        String s = session(request);
        return s != null && org.redengine.security.Secrets.same(csrf(s), request.header("x-csrf-token"));
    }

    /** A console session this node saw valid in the last ten minutes (decides only how large an upload may be). */
    boolean recentlyValid(String cookieHeader) {
        String s = Request.cookie(cookieHeader, COOKIE);
        return s != null && recent.getIfPresent(s) != null;
    }

    public Response logout(Request request) {
        String s = session(request);
        if (s != null) {
            known.invalidate(s);
            db.write(c -> {
                return Sql.update(c, "DELETE FROM admin_sessions WHERE id_hash = ?", hash(s));
            });
        }
        if (s != null) recent.invalidate(s);
        return Response.json(200, Map.of("ok", true)).withHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    boolean valid(Request request) {
        return validSession(session(request));
    }

    /** Whether a Cookie header holds a live console session. */
    public boolean validCookie(String cookieHeader) {
        return validSession(Request.cookie(cookieHeader, COOKIE));
    }

    private boolean validSession(String s) {
        if (s == null || s.length() > 100) return false;
        boolean valid = known.get(s, k -> {
            long now = clock.millis();
            String h = hash(k);
            return db.write(c -> { // looks up and keeps the session alive, deleting it when it has been idle too long
                try (PreparedStatement ps = c.prepareStatement("UPDATE admin_sessions SET last_seen = ? WHERE id_hash = ? AND last_seen > ?")) {
                    ps.setLong(1, now);
                    ps.setString(2, h);
                    ps.setLong(3, now - IDLE.toMillis());
                    if (ps.executeUpdate() > 0) return true;
                }
                Sql.update(c, "DELETE FROM admin_sessions WHERE id_hash = ? OR last_seen <= ?", h, now - IDLE.toMillis());
                return false;
            });
        });
        if (valid) recent.put(s, Boolean.TRUE);
        return valid;
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
        return request.cookie(COOKIE);
    }
}
