package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.core.ConsoleUser;
import org.redengine.server.Handler;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.server.Routes;

import java.nio.charset.StandardCharsets;

/**
 * Keeps an organizer to their own groups on a route about one group: the group is the request's {@code channel}
 * (default {@code web}) and {@code group}, from the query or a JSON body. The admin passes through untouched.
 */
public final class GroupAccess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GroupAccess() {
    }

    /** A handler about one group, callable by the admin and by that group's organizers. */
    public static Routes.ConsoleHandler ofGroup(Handler handler) {
        return (request, user) -> {
            Response denied = check(request, user);
            return denied != null ? denied : handler.handle(request);
        };
    }

    /** Null when the user may manage the request's group, else the refusal. */
    public static Response check(Request request, ConsoleUser user) {
        if (user.admin()) return null;
        String channel = request.queryParam("channel"), group = request.queryParam("group");
        if (group == null && request.body().length > 0 && request.body()[0] == '{') {
            try {
                JsonNode b = JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
                if (b.path("group").isTextual()) group = b.path("group").asText();
                if (b.path("channel").isTextual()) channel = b.path("channel").asText();
            } catch (Exception e) {
                return Response.error(400, "请求体不是合法的 JSON");
            }
        }
        if (group == null || group.isBlank()) return Response.error(400, "缺少参数 group（要管理的群）");
        return user.manages(channel == null ? "web" : channel, group) ? null : Response.error(403, "你不是这个群的组织者，不能查看或修改它");
    }
}
