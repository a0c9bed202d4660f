package org.redengine.history;

import org.redengine.storage.Sql;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every message the bot sends, and in web chats the members' own messages too (type {@code member}; the table's
 * name is from before), per conversation, numbered 1, 2, 3 … in the order it was committed; clients
 * catch up with "everything after N". Numbers come from a counter row updated in the same transaction, so two
 * writers can never hand out the same number.
 */
public final class MessageHistory {

    /** A stored bot message. */
    public record Stored(String conversation, long seq, String type, String text, String payload, long createdAt) {
    }

    public static final int MAX_PAGE = 500;

    private final Database db;
    private final Runnable settle;

    public MessageHistory(Database db) {
        this(db, () -> { });
    }

    /**
     * With {@code settle} run before every read: it waits for the history written behind the replies
     * ({@link StoredConversationLog#settle}), so a page that asks right after a reply finds it.
     */
    public MessageHistory(Database db, Runnable settle) {
        this.db = db;
        this.settle = settle;
    }

    /** The stable text key of a conversation: {@code web:g:g1} or {@code web:u:u1}. */
    public static String key(ConversationKey k) {
        return k.channel() + (k.kind() == ConversationKey.Kind.GROUP ? ":g:" : ":u:") + k.id();
    }

    /** Appends a bot message inside the caller's write transaction and returns its sequence number. */
    public static long append(Connection c, ConversationKey conversation, Reply reply, String payloadJson, long at)
            throws SQLException {
        String key = key(conversation);
        long seq;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO conversations (conversation, last_seq) VALUES (?, 1)
                ON CONFLICT (conversation) DO UPDATE SET last_seq = conversations.last_seq + 1
                RETURNING last_seq""")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        insert(c, key, seq, reply, payloadJson, at);
        return seq;
    }

    /**
     * Stores messages under numbers handed out beforehand ({@link HistoryNumbers}), in batches of statements: each
     * conversation's counter moved once to its highest number here, and every message inserted.
     */
    static void appendAllNumbered(Connection c, List<BehindWrites.Row> rows) throws SQLException {
        Map<String, Long> highest = new java.util.LinkedHashMap<>();
        for (BehindWrites.Row r : rows) highest.merge(r.key(), r.seq(), Math::max);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO conversations (conversation, last_seq) VALUES (?, ?)
                ON CONFLICT (conversation) DO UPDATE SET last_seq = MAX(conversations.last_seq, excluded.last_seq)""")) {
            for (Map.Entry<String, Long> e : highest.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bot_messages (conversation, seq, type, text, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (BehindWrites.Row r : rows) {
                ps.setString(1, r.key());
                ps.setLong(2, r.seq());
                ps.setString(3, r.reply().type().wireName());
                ps.setString(4, r.reply().text());
                ps.setString(5, r.payload());
                ps.setLong(6, r.at());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Stores a message under a number handed out beforehand ({@link HistoryNumbers}, embedded database only), inside
     * the caller's write transaction; the counter row only ever moves forward.
     */
    static void appendNumbered(Connection c, String key, long seq, Reply reply, String payloadJson, long at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO conversations (conversation, last_seq) VALUES (?, ?)
                ON CONFLICT (conversation) DO UPDATE SET last_seq = MAX(conversations.last_seq, excluded.last_seq)""")) {
            ps.setString(1, key);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
        insert(c, key, seq, reply, payloadJson, at);
    }

    private static void insert(Connection c, String key, long seq, Reply reply, String payloadJson, long at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bot_messages (conversation, seq, type, text, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setLong(2, seq);
            ps.setString(3, reply.type().wireName());
            ps.setString(4, reply.text());
            ps.setString(5, payloadJson);
            ps.setLong(6, at);
            ps.executeUpdate();
        }
    }

    /** The bot messages of a conversation after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<Stored> after(ConversationKey conversation, long afterSeq, int limit) {
        return after(conversation, afterSeq, limit, 0);
    }

    /** Likewise, only messages sent at or after {@code sinceMillis} (a member sees a group from when they joined). */
    public List<Stored> after(ConversationKey conversation, long afterSeq, int limit, long sinceMillis) {
        settle.run();
        String key = key(conversation);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT conversation, seq, type, text, payload, created_at FROM bot_messages
                    WHERE conversation = ? AND seq > ? AND created_at >= ? ORDER BY seq LIMIT ?""")) {
                ps.setString(1, key);
                ps.setLong(2, afterSeq);
                ps.setLong(3, sinceMillis);
                ps.setInt(4, Math.min(Math.max(limit, 1), MAX_PAGE));
                return rows(ps);
            }
        });
    }

    /** The newest {@code limit} messages after {@code afterSeq} sent since {@code sinceMillis}, oldest first. */
    public List<Stored> latestAfter(ConversationKey conversation, long afterSeq, int limit, long sinceMillis) {
        settle.run();
        String key = key(conversation);
        List<Stored> out = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT conversation, seq, type, text, payload, created_at FROM bot_messages
                    WHERE conversation = ? AND seq > ? AND created_at >= ? ORDER BY seq DESC LIMIT ?""")) {
                ps.setString(1, key);
                ps.setLong(2, afterSeq);
                ps.setLong(3, sinceMillis);
                ps.setInt(4, Math.min(Math.max(limit, 1), MAX_PAGE));
                return rows(ps);
            }
        });
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<Stored> rows(PreparedStatement ps) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
            }
        }
        return out;
    }

    /** One bot message, or null. */
    public Stored get(ConversationKey conversation, long seq) {
        return one("SELECT conversation, seq, type, text, payload, created_at FROM bot_messages WHERE conversation = ? AND seq = ?",
                key(conversation), seq);
    }

    /** The conversation's newest {@code limit} messages of a type ("answer"), newest first. */
    public List<Stored> recent(ConversationKey conversation, String type, int limit) {
        settle.run();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT conversation, seq, type, text, payload, created_at FROM bot_messages
                    WHERE conversation = ? AND type = ? ORDER BY seq DESC LIMIT ?""")) {
                ps.setString(1, key(conversation));
                ps.setString(2, type);
                ps.setInt(3, Math.min(Math.max(limit, 1), MAX_PAGE));
                return rows(ps);
            }
        });
    }

    /** How far back {@link #involving} looks in a conversation. */
    static final int INVOLVING_SCAN = 5_000;

    /**
     * A member's part of a group conversation, oldest first, at most {@code limit}: what they wrote (where the
     * channel keeps members' messages) and the bot's replies to them, among the conversation's newest messages.
     */
    public List<Stored> involving(ConversationKey conversation, String userId, int limit) {
        settle.run();
        List<Stored> recent = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT conversation, seq, type, text, payload, created_at FROM bot_messages
                    WHERE conversation = ? ORDER BY seq DESC LIMIT ?""")) {
                ps.setString(1, key(conversation));
                ps.setInt(2, INVOLVING_SCAN);
                return rows(ps);
            }
        });
        List<Stored> out = new ArrayList<>();
        for (Stored m : recent) {
            if (out.size() >= limit) break;
            try {
                com.fasterxml.jackson.databind.JsonNode p = PAYLOAD.readTree(m.payload());
                if (userId.equals(p.path("from").asText(null)) || userId.equals(p.path("to").asText(null))) out.add(m);
            } catch (java.io.IOException e) {
                // a payload we cannot read names no one
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Whose message a stored bot reply answers (its payload's {@code to}), or null for one posted on its own. */
    public static String answeredUser(Stored m) {
        try {
            com.fasterxml.jackson.databind.JsonNode to = PAYLOAD.readTree(m.payload()).get("to");
            return to == null || !to.isTextual() ? null : to.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper PAYLOAD = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The conversation's latest bot message of a type ("answer"), or null. */
    public Stored latest(ConversationKey conversation, String type) {
        return one("""
                SELECT conversation, seq, type, text, payload, created_at FROM bot_messages
                WHERE conversation = ? AND type = ? ORDER BY seq DESC LIMIT 1""", key(conversation), type);
    }

    private Stored one(String sql, String conversation, Object second) {
        settle.run();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, conversation);
                ps.setObject(2, second);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)) : null;
                }
            }
        });
    }

    /** Deletes bot messages older than the cutoff (retention); returns how many. */
    public int deleteBefore(long cutoffMillis) {
        return db.write(c -> {
            return Sql.update(c, "DELETE FROM bot_messages WHERE created_at < ?", cutoffMillis);
        });
    }
}
