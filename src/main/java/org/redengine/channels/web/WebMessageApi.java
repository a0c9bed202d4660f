package org.redengine.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Outbound;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.Source;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The web channel's JSON API: {@code POST /api/messages} with {@code {"user","name","group","text"}} answers
 * {@code {"replies":[…]}}. Everything is validated before the core sees it; bad input gets a 4xx with a JSON
 * error and changes nothing.
 */
public final class WebMessageApi {

    public static final int MAX_TEXT_CHARS = 2000;
    static final int MAX_ID_CHARS = 128;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Conversation conversation;
    private final ConversationLog conversationLog;
    private final Outbound outbound;
    private final BooleanSupplier ready;
    private final Clock clock;

    public WebMessageApi(Conversation conversation, ConversationLog conversationLog, Outbound outbound,
                         BooleanSupplier ready, Clock clock) {
        this.conversation = conversation;
        this.conversationLog = conversationLog;
        this.outbound = outbound;
        this.ready = ready;
        this.clock = clock;
    }

    /** Thrown for input the API refuses; the message is shown to the client. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    public Response post(Request request) {
        if (!ready.getAsBoolean()) {
            return Response.error(503, "服务正在启动，请稍后再试");
        }
        Incoming incoming;
        try {
            incoming = parse(request);
        } catch (BadRequest e) {
            return Response.error(400, e.getMessage());
        }
        List<Reply> replies = conversation.handle(incoming);
        // committed before the reply leaves: an acknowledged message is never lost
        List<Delivered> delivered = conversationLog.record(incoming, replies);
        delivered.forEach(outbound::deliver); // other open pages of the same conversation see it live
        return Response.json(200, toJson(delivered));
    }

    Incoming parse(Request request) throws BadRequest {
        // The body must be JSON whatever Content-Type the client sent (curl and many scripts send none or a form type).
        String body = decodeUtf8(request.body());
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("请求体不是合法的 JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("请求体必须是 JSON 对象");
        }
        String user = requiredString(root, "user", MAX_ID_CHARS);
        String text = requiredString(root, "text", Integer.MAX_VALUE);
        if (text.isBlank()) {
            throw new BadRequest("text 不能为空");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new BadRequest("text 太长了，最多 " + MAX_TEXT_CHARS + " 个字");
        }
        String name = optionalString(root, "name", 64);
        String group = optionalString(root, "group", MAX_ID_CHARS);
        if (group != null && group.isBlank()) {
            throw new BadRequest("group 不能是空字符串；私聊请不要传 group");
        }
        boolean mention = false;
        JsonNode m = root.get("mention");
        if (m != null && !m.isNull()) {
            if (!m.isBoolean()) throw new BadRequest("mention 必须是 true 或 false");
            mention = m.booleanValue();
        }
        return new Incoming("web", user, name, group, text, mention, null, clock.instant());
    }

    private static String decodeUtf8(byte[] body) throws BadRequest {
        if (body.length == 0) {
            throw new BadRequest("请求体为空");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("请求体不是合法的 UTF-8 编码");
        }
    }

    private static String requiredString(JsonNode root, String field, int max) throws BadRequest {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new BadRequest("缺少字段 " + field);
        }
        if (!n.isTextual()) {
            throw new BadRequest("字段 " + field + " 必须是字符串");
        }
        String v = n.textValue();
        if (field.equals("user") && v.isBlank()) {
            throw new BadRequest("user 不能为空");
        }
        if (v.length() > max) {
            throw new BadRequest("字段 " + field + " 太长了");
        }
        return v;
    }

    private static String optionalString(JsonNode root, String field, int max) throws BadRequest {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadRequest("字段 " + field + " 必须是字符串");
        }
        if (n.textValue().length() > max) {
            throw new BadRequest("字段 " + field + " 太长了");
        }
        return n.textValue();
    }

    ObjectNode toJson(List<Delivered> replies) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("replies");
        for (Delivered d : replies) {
            ObjectNode o = replyJson(mapper, d.reply());
            o.put("seq", d.seq());
            o.put("time", d.at().toString());
            array.add(o);
        }
        return root;
    }

    /** One reply in the wire format shared by the HTTP API and, later, the WebSocket. */
    public static ObjectNode replyJson(ObjectMapper mapper, Reply r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", r.type().wireName());
        o.put("text", r.text());
        ArrayNode sources = o.putArray("sources");
        for (Source s : r.sources()) {
            ObjectNode so = sources.addObject();
            so.put("title", s.title());
            so.put("source", s.source());
            so.put("excerpt", s.excerpt());
        }
        if (r.confidence() != null) {
            o.put("confidence", r.confidence());
        }
        if (!r.suggestions().isEmpty()) {
            ArrayNode sug = o.putArray("suggestions");
            r.suggestions().forEach(sug::add);
        }
        return o;
    }
}
