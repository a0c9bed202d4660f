package org.redengine.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.storage.Database;
import org.redengine.storage.TestPostgres;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes' write queues on one PostgreSQL, each batch taking the same two row locks in the opposite order (the
 * classic deadlock): every write still succeeds exactly once, because a write that loses a lock race is rolled
 * back alone and run again.
 */
class CrossNodeWritesTest {

    @TempDir
    Path tmp;

    @Test
    void writesThatLoseALockRaceAreRetriedNotLost() throws Exception {
        String url = TestPostgres.shared().createDatabase("cross_node_writes");
        try (Database a = Database.open(url, tmp.resolve("a")); Database b = Database.open(url, tmp.resolve("b"))) {
            a.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
                    s.execute("INSERT INTO counters VALUES (1, 0), (2, 0)");
                }
                return null;
            });
            List<CompletableFuture<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                writes.add(a.writeAsync(c -> bump(c, 1, 2)));
                writes.add(b.writeAsync(c -> bump(c, 2, 1)));
            }
            for (CompletableFuture<Integer> w : writes) assertThat(w.get()).isEqualTo(2);
            int[] n = a.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT n FROM counters ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                    int[] out = new int[2];
                    for (int i = 0; rs.next(); i++) out[i] = rs.getInt(1);
                    return out;
                }
            });
            assertThat(n).containsExactly(600, 600);
        }
    }

    private static int bump(java.sql.Connection c, int first, int second) throws java.sql.SQLException {
        int done = 0;
        for (int id : new int[] {first, second}) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE counters SET n = n + 1 WHERE id = ?")) {
                ps.setInt(1, id);
                done += ps.executeUpdate();
            }
        }
        return done;
    }
}
