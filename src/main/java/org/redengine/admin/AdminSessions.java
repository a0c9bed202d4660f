package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Console sessions: logging in with the admin token gives a random session id in a cookie that scripts cannot
 * read (HttpOnly) and other sites cannot send (SameSite=Strict). Sessions end after 8 idle hours or on logout.
 */
public final class AdminSessions {

    public static final String COOKIE = "redengine_admin";
    static final Duration IDLE = Duration.ofHours(8);

    private final AdminAuth auth;
    private final Cache<String, Boolean> sessions = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(10_000).build();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public AdminSessions(AdminAuth auth) {
        this.auth = auth;
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
        sessions.put(session, Boolean.TRUE);
        return Response.json(200, Map.of("ok", true)).withHeader("Set-Cookie", COOKIE + "=" + session
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + IDLE.toSeconds());
    }

    public Response logout(Request request) {
        String s = session(request);
        if (s != null) sessions.invalidate(s);
        return Response.json(200, Map.of("ok", true)).withHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    boolean valid(Request request) {
        String s = session(request);
        return s != null && sessions.getIfPresent(s) != null;
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
