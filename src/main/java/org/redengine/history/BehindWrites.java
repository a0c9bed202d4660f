package org.redengine.history;

import org.redengine.conversation.Incoming;
import org.redengine.people.PeopleStore;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * History records written behind replies, gathered and committed together: one write of the group commit stores
 * every record queued since the last one (in one batch of statements) and each member's "last seen" once, instead of
 * a write of several statements per reply. Records are appended in the order their numbers were handed out (the
 * caller appends while holding the conversation's numbering), so a conversation's messages are committed in number
 * order. The backlog is bounded by the caller ({@link #pending()}): past it, a reply waits for its record.
 */
final class BehindWrites {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BehindWrites.class);

    /** One message to store under a number already handed out. */
    record Row(String key, long seq, org.redengine.conversation.Reply reply, String payload, long at) {
    }

    private final Database db;
    private final ConcurrentLinkedQueue<Row> rows = new ConcurrentLinkedQueue<>();
    /** The latest message of each member with records queued: their "last seen" is written once per batch. */
    private final Map<String, Incoming> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    private final LongAdder written = new LongAdder();
    private final LongAdder lost = new LongAdder();

    BehindWrites(Database db) {
        this.db = db;
    }

    /** Queues records (and the member's "last seen") and makes sure a write will store them. */
    void add(List<Row> messages, Incoming from) {
        seen.put(from.channel() + "\u0000" + from.groupId() + "\u0000" + from.userId(), from);
        pending.addAndGet(messages.size());
        rows.addAll(messages);
        if (scheduled.compareAndSet(false, true)) {
            int[] stored = {0};
            db.writeAsync(c -> {
                flush(c, stored);
                return null;
            }).whenComplete((ok, e) -> {
                pending.addAndGet(-stored[0]);
                if (e == null) {
                    written.add(stored[0]);
                } else {
                    lost.add(stored[0]);
                    log.warn("{} history records written behind their replies could not be stored", stored[0], e);
                }
            });
        }
    }

    /**
     * Stores everything queued so far in the writer's transaction; {@code taken[0]} says how many records it took
     * off the queue (set before writing them, so a failed write counts them as lost).
     */
    private void flush(Connection c, int[] taken) throws SQLException {
        scheduled.set(false); // from here on, a record queued is either taken below or makes another write
        List<Row> batch = new ArrayList<>();
        for (Row r = rows.poll(); r != null; r = rows.poll()) batch.add(r);
        taken[0] = batch.size();
        for (String member : List.copyOf(seen.keySet())) {
            Incoming m = seen.remove(member);
            if (m != null) PeopleStore.recordSeen(c, m);
        }
        if (!batch.isEmpty()) MessageHistory.appendAllNumbered(c, batch);
    }

    /** Records queued or being written. */
    int pending() {
        return pending.get();
    }

    long written() {
        return written.sum();
    }

    long lost() {
        return lost.sum();
    }
}
