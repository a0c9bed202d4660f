package org.redengine.admin;

import org.redengine.core.ConsoleUser;
import org.redengine.server.Handler;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Authentication for the admin API: a bearer token (401 without one, 403 with a wrong one, compared in constant
 * time) or a console session cookie ({@link AdminSessions}), the admin's or an organizer account's. Organizers may
 * call only the routes declared for them. Without a configured token the admin API is off.
 */
public final class AdminAuth {

    private final byte[] token;
    private volatile AdminSessions sessions;

    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Guards an admin-API handler. {@code json}: its state-changing requests carry JSON ({@code Content-Type:
     * application/json}); else its body is a file whose POST must not have a type an HTML form can send
     * ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}).
     * {@code organizers}: organizers' sessions may call it (the handler keeps them to their groups).
     */
    public Handler protect(org.redengine.server.Routes.ConsoleHandler handler, boolean json, boolean organizers) {
        return request -> {
            ConsoleUser user = sessionUser(request);
            if (user == null) { // no console session: the admin token, or a refusal
                Response denied = check(request);
                if (denied != null) return denied;
                user = ConsoleUser.ADMIN_TOKEN;
            }
            Response denied = null;
            if (!organizers && !user.admin()) return Response.error(403, "只有管理员可以这样做");
            if (org.redengine.server.OriginCheck.unsafe(request.method())) denied = checkChange(request, json);
            return denied != null ? denied : handler.handle(request, user);
        };
    }

    /** The user of the request's console session (only when it carries no Authorization header), or null. */
    private ConsoleUser sessionUser(Request request) {
        AdminSessions s = sessions;
        if (token == null || s == null || request.header("authorization") != null) return null;
        return s.user(request);
    }

    /**
     * Cross-site request forgery defences for changes: a content type no form can send (so a browser asks first,
     * and we never say yes), and with the console's cookie, the session's CSRF token in {@code X-CSRF-Token}.
     */
    private Response checkChange(Request request, boolean json) {
        String type = request.header("content-type");
        String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (json && request.body().length > 0 && !base.equals("application/json")) {
            return Response.error(415, "修改操作的请求体必须是 JSON（Content-Type: application/json）");
        }
        if (!json && request.method().equals("POST") && (base.isEmpty() || base.equals("text/plain")
                || base.equals("application/x-www-form-urlencoded") || base.equals("multipart/form-data"))) {
            return Response.error(415, "上传文件请使用 Content-Type: application/octet-stream（或文件本身的类型）");
        }
        if (request.bearer() == null) { // the console's cookie session
            AdminSessions s = sessions;
            if (s == null || !s.csrfMatches(request)) {
                return Response.error(403, "缺少或错误的 CSRF 令牌（X-CSRF-Token），请刷新管理后台页面");
            }
        }
        return null;
    }

    /**
     * Whether a request may send an upload-sized body: the admin token, or a console session this node saw valid
     * recently. Cheap and non-blocking (it runs before the body is read); the handler checks properly afterwards.
     */
    public boolean uploadAllowed(String authorization, String cookieHeader) {
        if (authorization != null && authorization.length() > 7 && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return matches(authorization.substring(7).strip());
        }
        AdminSessions s = sessions;
        return s != null && s.recentlyValid(cookieHeader);
    }

    /** Whether a bearer token is the admin token. */
    public boolean isToken(String bearer) {
        return bearer != null && matches(bearer);
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
