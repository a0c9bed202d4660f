package org.redengine.admin;

import org.redengine.storage.Sql;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.server.Request;
import org.redengine.storage.Database;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Console sessions: signing in with the admin token, or with an organizer's account name and password, gives a
 * random session id in a cookie that scripts cannot read (HttpOnly) and other sites cannot send (SameSite=Strict).
 * Sessions end after 8 idle hours or on logout. They are kept in the database (a hash of the id only, and the
 * account for an organizer's), so every node knows them; each node caches what it looked up for a few seconds.
 */
public final class AdminSessions {

    public static final String COOKIE = "redengine_admin";
    static final Duration IDLE = Duration.ofHours(8);

    private final AdminAuth auth;
    private final Database db;
    private final java.time.Clock clock;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdminSessions.class);
    private final Cache<String, java.util.Optional<org.redengine.core.ConsoleUser>> known;
    private final Cache<String, Boolean> recent;
    private final org.redengine.security.Throttle throttle;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();
    private final ConsoleAccounts accounts;

    public AdminSessions(AdminAuth auth, Database db, java.time.Clock clock) {
        this.auth = auth;
        this.accounts = new ConsoleAccounts(db, clock);
        this.db = db;
        this.clock = clock;
        this.known = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000).build();
        this.recent = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();
        this.throttle = new org.redengine.security.Throttle(clock);
        auth.sessions(this);
    }

    ConsoleAccounts accounts() {
        return accounts;
    }

    /**
     * POST /admin/login with {"token":"…"} (the admin) or {"username":"…","password":"…"} (an organizer), as JSON or
     * a form; repeated failures from one address back off.
     */
    public Response login(Request request) {
        String who = "login:" + request.remoteAddress();
        long wait = throttle.waitSeconds(who);
        if (wait > 0) {
            return Response.error(429, "登录失败次数太多，请 " + wait + " 秒后再试").withHeader("Retry-After", String.valueOf(wait));
        }
        Map<String, String> form = fields(request);
        String username = form.get("username");
        boolean ok;
        if (username != null) {
            ok = accounts.verify(username.strip(), form.get("password"));
        } else {
            String token = form.get("token");
            ok = token != null && auth.matches(token);
            if (!ok && !auth.enabled()) return Response.error(403, "管理接口未启用：请用 --admin-token 设置管理员令牌");
        }
        if (!ok) {
            int n = throttle.failed(who);
            log.warn("console login failed from {} ({} in a row)", request.remoteAddress(), n);
            return Response.error(403, username != null ? "账号名或密码不正确" : "管理员令牌不正确");
        }
        throttle.succeeded(who);
        return open(request, username == null ? null : username.strip());
    }

    /**
     * POST /admin/register {"code":"…","username":"…","password":"…"}: redeems an organizer's invitation (a new
     * account, or the group added to the account whose password this is) and signs in.
     */
    public Response register(Request request) {
        String who = "login:" + request.remoteAddress();
        long wait = throttle.waitSeconds(who);
        if (wait > 0) {
            return Response.error(429, "尝试次数太多，请 " + wait + " 秒后再试").withHeader("Retry-After", String.valueOf(wait));
        }
        Map<String, String> form = fields(request);
        String username = form.get("username") == null ? null : form.get("username").strip();
        try {
            accounts.redeem(form.get("code"), username, form.get("password"));
        } catch (ConsoleAccounts.AccountException e) {
            if (e.status == 403) throttle.failed(who); // wrong codes and passwords are guesses; typos in a new name are not
            return Response.error(e.status, e.getMessage());
        }
        throttle.succeeded(who);
        return open(request, username);
    }

    /** A new session for the admin (account null) or an organizer's account, in a cookie. */
    private Response open(Request request, String account) {
        byte[] id = new byte[32];
        random.nextBytes(id);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = clock.millis();
        db.write(c -> Sql.update(c, "INSERT INTO admin_sessions (id_hash, created_at, last_seen, account) VALUES (?, ?, ?, ?)",
                hash(session), now, now, account));
        recent.put(session, Boolean.TRUE);
        known.invalidate(session);
        org.redengine.core.ConsoleUser user = lookup(session);
        return Response.json(200, describe(session, user)).withHeader("Set-Cookie", COOKIE + "=" + session
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + IDLE.toSeconds() + (request.viaHttps() ? "; Secure" : ""));
    }

    private static Map<String, Object> describe(String session, org.redengine.core.ConsoleUser user) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("ok", true);
        o.put("csrf", csrf(session));
        o.put("role", user == null || user.admin() ? "admin" : "organizer");
        if (user != null && !user.admin()) {
            o.put("account", user.account());
            o.put("groups", user.groups());
        }
        return o;
    }

    /** GET /admin/session: whether the console is logged in, and its CSRF token for the changes it sends. */
    public Response current(Request request) {
        String s = session(request);
        org.redengine.core.ConsoleUser user = lookup(s);
        if (user == null) return Response.error(401, "请先登录管理后台");
        return Response.json(200, describe(s, user));
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

    /** Drops this node's cached lookups of an account's sessions (other nodes look again within seconds). */
    void forget(String account) {
        known.asMap().values().removeIf(u -> u.isPresent() && account.equals(u.get().account()));
    }

    /** The user of the request's console session, or null. */
    org.redengine.core.ConsoleUser user(Request request) {
        return lookup(session(request));
    }

    /** Whether a Cookie header holds a live console session (the admin's: it may read any chat's history). */
    public boolean validAdminCookie(String cookieHeader) {
        org.redengine.core.ConsoleUser u = lookup(Request.cookie(cookieHeader, COOKIE));
        return u != null && u.admin();
    }

    /** The session's user, or null when it is unknown, idle too long, or its account has been removed. */
    private org.redengine.core.ConsoleUser lookup(String s) {
        if (s == null || s.length() > 100) return null;
        java.util.Optional<org.redengine.core.ConsoleUser> user = known.get(s, k -> {
            long now = clock.millis();
            String h = hash(k);
            return db.write(c -> { // looks up and keeps the session alive, deleting it when it has been idle too long
                int alive = Sql.update(c, "UPDATE admin_sessions SET last_seen = ? WHERE id_hash = ? AND last_seen > ?",
                        now, h, now - IDLE.toMillis());
                if (alive > 0) {
                    String account = Sql.one(c, "SELECT account FROM admin_sessions WHERE id_hash = ?", rs -> {
                        String a = rs.getString(1);
                        return a == null ? "" : a;
                    }, h);
                    if (account == null || account.isEmpty()) return java.util.Optional.of(org.redengine.core.ConsoleUser.ADMIN_CONSOLE);
                    java.util.Set<String> groups = ConsoleAccounts.groups(c, account);
                    if (groups != null) return java.util.Optional.of(org.redengine.core.ConsoleUser.organizer(account, groups));
                }
                Sql.update(c, "DELETE FROM admin_sessions WHERE id_hash = ? OR last_seen <= ?", h, now - IDLE.toMillis());
                return java.util.Optional.<org.redengine.core.ConsoleUser>empty();
            });
        });
        if (user.isPresent()) recent.put(s, Boolean.TRUE);
        return user.orElse(null);
    }

    private static String hash(String session) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(session.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The string fields of a JSON object body, or of a form body. */
    private Map<String, String> fields(Request request) {
        String body = new String(request.body(), StandardCharsets.UTF_8).strip();
        Map<String, String> out = new java.util.HashMap<>();
        if (body.startsWith("{")) {
            try {
                json.readTree(body).properties().forEach(e -> {
                    if (e.getValue().isTextual()) out.put(e.getKey(), e.getValue().asText());
                });
            } catch (Exception e) {
                return out;
            }
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String session(Request request) {
        return request.cookie(COOKIE);
    }
}
