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
    /** Names that mean "me" to the writer and someone else to every reader. */
    static final java.util.Set<String> SELF_WORDS = java.util.Set.of("我", "本人", "自己", "me", "Me", "ME");
    static final int MAX_ID_CHARS = 128;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Conversation conversation;
    private final ConversationLog conversationLog;
    private final Outbound outbound;
    private final WebCallers callers;
    private final BooleanSupplier ready;
    private final Clock clock;

    public WebMessageApi(Conversation conversation, ConversationLog conversationLog, Outbound outbound,
                         WebCallers callers, BooleanSupplier ready, Clock clock) {
        this.conversation = conversation;
        this.conversationLog = conversationLog;
        this.outbound = outbound;
        this.callers = callers;
        this.ready = ready;
        this.clock = clock;
    }

    /** A parsed message body; {@code user} may be absent when a session says who is speaking. */
    record Message(String user, String name, String group, String text, boolean mention, String choices) {
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
        WebCallers.Caller caller = callers.of(request);
        if (caller.invalid()) return Response.error(401, "会话无效或已过期，请重新获取会话（POST /api/session）");
        Message m;
        try {
            m = parse(request);
        } catch (BadRequest e) {
            return Response.error(400, e.getMessage());
        }
        String user;
        WebSessions.Opened opened = null;
        if (caller.session() != null) {
            if (m.user() != null && !m.user().equals(caller.userId())) {
                return Response.error(403, "这个会话属于另一个用户，不能以 " + m.user() + " 的身份发言");
            }
            user = caller.userId();
        } else if (m.user() == null) {
            return Response.error(400, "缺少字段 user（或先通过 POST /api/session 获取会话）");
        } else if (caller.admin()) {
            user = m.user(); // the admin token or console may speak for a web user (automation, tests)
        } else {
            try {
                opened = callers.sessions().open(m.user()); // a first visit: the id is bound to this new session
            } catch (WebSessions.IdTaken e) {
                return Response.error(401, "这个用户 id 已经属于另一个会话：请带上它的会话（Cookie 或 Authorization: Bearer），"
                        + "或不带 user 通过 POST /api/session 获取新身份");
            }
            user = m.user();
        }
        Incoming incoming = new Incoming("web", user, m.name(), m.group(), m.text(), m.mention(), null, clock.instant(),
                caller.verified(), m.choices());
        List<Reply> replies = conversation.handle(incoming);
        // committed before the reply leaves: an acknowledged message is never lost. The web chat keeps the member's
        // own message too: no platform holds this conversation for us
        List<Delivered> delivered = conversationLog.record(incoming, replies, true);
        delivered.forEach(outbound::deliver); // the group's other members (and this member's other pages) see it live
        ObjectNode body = toJson(delivered.stream().filter(d -> !d.fromMember()).toList());
        delivered.stream().filter(Delivered::fromMember).findFirst().ifPresent(own ->
                body.putObject("message").put("seq", own.seq()).put("time", own.at().toString()).put("sender", own.fromName()));
        if (opened == null) return Response.json(200, body);
        body.putObject("session").put("user", user).put("token", opened.token());
        return Response.json(200, body).withHeader("Set-Cookie", WebSessions.cookie(opened.token(), request.viaHttps()));
    }

    Message parse(Request request) throws BadRequest {
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
        String user = optionalString(root, "user", MAX_ID_CHARS);
        if (user != null && user.isBlank()) {
            throw new BadRequest("user 不能为空");
        }
        String text = requiredString(root, "text", Integer.MAX_VALUE);
        if (text.isBlank()) {
            throw new BadRequest("text 不能为空");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new BadRequest("消息太长了，最多 " + MAX_TEXT_CHARS + " 个字，请分几次发送");
        }
        String name = optionalString(root, "name", 64);
        // a page that knows no name must not label everyone 我 for the others: such names count as none
        if (name != null && (name.isBlank() || SELF_WORDS.contains(name.strip()))) name = null;
        else if (name != null) name = name.strip();
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
        String choices = optionalString(root, "choices", 128);
        if (choices != null && !choices.matches("[A-Za-z0-9_@-]{1,128}")) throw new BadRequest("choices 不是合法的选项编号");
        return new Message(user, name, group, text, mention, choices);
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
            if (d.to() != null) o.put("toMe", true); // the replies to the message just sent
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
        if (r.choices() != null) o.set("choices", choicesJson(mapper, r.choices()));
        return o;
    }

    /** Options to pick from, as the page draws them (buttons, or checkboxes for 多选). */
    public static ObjectNode choicesJson(ObjectMapper mapper, org.redengine.conversation.Choices c) {
        ObjectNode o = mapper.createObjectNode().put("id", c.id()).put("title", c.title()).put("multiple", c.multiple());
        ArrayNode options = o.putArray("options");
        c.options().forEach(opt -> options.addObject().put("key", opt.key()).put("label", opt.label()));
        return o;
    }
}
