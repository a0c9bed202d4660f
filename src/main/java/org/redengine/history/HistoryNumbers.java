package org.redengine.history;

import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Message numbers handed out in memory, for the embedded database, where this process is the only writer. Each
 * conversation's counter starts from its stored {@code last_seq} (read once) and is advanced under the
 * conversation's lock together with queueing the write, so the single writer commits a conversation's messages in
 * the order of their numbers, and a reply can carry its number before the write is committed. A write that fails
 * leaves a gap; a number is never handed out twice. Several nodes (PostgreSQL) number in the database instead,
 * where the counter row's lock orders commits across nodes.
 */
final class HistoryNumbers {

    private static final class Counter {
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        long last = -1; // not read yet
    }

    private final Database db;
    /** One small counter per conversation this process has written to since it started. */
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    HistoryNumbers(Database db) {
        this.db = db;
    }

    /**
     * Reserves {@code count} consecutive numbers in a conversation and, still holding its lock, hands the first to
     * {@code queue} (which must only queue the write, not wait for it), so numbers and queue order agree.
     */
    <T> T reserve(String conversation, int count, LongFunction<T> queue) {
        Counter counter = counters.computeIfAbsent(conversation, k -> new Counter());
        counter.lock.lock(); // a lock, not synchronized: the first use reads the database on a virtual thread
        try {
            if (counter.last < 0) counter.last = stored(conversation);
            long first = counter.last + 1;
            counter.last += count;
            return queue.apply(first);
        } finally {
            counter.lock.unlock();
        }
    }

    private long stored(String conversation) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM conversations WHERE conversation = ?")) {
                ps.setString(1, conversation);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
