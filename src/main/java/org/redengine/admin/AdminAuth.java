package org.redengine.admin;

import org.redengine.server.Handler;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Bearer-token authentication for the admin API: 401 without a token, 403 with a wrong one. Tokens are compared in
 * constant time. Without a configured token the admin API is switched off.
 */
public final class AdminAuth {

    private final byte[] token;

    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public Handler protect(Handler handler) {
        return request -> {
            Response denied = check(request);
            return denied != null ? denied : handler.handle(request);
        };
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
