package org.redengine.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The database: SQLite in the data directory by default (WAL journal, synchronous=FULL, so an acknowledged write
 * survives a crash), or PostgreSQL when a {@code jdbc:postgresql:} URL is given. Migrations run at start-up
 * (Flyway). Reads use a small pool; writes go through one {@link WriteQueue} that commits them in batches.
 * Never call this from a Netty event loop: everything here blocks.
 *
 * <p>The write contract. Work given to {@link #write} or {@link #writeAsync} runs on the single writer thread,
 * inside a transaction it shares with up to 511 other writes (each under its own savepoint), and may run again, up to
 * 8 times, when it lost a lock race to another node. So it must only use the connection it is given: quick SQL,
 * no other I/O, no waiting, and no side effects outside the database that could happen twice. A write or a read
 * started from inside a write would wait for the very batch that runs it; both fail at once with an
 * {@link IllegalStateException} instead of deadlocking.</p>
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    public enum Kind { SQLITE, POSTGRESQL }

    public static final String EMBEDDED_FILE = "redengine.db";

    private final Kind kind;
    private final HikariDataSource pool;
    private final HikariDataSource writerPool;
    private final WriteQueue writes;
    private final Path file;
    private final String url;
    private final ScheduledExecutorService checkpoints;

    private Database(Kind kind, HikariDataSource pool, HikariDataSource writerPool, Path file) {
        this.kind = kind;
        this.url = pool.getJdbcUrl();
        this.pool = pool;
        this.writerPool = writerPool;
        this.file = file;
        this.writes = new WriteQueue(this::writerConnection, "db-writer");
        this.checkpoints = kind == Kind.SQLITE ? startCheckpoints() : null;
    }

    private ScheduledExecutorService startCheckpoints() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("db-checkpoint").unstarted(r));
        s.scheduleWithFixedDelay(() -> {
            try {
                checkpoint();
            } catch (RuntimeException e) {
                // closing interrupts a task in progress: that is no failure to report
                if (!s.isShutdown()) log.warn("checkpoint failed (will retry)", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        // query planner statistics (SQLite's advice: PRAGMA optimize at start and now and then); through the write
        // queue, since it writes the statistics, and with a row limit per index so it stays quick
        s.scheduleWithFixedDelay(() -> {
            try {
                write(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA analysis_limit=1000");
                        st.execute("PRAGMA optimize=0x10002");
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                if (!s.isShutdown()) log.warn("PRAGMA optimize failed", e);
            }
        }, 0, 1, TimeUnit.HOURS);
        return s;
    }

    /** Every module's migrations (Flyway scans the folder and its subfolders, one per module). */
    public static final List<String> ALL_MIGRATIONS = List.of("classpath:db/migration");

    /** Opens (creating and migrating if needed) the database: {@code url} when given, else SQLite in {@code dataDir}. */
    public static Database open(String url, Path dataDir) throws IOException {
        return open(url, dataDir, ALL_MIGRATIONS);
    }

    /** Likewise, with the given modules' migration folders (each module owns its tables). */
    public static Database open(String url, Path dataDir, List<String> migrations) throws IOException {
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("只支持 PostgreSQL 的 --db-url（jdbc:postgresql://…）：" + url);
            }
            HikariDataSource pool = pool(url, 8, false, null);
            // the writer waits for another node's row lock briefly, then retries the write (see WriteQueue)
            HikariDataSource writer = pool(url, 1, false, "SET lock_timeout = '100ms'");
            migrate(pool, migrations);
            return new Database(Kind.POSTGRESQL, pool, writer, null);
        }
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(EMBEDDED_FILE).toAbsolutePath();
        checkExistingFile(file);
        String sqliteUrl = "jdbc:sqlite:" + file;
        // checkpoints run beside the writer (see checkpoint()), not inside the commits that acknowledge writes
        HikariDataSource writer;
        try {
            writer = pool(sqliteUrl, 1, true, "PRAGMA wal_autocheckpoint=0");
            migrate(writer, migrations);
        } catch (RuntimeException e) {
            if (corrupt(e)) throw new StartupException(unreadable(file, "已损坏，无法打开"), e);
            throw e;
        }
        HikariDataSource pool = pool(sqliteUrl, 4, true, null);
        return new Database(Kind.SQLITE, pool, writer, file);
    }

    /**
     * An existing database file must be one: a zero-length or foreign file is never silently started over (that
     * would look like every member's data gone); the admin is told how to restore it instead.
     */
    private static void checkExistingFile(Path file) throws IOException {
        if (!Files.exists(file)) return;
        long size = Files.size(file);
        if (size == 0) throw new StartupException(unreadable(file, "是空文件（0 字节）"));
        byte[] head = new byte[16];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 16);
            if (n < 16 || !new String(head, 0, 15, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3")) {
                throw new StartupException(unreadable(file, "不是 SQLite 数据库文件"));
            }
        }
    }

    private static String unreadable(Path file, String what) {
        return "数据库文件 " + file + " " + what + "。\n"
                + "为了不丢失数据，服务没有启动，也没有改动这个文件。\n"
                + "请从备份恢复：./redengine restore 备份文件.db --data " + file.getParent() + "\n"
                + "如果确实要从空数据库重新开始，请先把这个文件移走（例如改名为 redengine.db.bad），再启动。";
    }

    private static boolean corrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("file is not a database")
                    || m.contains("database disk image is malformed")) return true;
        }
        return false;
    }

    private static HikariDataSource pool(String url, int size, boolean sqlite, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName(sqlite ? "sqlite" : "postgresql");
        if (initSql != null) config.setConnectionInitSql(initSql);
        if (sqlite) {
            // WAL lets readers run beside the writer; FULL syncs the WAL on every commit (durable across crashes)
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
        }
        return new HikariDataSource(config);
    }

    private static void migrate(HikariDataSource ds, List<String> migrations) {
        Flyway.configure().dataSource(ds).locations(migrations.toArray(String[]::new)).load().migrate();
    }

    /** A connection of its own, outside the pools (for a session that holds a lock or listens); the caller closes it. */
    public Connection dedicatedConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(url);
    }

    public Kind kind() {
        return kind;
    }

    /** Runs read-only work on a pooled connection (autocommit). */
    public <T> T read(SqlWork<T> work) {
        refuseInsideWrite("Database.read");
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("read failed", e);
        }
    }

    /** Queues a write; the future completes once it is committed (durable), or fails. */
    public <T> CompletableFuture<T> writeAsync(SqlWork<T> work) {
        refuseInsideWrite("Database.writeAsync");
        return writes.submit(work);
    }

    private void refuseInsideWrite(String what) {
        if (writes.onWriterThread()) {
            throw new IllegalStateException(what + " called inside a write: it would wait for the batch that runs it. "
                    + "Use the write's own connection for everything the write needs.");
        }
    }

    /** Writes and waits until the write is committed. */
    public <T> T write(SqlWork<T> work) {
        refuseInsideWrite("Database.write");
        try {
            return writes.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StorageException se) throw se;
            throw new StorageException("write failed", e.getCause());
        }
    }

    private Connection writerConnection() {
        try {
            return writerPool.getConnection();
        } catch (SQLException e) {
            throw new StorageException("no database connection", e);
        }
    }

    /**
     * A consistent copy of the embedded database taken while the server runs ({@code VACUUM INTO}); for
     * PostgreSQL use pg_dump.
     */
    public void backupTo(Path target) {
        if (kind != Kind.SQLITE) {
            throw new UnsupportedOperationException("PostgreSQL 请使用 pg_dump 备份");
        }
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    /**
     * Moves committed pages from the write-ahead log into the database file without blocking writers or readers
     * (SQLite's PASSIVE checkpoint); run every second on its own thread, because the writer's commits skip it.
     */
    public void checkpoint() {
        if (kind != Kind.SQLITE) return;
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return null;
        });
    }

    /** The embedded database file (null for PostgreSQL). */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (checkpoints != null) checkpoints.shutdownNow();
        writes.close();
        pool.close();
        writerPool.close();
    }
}
