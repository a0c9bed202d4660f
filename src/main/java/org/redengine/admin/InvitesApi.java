package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.Role;
import org.redengine.people.Invites;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code POST /api/admin/invites {"role":"organizer","group":"g1"}} (or {@code {"role":"admin"}}): a one-time code
 * the admin gives to a person, who redeems it in the web chat (登录) to sign in with that role.
 */
public final class InvitesApi {

    private final ObjectMapper json = new ObjectMapper();
    private final Invites invites;

    public InvitesApi(Invites invites) {
        this.invites = invites;
    }

    public Response create(Request request) {
        JsonNode b;
        try {
            b = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Response.error(400, "请求体不是合法的 JSON");
        }
        if (b == null || !b.isObject()) return Response.error(400, "请求体必须是 JSON 对象");
        Role role = switch (b.path("role").asText("")) {
            case "admin" -> Role.ADMIN;
            case "organizer" -> Role.ORGANIZER;
            default -> null;
        };
        if (role == null) return Response.error(400, "role 只能是 admin 或 organizer");
        String group = b.path("group").isTextual() ? b.path("group").asText().strip() : null;
        if (role == Role.ORGANIZER && (group == null || group.isEmpty() || group.length() > 128)) {
            return Response.error(400, "邀请组织者需要指定 group（群 id）");
        }
        if (role == Role.ADMIN && group != null && !group.isEmpty()) {
            return Response.error(400, "admin 是全局角色，不能指定 group");
        }
        Invites.Invite invite = invites.create(role, group, request.bearer() != null ? "admin-api" : "console");
        ObjectNode o = json.createObjectNode();
        o.put("code", invite.code()).put("role", b.path("role").asText());
        if (invite.groupId() != null) o.put("group", invite.groupId());
        o.put("expiresAt", Instant.ofEpochMilli(invite.expiresAt()).toString());
        return Response.json(200, o);
    }
}
