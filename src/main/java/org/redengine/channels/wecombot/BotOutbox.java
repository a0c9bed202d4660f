package org.redengine.channels.wecombot;

import org.redengine.storage.Database;
import org.redengine.storage.Sql;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The robot's proactive messages, queued durably ({@code wecom_bot_outbox}) until the platform acknowledges them.
 * A row is claimed before it is sent (its {@code next_at} moved on with a guarded update), so with several nodes
 * only one sends it; an unacknowledged one is tried again after the claim runs out, backing off to five minutes.
 */
final class BotOutbox {

    record Queued(String id, String chatId, String content, long nextAt, int attempts) {
    }

    static final Duration CLAIM = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final Database db;
    private final Clock clock;

    BotOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void add(String chatId, String content, long seq) {
        long now = clock.millis();
        db.write(c -> Sql.update(c, "INSERT INTO wecom_bot_outbox (id, chat_id, content, created_at, seq, attempts, next_at) VALUES (?, ?, ?, ?, ?, 0, ?)",
                UUID.randomUUID().toString(), chatId, content, now, seq, now));
    }

    /** The oldest message of each chat that is due now (a chat's messages go out in order, one at a time). */
    List<Queued> due(int limit) {
        long now = clock.millis();
        List<Queued> all = db.read(c -> Sql.list(c, """
                SELECT id, chat_id, content, next_at, attempts FROM wecom_bot_outbox ORDER BY created_at, seq LIMIT ?""",
                rs -> new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)), limit * 4));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Queued> out = new java.util.ArrayList<>();
        for (Queued q : all) {
            if (!seen.add(q.chatId())) continue; // an older one of this chat goes first
            if (q.nextAt() <= now) out.add(q);
            if (out.size() >= limit) break;
        }
        return out;
    }

    /** Claims a due row for this node; false when another took it first. */
    boolean claim(Queued q) {
        long now = clock.millis();
        long backoff = Math.min(MAX_RETRY.toMillis(), CLAIM.toMillis() << Math.min(q.attempts(), 4));
        return db.write(c -> Sql.update(c, "UPDATE wecom_bot_outbox SET next_at = ?, attempts = attempts + 1 WHERE id = ? AND next_at = ?",
                now + backoff, q.id(), q.nextAt()) > 0);
    }

    void sent(String id) {
        db.write(c -> Sql.update(c, "DELETE FROM wecom_bot_outbox WHERE id = ?", id));
    }

    /** Puts a claimed row back to be tried again at once (the connection dropped before it went out). */
    void release(Queued q) {
        db.write(c -> Sql.update(c, "UPDATE wecom_bot_outbox SET next_at = ? WHERE id = ?", clock.millis(), q.id()));
    }

    long size() {
        return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM wecom_bot_outbox", rs -> rs.getLong(1)));
    }
}
