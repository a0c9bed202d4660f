package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Organizers' console accounts, for the admin: invite an organizer to a group (a one-time code and a link to the
 * console's sign-up form), list the accounts, take a group away or remove an account.
 */
final class AccountsApi {

    private final ObjectMapper json = new ObjectMapper();
    private final ConsoleAccounts accounts;
    private final java.util.function.Consumer<String> forgetSessions;

    AccountsApi(ConsoleAccounts accounts, java.util.function.Consumer<String> forgetSessions) {
        this.accounts = accounts;
        this.forgetSessions = forgetSessions;
    }

    /** POST /api/admin/console-invites {"channel":"web","group":"g1"} */
    Response invite(Request request) {
        JsonNode b = body(request);
        if (b == null) return Response.error(400, "请求体必须是 JSON 对象");
        String channel = b.path("channel").asText("web").strip();
        String group = b.path("group").asText("").strip();
        if (group.isEmpty() || group.length() > 128 || channel.isEmpty() || channel.length() > 32) {
            return Response.error(400, "请指定要邀请组织者管理的群（channel 和 group）");
        }
        ConsoleAccounts.Invite invite = accounts.invite(channel, group, request.bearer() != null ? "admin-api" : "console");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", invite.code());
        o.put("channel", channel);
        o.put("group", group);
        o.put("link", "/admin#invite=" + invite.code());
        o.put("expiresAt", Instant.ofEpochMilli(invite.expiresAt()).toString());
        return Response.json(200, o);
    }

    /** GET /api/admin/accounts */
    Response list(Request request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ConsoleAccounts.Account a : accounts.list()) {
            out.add(Map.of("username", a.username(), "createdAt", Instant.ofEpochMilli(a.createdAt()).toString(), "groups", a.groups()));
        }
        return Response.json(200, Map.of("accounts", out));
    }

    /** DELETE /api/admin/accounts {"username":"…"} removes the account; with "channel" and "group" only that group. */
    Response remove(Request request) {
        JsonNode b = body(request);
        if (b == null || !b.path("username").isTextual()) return Response.error(400, "请指定账号名 username");
        String username = b.path("username").asText();
        boolean removed = b.hasNonNull("group")
                ? accounts.removeGroup(username, b.path("channel").asText("web"), b.path("group").asText())
                : accounts.delete(username);
        forgetSessions.accept(username);
        if (removed) return Response.json(200, Map.of("ok", true));
        return Response.error(404, b.hasNonNull("group") ? "这个账号没有管理这个群" : "没有这个账号");
    }

    private JsonNode body(Request request) {
        try {
            JsonNode n = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
            return n != null && n.isObject() ? n : null;
        } catch (Exception e) {
            return null;
        }
    }
}
