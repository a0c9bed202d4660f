package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.people.GroupZones;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * POST /api/admin/group-zone {"group":"g1","timeZone":"Asia/Urumqi"[,"channel":"web"]}: the time zone a group's
 * days (check-ins, streaks, reports) and schedules follow; Asia/Shanghai until set.
 */
public final class GroupSettingsApi {

    static final int MAX_NAME = 40;

    private final GroupZones zones;
    private final org.redengine.people.PeopleStore people;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public GroupSettingsApi(GroupZones zones, org.redengine.people.PeopleStore people, Clock clock) {
        this.zones = zones;
        this.people = people;
        this.clock = clock;
    }

    /**
     * POST /api/admin/group-settings {"group":"g1","channel":"web"?,"name":"机关一支部"?,"timeZone":"Asia/Urumqi"?}:
     * a group's name (what the console and reports show instead of its id) and time zone; both checked before
     * either is saved.
     */
    public Response update(Request request) {
        JsonNode root;
        try {
            root = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Response.error(400, "请求体不是合法的 JSON");
        }
        if (root == null || !root.path("group").isTextual() || root.path("group").asText().isBlank()) {
            return Response.error(400, "需要 group，例如 {\"group\":\"g1\",\"name\":\"机关一支部\"}");
        }
        JsonNode name = root.get("name"), zoneNode = root.get("timeZone");
        if ((name == null || name.isNull()) && (zoneNode == null || zoneNode.isNull())) {
            return Response.error(400, "请给出 name（群名称）或 timeZone（时区）");
        }
        if (name != null && !name.isNull() && (!name.isTextual() || name.asText().strip().length() > MAX_NAME)) {
            return Response.error(400, "群名称必须是不超过 " + MAX_NAME + " 个字的文字");
        }
        ZoneId zone = null;
        if (zoneNode != null && !zoneNode.isNull()) {
            try {
                zone = ZoneId.of(zoneNode.asText());
            } catch (DateTimeException e) {
                return Response.error(400, "不认识的时区：" + zoneNode.asText() + "（例如 Asia/Shanghai、Asia/Urumqi）");
            }
        }
        String channel = root.path("channel").isTextual() ? root.path("channel").asText() : "web";
        String group = root.path("group").asText();
        if (name != null && !name.isNull()) people.rename(channel, group, name.asText(), clock.millis());
        if (zone != null) zones.setZone(channel, group, zone, clock.millis());
        return Response.json(200, Map.of("channel", channel, "group", group, "name", people.groupName(channel, group),
                "timeZone", zones.zoneOf(channel, group).getId()));
    }

    public Response setZone(Request request) {
        JsonNode root;
        try {
            root = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Response.error(400, "请求体不是合法的 JSON");
        }
        if (root == null || !root.path("group").isTextual() || root.path("group").asText().isBlank()
                || !root.path("timeZone").isTextual()) {
            return Response.error(400, "需要 group 和 timeZone，例如 {\"group\":\"g1\",\"timeZone\":\"Asia/Shanghai\"}");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(root.path("timeZone").asText());
        } catch (DateTimeException e) {
            return Response.error(400, "不认识的时区：" + root.path("timeZone").asText() + "（例如 Asia/Shanghai、Asia/Urumqi）");
        }
        String channel = root.path("channel").isTextual() ? root.path("channel").asText() : "web";
        zones.setZone(channel, root.path("group").asText(), zone, clock.millis());
        return Response.json(200, Map.of("channel", channel, "group", root.path("group").asText(), "timeZone", zone.getId()));
    }
}
