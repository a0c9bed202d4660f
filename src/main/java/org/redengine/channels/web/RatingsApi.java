package org.redengine.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.conversation.ConversationKey;
import org.redengine.knowledge.edit.Feedback;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** POST /api/ratings {"user":"u1","group":"g1"?,"seq":12,"useful":true}: the web chat's 👍 / 👎 on an answer. */
public final class RatingsApi {

    private final Feedback feedback;
    private final WebCallers callers;
    private final ObjectMapper json = new ObjectMapper();

    public RatingsApi(Feedback feedback, WebCallers callers) {
        this.feedback = feedback;
        this.callers = callers;
    }

    public Response rate(Request request) {
        JsonNode b;
        try {
            b = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Response.error(400, "请求体不是合法的 JSON");
        }
        if (b == null || !b.path("seq").canConvertToLong() || !b.path("useful").isBoolean()
                || (b.has("user") && (!b.path("user").isTextual() || b.path("user").asText().length() > WebMessageApi.MAX_ID_CHARS))) {
            return Response.error(400, "需要 seq 和 useful（true 或 false）");
        }
        WebCallers.Caller caller = callers.of(request);
        String given = b.has("user") ? b.path("user").asText() : null;
        if (caller.session() == null && !(caller.admin() && given != null)) {
            return Response.error(401, "需要会话：请先获取会话（POST /api/session）");
        }
        if (caller.session() != null && given != null && !given.equals(caller.userId())) {
            return Response.error(403, "只能以自己的身份评价");
        }
        String user = caller.session() != null ? caller.userId() : given;
        String group = b.path("group").isTextual() && !b.path("group").asText().isBlank() ? b.path("group").asText() : null;
        ConversationKey conversation = group == null ? ConversationKey.direct("web", user) : ConversationKey.group("web", group);
        switch (feedback.rate(conversation, b.path("seq").asLong(), user, b.path("useful").asBoolean())) {
            case NOT_FOUND -> {
                return Response.error(404, "没有找到这条回答");
            }
            case NOT_YOURS -> {
                return Response.error(403, "只能评价回答你自己问题的消息");
            }
            case RATED -> { }
        }
        return Response.json(200, Map.of("rated", true));
    }
}
