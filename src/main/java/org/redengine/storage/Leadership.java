package org.redengine.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One node of a cluster at a time does a job (the contest timer), by holding a PostgreSQL session-level advisory
 * lock on a connection of its own. If that node dies its session ends, the lock is free, and the next node that
 * asks takes over. On the embedded database there is one node, so it always leads.
 */
public final class Leadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    private final Database db;
    private final long key;
    private final String job;
    private Connection held;

    public Leadership(Database db, String job) {
        this.db = db;
        this.job = job;
        this.key = 0x5245_0000_0000L | (job.hashCode() & 0xffff_ffffL); // "RE" + the job
    }

    /** Whether this node leads now; tries to take the lead when no one holds it. Call from one thread. */
    public synchronized boolean lead() {
        if (db.kind() != Database.Kind.POSTGRESQL) return true;
        try {
            if (held != null) {
                if (held.isValid(2)) return true;
                log.warn("lost the connection holding the {} lead", job);
                closeQuietly();
            }
            Connection c = db.dedicatedConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        held = c;
                        log.info("this node now runs the {}", job);
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException | RuntimeException e) {
            log.warn("could not ask for the {} lead", job, e);
            closeQuietly();
            return false;
        }
    }

    private void closeQuietly() {
        try {
            if (held != null) held.close();
        } catch (SQLException ignored) {
            // the session is gone either way, and with it the lock
        }
        held = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
