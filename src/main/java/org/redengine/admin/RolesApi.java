package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.Role;
import org.redengine.people.PeopleStore;
import org.redengine.people.RoleStore;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code POST /api/admin/roles} grants, {@code DELETE /api/admin/roles} revokes
 * ({@code {"user":"u1","group":"g1","role":"organizer"}} or {@code {"user":"u1","role":"admin"}}, optional
 * {@code "channel"}, default web); {@code GET /api/admin/groups} lists groups with members and roles.
 */
public final class RolesApi {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RoleStore roles;
    private final PeopleStore people;

    private final org.redengine.people.GroupZones zones;

    public RolesApi(RoleStore roles, PeopleStore people) {
        this(roles, people, null);
    }

    public RolesApi(RoleStore roles, PeopleStore people, org.redengine.people.GroupZones zones) {
        this.roles = roles;
        this.people = people;
        this.zones = zones;
    }

    public Response grant(Request request) {
        return change(request, true);
    }

    public Response revoke(Request request) {
        return change(request, false);
    }

    private Response change(Request request, boolean grant) {
        RoleStore.Grant g;
        try {
            g = parse(request);
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        boolean changed = grant ? roles.grant(g, "admin-api") : roles.revoke(g);
        ObjectNode o = mapper.createObjectNode();
        o.put("user", g.userId()).put("role", g.role().name().toLowerCase(Locale.ROOT)).put("channel", g.channel());
        if (g.groupId() != null) o.put("group", g.groupId());
        o.put(grant ? "granted" : "revoked", changed);
        return Response.json(200, o);
    }

    private RoleStore.Grant parse(Request request) {
        JsonNode root;
        try {
            root = mapper.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException("请求体不是合法的 JSON");
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("请求体必须是 JSON 对象");
        String user = text(root, "user", true);
        String role = text(root, "role", true);
        String group = text(root, "group", false);
        String channel = text(root, "channel", false);
        Role r = switch (role) {
            case "admin" -> Role.ADMIN;
            case "organizer" -> Role.ORGANIZER;
            default -> throw new IllegalArgumentException("role 只能是 admin 或 organizer");
        };
        return new RoleStore.Grant(channel == null ? "web" : channel, user, group, r);
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) throw new IllegalArgumentException("缺少字段 " + field);
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > 128) {
            throw new IllegalArgumentException("字段 " + field + " 必须是非空字符串");
        }
        return n.asText();
    }

    /** GET /api/admin/groups: every group for the admin, an organizer's own for them. */
    public Response groups(Request request, org.redengine.core.ConsoleUser user) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode groups = root.putArray("groups");
        for (PeopleStore.Group g : people.groups()) {
            if (!user.manages(g.channel(), g.groupId())) continue;
            ObjectNode go = groups.addObject();
            go.put("channel", g.channel()).put("id", g.groupId()).put("name", g.name() == null ? "" : g.name())
                    .put("timeZone", zones == null ? "Asia/Shanghai" : zones.zoneOf(g.channel(), g.groupId()).getId());
            ArrayNode members = go.putArray("members");
            for (PeopleStore.Member m : g.members()) {
                ObjectNode mo = members.addObject();
                mo.put("user", m.userId()).put("name", m.name())
                        .put("joinedAt", Instant.ofEpochMilli(m.joinedAt()).toString())
                        .put("lastSeen", Instant.ofEpochMilli(m.lastSeen()).toString());
                ArrayNode r = mo.putArray("roles");
                m.roles().forEach(r::add);
            }
        }
        return Response.json(200, root);
    }
}
