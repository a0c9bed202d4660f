package org.redengine.channels.wechat;

import org.redengine.storage.Database;
import org.redengine.storage.Sql;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An Official Account follower's messages that WeChat refused outside the 48-hour customer-service window, held
 * for their next visit (a follower who writes opens the window again).
 */
final class HeldMessages {

    /** On the next visit the latest few go out; older ones are dropped rather than flood the follower. */
    static final int SENT_ON_RETURN = 5;

    private final Database db;
    private final Clock clock;

    HeldMessages(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void hold(String openId, String text) {
        long now = clock.millis();
        db.write(c -> Sql.update(c, "INSERT INTO wechat_held_messages (id, open_id, text, created_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), openId, text, now));
    }

    /** The follower's held messages, oldest first (at most the latest few), removed from the store. */
    List<String> takeAll(String openId) {
        if (!db.read(c -> Sql.one(c, "SELECT 1 FROM wechat_held_messages WHERE open_id = ? LIMIT 1", rs -> true, openId) != null)) {
            return List.of(); // the common case: one cheap read, no write
        }
        return db.write(c -> {
            List<String> latest = Sql.list(c, "SELECT text FROM wechat_held_messages WHERE open_id = ? ORDER BY created_at DESC LIMIT ?",
                    rs -> rs.getString(1), openId, SENT_ON_RETURN);
            Sql.update(c, "DELETE FROM wechat_held_messages WHERE open_id = ?", openId);
            java.util.Collections.reverse(latest);
            return latest;
        });
    }
}
