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

    private final GroupZones zones;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public GroupSettingsApi(GroupZones zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
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
