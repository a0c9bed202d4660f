package org.redengine.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.people.Invites;
import org.redengine.security.Throttle;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code POST /api/session}: the web chat's identity. Answers the caller's session, or opens a new one bound to the
 * requested {@code user} id when that id is free (or to a new random id): the token comes back once, in an HttpOnly
 * cookie and as {@code {"token":…}} for clients that prefer {@code Authorization: Bearer}.
 * {@code POST /api/session/redeem {"code":…}}: redeems an admin's invitation, which signs the session in and
 * grants its role.
 */
public final class SessionApi {

    private static final Logger log = LoggerFactory.getLogger(SessionApi.class);

    private final ObjectMapper json = new ObjectMapper();
    private final WebCallers callers;
    private final Invites invites;
    private final Throttle throttle;

    public SessionApi(WebCallers callers, Invites invites, Throttle throttle) {
        this.callers = callers;
        this.invites = invites;
        this.throttle = throttle;
    }

    public Response open(Request request) {
        JsonNode body;
        try {
            body = body(request);
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        WebCallers.Caller caller = callers.of(request);
        if (caller.invalid()) return Response.error(401, "会话无效或已过期，请不带 Authorization 重新获取会话");
        String requested = null;
        JsonNode u = body.get("user");
        if (u != null && !u.isNull()) {
            if (!u.isTextual() || u.asText().isBlank() || u.asText().length() > WebMessageApi.MAX_ID_CHARS) {
                return Response.error(400, "user 必须是不超过 " + WebMessageApi.MAX_ID_CHARS + " 个字符的非空字符串");
            }
            requested = u.asText();
        }
        if (caller.session() != null) {
            if (requested != null && !requested.equals(caller.userId())) {
                return Response.error(409, "当前会话属于另一个用户 id，不能换成 " + requested);
            }
            return Response.json(200, describe(caller.session(), null));
        }
        try {
            WebSessions.Opened opened = callers.sessions().open(requested);
            return Response.json(200, describe(opened.session(), opened.token()))
                    .withHeader("Set-Cookie", WebSessions.cookie(opened.token(), request.viaHttps()));
        } catch (WebSessions.IdTaken e) {
            return Response.error(409, "这个用户 id 已经属于另一个会话；不带 user 再请求一次即可获得新的身份");
        }
    }

    public Response redeem(Request request) {
        WebCallers.Caller caller = callers.of(request);
        if (caller.session() == null) return Response.error(401, "请先获取会话（POST /api/session）再使用邀请码");
        String who = request.remoteAddress();
        long wait = throttle.waitSeconds("invite:" + who);
        if (wait > 0) {
            return Response.error(429, "尝试次数太多，请 " + wait + " 秒后再试").withHeader("Retry-After", String.valueOf(wait));
        }
        String code;
        try {
            JsonNode c = body(request).get("code");
            if (c == null || !c.isTextual() || c.asText().isBlank() || c.asText().length() > 64) {
                return Response.error(400, "需要邀请码（{\"code\":\"…\"}）");
            }
            code = c.asText();
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        WebSessions.Session s = caller.session();
        Invites.Redeemed r = invites.redeem(code, "web", s.userId(), c -> {
            WebSessions.signIn(c, s.tokenHash());
            return null;
        });
        if (r == null) {
            int n = throttle.failed("invite:" + who);
            log.warn("invite code rejected from {} ({} in a row)", who, n);
            return Response.error(400, "邀请码无效、已经用过或已过期");
        }
        throttle.succeeded("invite:" + who);
        callers.sessions().forget(s.tokenHash());
        ObjectNode o = json.createObjectNode();
        o.put("user", s.userId()).put("signedIn", true).put("role", r.role().name().toLowerCase(Locale.ROOT));
        if (r.groupId() != null) o.put("group", r.groupId());
        return Response.json(200, o);
    }

    private ObjectNode describe(WebSessions.Session s, String token) {
        ObjectNode o = json.createObjectNode();
        o.put("user", s.userId()).put("signedIn", s.signedIn());
        if (token != null) o.put("token", token);
        return o;
    }

    private JsonNode body(Request request) {
        if (request.body().length == 0) return json.createObjectNode();
        try {
            JsonNode n = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
            if (n == null || n.isMissingNode()) return json.createObjectNode();
            if (!n.isObject()) throw new IllegalArgumentException("请求体必须是 JSON 对象");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("请求体不是合法的 JSON");
        }
    }
}
