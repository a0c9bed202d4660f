package org.redengine.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Delivered;
import org.redengine.history.MessageHistory;
import org.redengine.server.LiveConnection;
import org.redengine.server.LiveEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web chat's live connection ({@code /ws}). A page subscribes to its conversations with
 * {@code {"type":"subscribe","user":"u1","group":"g1","after":12}} (without group: the private chat); it then
 * gets every bot message after 12 from history, and every new one as it is sent:
 * {@code {"event":"message","group":"g1","message":{"seq":13,"type":"…","text":"…",…}}}. Pages drop numbers they
 * have already shown, so a message that arrives both ways is shown once.
 */
public final class LiveChat implements LiveEndpoint, ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(LiveChat.class);
    static final int MAX_SUBSCRIPTIONS = 20;
    /** At most this many stored messages per subscribe (the newest); older ones are for GET /api/messages. */
    static final int MAX_CATCH_UP = 50;

    private final ObjectMapper mapper = new ObjectMapper();
    private final MessageHistory history;
    private final HistoryApi historyJson;
    private final WebCallers callers;
    private final HistoryAccess access;
    private final Map<String, Set<LiveConnection>> subscribers = new ConcurrentHashMap<>();
    private final Map<LiveConnection, Set<String>> subscriptions = new ConcurrentHashMap<>();
    /** Whose page each connection is (its session's user), so each sees "mine" and "to me" from its side. */
    private final Map<LiveConnection, String> viewers = new ConcurrentHashMap<>();

    public LiveChat(MessageHistory history, WebCallers callers, org.redengine.people.PeopleStore people, java.time.Clock clock) {
        this.history = history;
        this.historyJson = new HistoryApi(history);
        this.callers = callers;
        this.access = new HistoryAccess(people, clock);
    }

    @Override
    public void onMessage(LiveConnection connection, String text) {
        JsonNode msg;
        try {
            msg = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            error(connection, "消息不是合法的 JSON");
            return;
        }
        if (msg == null || !"subscribe".equals(msg.path("type").asText())) {
            error(connection, "只支持 {\"type\":\"subscribe\",\"group\":…,\"after\":…}");
            return;
        }
        String user = msg.path("user").asText("");
        String group = msg.path("group").asText("");
        long after = msg.path("after").asLong(0);
        String token = msg.path("token").isTextual() ? msg.path("token").asText() : null;
        if (user.length() > WebMessageApi.MAX_ID_CHARS || group.length() > WebMessageApi.MAX_ID_CHARS || after < 0
                || (token != null && token.length() > 200)) {
            error(connection, "group 可选，after 不能为负数");
            return;
        }
        WebCallers.Caller caller = callers.of(token, connection.handshakeHeader("cookie"));
        if (caller.invalid()) {
            error(connection, "会话无效或已过期，请重新获取会话");
            return;
        }
        if (user.isBlank()) user = caller.userId() == null ? "" : caller.userId();
        if (user.isBlank() && group.isBlank()) {
            error(connection, "需要会话：请先获取会话（POST /api/session）");
            return;
        }
        if (caller.session() != null && !user.equals(caller.userId()) && !caller.admin()) {
            error(connection, "只能订阅自己的会话");
            return;
        }
        HistoryAccess.Decision allowed = access.check(caller, "web", user, group.isBlank() ? null : group, true);
        if (!allowed.allowed()) {
            error(connection, allowed.error());
            return;
        }
        ConversationKey key = allowed.key();
        String k = MessageHistory.key(key);
        Set<String> mine = subscriptions.computeIfAbsent(connection, c -> ConcurrentHashMap.newKeySet());
        if (mine.contains(k)) {
            error(connection, "已经订阅了这个会话");
            return;
        }
        if (mine.size() >= MAX_SUBSCRIPTIONS) {
            error(connection, "订阅的会话太多了");
            return;
        }
        mine.add(k);
        if (caller.userId() != null) viewers.put(connection, caller.userId());
        // subscribe first, then catch up: a message sent in between arrives twice and the page keeps one
        subscribers.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(connection);
        try {
            List<MessageHistory.Stored> missed = history.latestAfter(key, after, MAX_CATCH_UP + 1, allowed.since());
            boolean more = missed.size() > MAX_CATCH_UP;
            for (MessageHistory.Stored m : more ? missed.subList(1, missed.size()) : missed) {
                connection.send(event(key, historyJson.toJson(m, caller.userId())));
            }
            ObjectNode ok = mapper.createObjectNode().put("event", "subscribed");
            where(ok, key);
            if (more) ok.put("older", true); // more missed messages than a subscribe sends: GET /api/messages has them
            connection.send(mapper.writeValueAsString(ok));
        } catch (IOException | RuntimeException e) {
            log.warn("catch-up failed for {}", k, e);
            error(connection, "读取历史消息失败，请稍后重连");
        }
    }

    @Override
    public void onClose(LiveConnection connection) {
        viewers.remove(connection);
        Set<String> keys = subscriptions.remove(connection);
        if (keys == null) return;
        for (String k : keys) {
            Set<LiveConnection> set = subscribers.get(k);
            if (set != null) {
                set.remove(connection);
                if (set.isEmpty()) subscribers.remove(k, set);
            }
        }
    }

    /**
     * Pushes a stored message to the pages subscribed to its conversation. A member's message or a reply to one
     * reads differently to its writer ({@code mine}, {@code toMe}), so those two frames are built per viewer.
     */
    @Override
    public void deliver(Delivered d) {
        Set<LiveConnection> set = subscribers.get(MessageHistory.key(d.conversation()));
        if (set == null || set.isEmpty()) return;
        String person = d.fromMember() ? d.from() : d.to();
        String others = frame(d, false), theirs = person == null ? others : null;
        for (LiveConnection c : set) {
            if (!c.isOpen()) continue;
            if (person != null && person.equals(viewers.get(c))) {
                if (theirs == null) theirs = frame(d, true);
                c.send(theirs);
            } else {
                c.send(others);
            }
        }
    }

    private String frame(Delivered d, boolean viewerIsThePerson) {
        ObjectNode message = WebMessageApi.replyJson(mapper, d.reply());
        message.put("seq", d.seq());
        message.put("time", d.at().toString());
        if (d.fromMember()) {
            message.remove("sources");
            message.put("sender", d.fromName() == null ? "" : d.fromName());
            message.put("mine", viewerIsThePerson);
        } else if (d.to() != null) {
            message.put("toMe", viewerIsThePerson);
        }
        return event(d.conversation(), message);
    }

    private String event(ConversationKey key, ObjectNode message) {
        ObjectNode o = mapper.createObjectNode().put("event", "message");
        where(o, key);
        o.set("message", message);
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void where(ObjectNode o, ConversationKey key) {
        o.put(key.kind() == ConversationKey.Kind.GROUP ? "group" : "user", key.id());
    }

    private void error(LiveConnection c, String text) {
        c.send(mapper.createObjectNode().put("event", "error").put("error", text).toString());
    }
}
