package org.redengine.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.history.MessageHistory;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /api/messages?group=g1&after=SEQ} (or {@code ?user=u1} for a private chat): the bot's messages after
 * SEQ, in order, including the ones it sent on its own. Clients call it to catch up after a reconnect.
 */
public final class HistoryApi {

    private final ObjectMapper mapper = new ObjectMapper();
    private final MessageHistory history;
    private final WebCallers callers;
    private final HistoryAccess access;

    public HistoryApi(MessageHistory history, WebCallers callers, org.redengine.people.PeopleStore people, java.time.Clock clock) {
        this.history = history;
        this.callers = callers;
        this.access = new HistoryAccess(people, clock);
    }

    /** Only turns stored messages into JSON (for the live channel's catch-up). */
    HistoryApi(MessageHistory history) {
        this.history = history;
        this.callers = null;
        this.access = null;
    }

    public Response get(Request request) throws IOException {
        String group = request.queryParam("group");
        String user = request.queryParam("user");
        if ((group == null) == (user == null)) {
            return Response.error(400, "请给出 group（群聊）或 user（私聊）其中之一");
        }
        String id = group != null ? group : user;
        if (id.isBlank() || id.length() > WebMessageApi.MAX_ID_CHARS) {
            return Response.error(400, "group 或 user 不合法");
        }
        String channel = request.queryParam("channel") == null ? "web" : request.queryParam("channel");
        long after;
        int limit;
        try {
            after = request.queryParam("after") == null ? 0 : Long.parseLong(request.queryParam("after"));
            limit = request.queryParam("limit") == null ? 100 : Integer.parseInt(request.queryParam("limit"));
        } catch (NumberFormatException e) {
            return Response.error(400, "after 和 limit 必须是整数");
        }
        if (after < 0 || limit < 1) {
            return Response.error(400, "after 不能为负数，limit 至少为 1");
        }
        WebCallers.Caller caller = callers.of(request);
        if (caller.invalid()) return Response.error(401, "会话无效或已过期，请重新获取会话（POST /api/session）");
        HistoryAccess.Decision allowed = access.check(caller, channel, user, group, false);
        if (!allowed.allowed()) return Response.error(allowed.status(), allowed.error());
        ObjectNode root = mapper.createObjectNode();
        ArrayNode messages = root.putArray("messages");
        long last = after;
        String viewer = caller.session() != null ? caller.userId() : null;
        for (MessageHistory.Stored m : history.after(allowed.key(), after, limit, allowed.since())) {
            messages.add(toJson(m, viewer));
            last = m.seq();
        }
        root.put("last", last);
        return Response.json(200, root);
    }

    /**
     * One stored message as {@code viewer} (a web user id, or null for an admin) sees it: a member's message with
     * the {@code sender} name and {@code mine}; a bot reply with {@code toMe} when it answers the viewer.
     */
    ObjectNode toJson(MessageHistory.Stored m, String viewer) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("seq", m.seq());
        o.put("type", m.type());
        o.put("text", m.text());
        o.put("time", Instant.ofEpochMilli(m.createdAt()).toString());
        JsonNode payload = mapper.readTree(m.payload());
        if (payload.has("from")) {
            o.put("sender", payload.path("name").asText(""));
            o.put("mine", viewer != null && viewer.equals(payload.path("from").asText()));
            return o;
        }
        if (payload.has("to")) o.put("toMe", viewer != null && viewer.equals(payload.path("to").asText()));
        o.set("sources", payload.has("sources") ? payload.get("sources") : mapper.createArrayNode());
        if (payload.has("confidence")) o.set("confidence", payload.get("confidence"));
        if (payload.has("suggestions")) o.set("suggestions", payload.get("suggestions"));
        if (payload.has("choices")) o.set("choices", payload.get("choices"));
        return o;
    }
}
