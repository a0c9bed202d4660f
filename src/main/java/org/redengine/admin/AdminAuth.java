package org.redengine.admin;

import org.redengine.server.Handler;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Authentication for the admin API: a bearer token (401 without one, 403 with a wrong one, compared in constant
 * time) or a console session cookie ({@link AdminSessions}). Without a configured token the admin API is off.
 */
public final class AdminAuth {

    private final byte[] token;
    private volatile AdminSessions sessions;

    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public Handler protect(Handler handler) {
        return request -> {
            Response denied = check(request);
            return denied != null ? denied : handler.handle(request);
        };
    }

    void sessions(AdminSessions s) {
        this.sessions = s;
    }

    boolean enabled() {
        return token != null;
    }

    boolean matches(String given) {
        return token != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token);
    }

    Response check(Request request) {
        if (token == null) {
            return Response.error(403, "管理接口未启用：请用 --admin-token 或 REDENGINE_ADMIN_TOKEN 设置管理员令牌");
        }
        AdminSessions s = sessions;
        if (s != null && request.header("authorization") == null && s.valid(request)) return null; // the console
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return Response.error(401, "需要管理员令牌（Authorization: Bearer <token>）")
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            return Response.error(403, "管理员令牌不正确");
        }
        return null;
    }
}
