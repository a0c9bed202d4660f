package org.redengine.knowledge.edit;

import org.postgresql.PGConnection;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps this node's knowledge directory in step with knowledge edits made on any node (PostgreSQL only). An edit
 * records its version in the database and NOTIFYs {@value #CHANNEL} in the same transaction; every node LISTENs,
 * writes the versions it has not applied yet into its own directory, and rebuilds its index. The last version
 * applied is kept in the hidden file {@value #MARKER}, so a node that was down (or new) catches up when it starts.
 */
public final class KnowledgeSync implements AutoCloseable {

    static final String CHANNEL = "redengine_kb";
    static final String MARKER = ".redengine-version";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);

    private final Path dir;
    private final KnowledgeService knowledge;
    private final Database db;
    private volatile boolean closed;
    private Thread listener;
    private Connection listening;

    public KnowledgeSync(Path dir, KnowledgeService knowledge, Database db) {
        this.dir = dir;
        this.knowledge = knowledge;
        this.db = db;
    }

    /** Applies every version this directory has not seen; returns how many files changed. Does not rebuild. */
    public synchronized int catchUp() {
        long applied = marker();
        record V(long id, String file, String after) {
        }
        List<V> versions = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, file, after_text FROM kb_versions WHERE id > ? ORDER BY id")) {
                ps.setLong(1, applied);
                List<V> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new V(rs.getLong(1), rs.getString(2), VersionText.unpack(rs.getString(3))));
                }
                return out;
            }
        });
        int changed = 0;
        for (V v : versions) {
            try {
                Path target = dir.resolve(v.file()).normalize();
                if (!target.startsWith(dir.normalize())) continue; // never outside the directory
                if (v.after() == null) {
                    if (Files.deleteIfExists(target)) changed++;
                } else if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(v.after())) {
                    org.redengine.storage.AtomicFiles.replace(target, v.after().getBytes(StandardCharsets.UTF_8));
                    changed++;
                }
                setMarker(v.id());
            } catch (IOException e) {
                log.warn("could not apply knowledge version {} to {}", v.id(), v.file(), e);
                break; // keep the order: try again from here next time
            }
        }
        return changed;
    }

    /** Catches up and rebuilds the index when a file changed. */
    public void syncNow() {
        if (catchUp() > 0) {
            try {
                knowledge.reload();
            } catch (IOException e) {
                log.warn("knowledge rebuild after a sync failed", e);
            }
        }
    }

    /** LISTENs on a connection of its own and syncs on every notification (and every 5 s, in case one was missed). */
    public void start() {
        listener = Thread.ofPlatform().daemon().name("knowledge-sync").start(this::listen);
    }

    private void listen() {
        while (!closed) {
            try (Connection c = db.dedicatedConnection()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                syncNow(); // whatever was missed while not listening
                long lastSync = System.currentTimeMillis();
                while (!closed) {
                    var notes = pg.getNotifications(500);
                    if ((notes != null && notes.length > 0) || System.currentTimeMillis() - lastSync > 5_000) {
                        syncNow();
                        lastSync = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) return;
                log.warn("knowledge sync listener failed; reconnecting in a second", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private long marker() {
        try {
            Path m = dir.resolve(MARKER);
            return Files.exists(m) ? Long.parseLong(Files.readString(m).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    void setMarker(long id) throws IOException {
        Files.writeString(dir.resolve(MARKER), Long.toString(id));
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (listening != null) listening.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
