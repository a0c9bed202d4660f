package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;

/**
 * The long connection's frames (WeCom developer documentation, path 101463; the official Node SDK's types): every
 * frame is a JSON text frame {@code {cmd, headers:{req_id}, body}}; an acknowledgement has no cmd, only
 * {@code {headers:{req_id}, errcode, errmsg}}.
 */
final class BotFrames {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SUBSCRIBE = "aibot_subscribe", PING = "ping", MSG_CALLBACK = "aibot_msg_callback",
            EVENT_CALLBACK = "aibot_event_callback", RESPOND = "aibot_respond_msg", RESPOND_WELCOME = "aibot_respond_welcome_msg",
            RESPOND_UPDATE = "aibot_respond_update_msg", SEND = "aibot_send_msg";
    /** A stream's content is at most 20,480 bytes (UTF-8). */
    static final int MAX_STREAM_BYTES = 20_480;

    private static final SecureRandom RANDOM = new SecureRandom();

    private BotFrames() {
    }

    /** A request id for a frame we start (ping, subscribe, a proactive push). */
    static String newReqId(String cmd) {
        return cmd + "_" + Long.toHexString(System.currentTimeMillis()) + "_" + Long.toHexString(RANDOM.nextLong());
    }

    static ObjectNode frame(String cmd, String reqId, ObjectNode body) {
        ObjectNode f = JSON.createObjectNode();
        f.put("cmd", cmd);
        f.putObject("headers").put("req_id", reqId);
        if (body != null) f.set("body", body);
        return f;
    }

    static ObjectNode subscribe(String botId, String secret) {
        ObjectNode body = JSON.createObjectNode().put("bot_id", botId).put("secret", secret);
        return frame(SUBSCRIBE, newReqId(SUBSCRIBE), body);
    }

    static ObjectNode ping() {
        return frame(PING, newReqId(PING), null);
    }

    /** A stream reply (Markdown) to a callback, on the callback's own req_id. */
    static ObjectNode stream(String reqId, String streamId, String content, boolean finish) {
        ObjectNode body = JSON.createObjectNode().put("msgtype", "stream");
        body.putObject("stream").put("id", streamId).put("finish", finish).put("content", content);
        return frame(RESPOND, reqId, body);
    }

    /** The welcome for enter_chat: plain text, the one place text is allowed. */
    static ObjectNode welcome(String reqId, String text) {
        ObjectNode body = JSON.createObjectNode().put("msgtype", "text");
        body.putObject("text").put("content", text);
        return frame(RESPOND_WELCOME, reqId, body);
    }

    /** A Markdown message body (without its chatid). */
    static ObjectNode markdown(String content) {
        ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("content", content);
        return body;
    }

    /** A template card message body (without its chatid). */
    static ObjectNode templateCard(ObjectNode card) {
        ObjectNode body = JSON.createObjectNode().put("msgtype", "template_card");
        body.set("template_card", card);
        return body;
    }

    /** A proactive message (a Markdown or card body) to a group (its chatid) or a person (their userid). */
    static ObjectNode send(String chatId, ObjectNode message) {
        ObjectNode body = JSON.createObjectNode().put("chatid", chatId);
        body.setAll(message);
        return frame(SEND, newReqId(SEND), body);
    }

    /** The answer to a card tap, on the event's req_id: the card as the member should now see it (101031). */
    static ObjectNode updateCard(String reqId, ObjectNode card) {
        ObjectNode body = JSON.createObjectNode().put("response_type", "update_template_card");
        body.set("template_card", card);
        return frame(RESPOND_UPDATE, reqId, body);
    }

    static String cmd(JsonNode frame) {
        JsonNode c = frame.get("cmd");
        return c == null || !c.isTextual() ? null : c.asText();
    }

    static String reqId(JsonNode frame) {
        JsonNode r = frame.path("headers").get("req_id");
        return r == null || !r.isTextual() ? null : r.asText();
    }
}
