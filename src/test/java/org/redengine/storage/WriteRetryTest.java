package org.redengine.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write that loses a lock race (PostgreSQL's deadlock or lock-timeout errors, raised here by the work itself so
 * that the embedded database can stand in) is rolled back alone and run again: it lands exactly once, still ahead
 * of the writes queued after it, and gives up with a clear error only after {@link WriteQueue#MAX_ATTEMPTS} losses.
 */
class WriteRetryTest {

    private static final String DEADLOCK = "40P01";
    private static final String LOCK_TIMEOUT = "55P03";

    @TempDir
    Path tmp;

    @Test
    void aWriteThatKeepsLosingLockRacesLandsOnceAndBeforeTheWritesQueuedAfterIt() throws Exception {
        try (Database db = Database.open(null, tmp)) {
            List<String> landed = new ArrayList<>();
            AtomicInteger tries = new AtomicInteger();
            CompletableFuture<Integer> first = db.writeAsync(c -> {
                int inserted = insertUser(c, "first");
                if (tries.incrementAndGet() <= 12) {
                    throw new SQLException("canceling statement due to lock timeout", tries.get() % 2 == 0 ? DEADLOCK : LOCK_TIMEOUT);
                }
                landed.add("first");
                return inserted;
            });
            CompletableFuture<Integer> second = db.writeAsync(c -> {
                landed.add("second");
                return insertUser(c, "second");
            });
            CompletableFuture<Integer> third = db.writeAsync(c -> {
                landed.add("third");
                return insertUser(c, "third");
            });
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
            assertThat(third.get()).isEqualTo(1);
            assertThat(tries.get()).isEqualTo(13);
            assertThat(landed).containsExactly("first", "second", "third");
            int rows = db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM users WHERE user_id = ?", rs -> rs.getInt(1), "first"));
            assertThat(rows).isEqualTo(1); // the twelve lost attempts were rolled back
        }
    }

    @Test
    void aWriteGivesUpAfterTheLastAttemptAndTheWriterGoesOn() throws Exception {
        try (Database db = Database.open(null, tmp)) {
            AtomicInteger tries = new AtomicInteger();
            CompletableFuture<Integer> hopeless = db.writeAsync(c -> {
                tries.incrementAndGet();
                throw new SQLException("deadlock detected", DEADLOCK);
            });
            assertThatThrownBy(hopeless::get).hasCauseInstanceOf(StorageException.class)
                    .rootCause().hasMessageContaining("deadlock detected");
            assertThat(tries.get()).isEqualTo(WriteQueue.MAX_ATTEMPTS);
            int after = db.write(c -> insertUser(c, "after"));
            assertThat(after).isEqualTo(1);
        }
    }

    private static int insertUser(java.sql.Connection c, String id) throws SQLException {
        return Sql.update(c, "INSERT INTO users (channel, user_id, name, first_seen, last_seen) VALUES (?, ?, '', 0, 0)", "web", id);
    }
}
