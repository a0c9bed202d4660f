import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.history.StoredConversationLog;
import org.redengine.storage.Database;
import org.redengine.storage.TestPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Storage write benchmark: acknowledged (committed) writes per second through {@link Database#write}, on the
 * embedded SQLite (WAL, synchronous=FULL) in a fresh temp directory and on a throw-away PostgreSQL started with
 * {@link TestPostgres}. Per database it runs three phases, each with a warm-up followed by a measured window:
 * single-row INSERTs from many client threads (group-committed by the write queue), bot messages through
 * {@link StoredConversationLog#post}, and a one-thread baseline where every write is its own commit. After each
 * phase it checks that the rows in the database match the writes that were acknowledged.
 * Launched by bench/storage-bench.sh; options: --clients N (64), --seconds S (10), --skip-postgres.
 */
public class StorageBench {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int CONVERSATIONS = 200;
    private static final double TARGET_PER_SECOND = 5_000;
    private static final String VERIFIED = "verified";
    private static final List<String> SQLITE_SYNCHRONOUS = List.of("OFF", "NORMAL", "FULL", "EXTRA");
    private static final String BATCHED = "single-row INSERT via db.write (group commit)";
    private static final String UNBATCHED = "single-row INSERT, no batching (1 writer, one write per commit)";

    /** One write by a client that returns once it is acknowledged; {@code n} numbers that client's writes. */
    @FunctionalInterface
    interface Write {
        void run(int client, long n);
    }

    record Options(int clients, int seconds, boolean skipPostgres) {

        static Options parse(String[] args) {
            int clients = 64;
            int seconds = 10;
            boolean skipPostgres = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--clients" -> clients = positive(args, ++i);
                    case "--seconds" -> seconds = positive(args, ++i);
                    case "--skip-postgres" -> skipPostgres = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (usage: [--clients N] [--seconds S] [--skip-postgres])");
                }
            }
            return new Options(clients, seconds, skipPostgres);
        }

        private static int positive(String[] args, int i) {
            int value = i < args.length ? Integer.parseInt(args[i]) : 0;
            if (value <= 0) throw new IllegalArgumentException(args[i - 1] + " needs a positive number");
            return value;
        }
    }

    /** What one load run saw: sorted latencies (ns) of the writes measured in the window, plus all acks and errors. */
    record Load(long[] latencies, long acked, long errors, double seconds) {

        double perSecond() {
            return latencies.length / seconds;
        }

        double millis(double percentile) {
            if (latencies.length == 0) return Double.NaN;
            int index = (int) Math.ceil(percentile * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }
    }

    /** One row of the result table; {@code check} is {@value #VERIFIED} or what did not match. */
    record Result(String database, String workload, int clients, Load load, String check) {

        boolean verified() {
            return check.equals(VERIFIED) && load.errors() == 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.err.printf("storage bench: %d clients, %d s measured after %d s warm-up per phase, %d CPUs, Java %s%n",
                options.clients(), options.seconds(), WARM_UP_NANOS / 1_000_000_000L,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<String> notes = new ArrayList<>();
        List<Result> results = new ArrayList<>(embedded(options, notes));
        if (options.skipPostgres()) {
            notes.add("PostgreSQL: skipped (--skip-postgres)");
        } else {
            results.addAll(postgres(options, notes));
        }
        printTable(results, notes);
        if (!results.stream().allMatch(Result::verified)) System.exit(1);
    }

    // --- databases ---

    private static List<Result> embedded(Options options, List<String> notes) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("storage-bench-");
        try (Database db = Database.open(null, dir)) {
            notes.add("SQLite: " + durability(db) + ", fresh database in a temp dir under " + dir.getParent() + " (deleted afterwards)");
            List<Result> results = phases("SQLite", db, options);
            notes.add(targetNote(results.get(0)));
            return results;
        } finally {
            deleteRecursively(dir);
        }
    }

    private static List<Result> postgres(Options options, List<String> notes) throws Exception {
        if (!TestPostgres.available()) {
            notes.add("PostgreSQL: skipped (" + TestPostgres.unavailableReason() + ")");
            return List.of();
        }
        System.err.println("starting PostgreSQL …");
        try (TestPostgres pg = TestPostgres.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "stop-postgres")); // also on Ctrl-C
            try (Database db = Database.open(pg.createDatabase("storage_bench"), null)) {
                notes.add("PostgreSQL: " + durability(db) + ", local server on 127.0.0.1:" + pg.port());
                return phases("PostgreSQL", db, options);
            }
        }
    }

    /** Batched INSERTs, bot messages, then the unbatched baseline; the first result is the batched INSERT run. */
    private static List<Result> phases(String database, Database db, Options options) throws InterruptedException {
        db.write(c -> execute(c, "CREATE TABLE IF NOT EXISTS bench_writes (id TEXT PRIMARY KEY, client INT, n BIGINT, at BIGINT)"));
        Result batched = insertPhase(database, db, BATCHED, "batched", options.clients(), options.seconds());
        Result messages = messagePhase(database, db, options.clients(), options.seconds());
        Result unbatched = insertPhase(database, db, UNBATCHED, "unbatched", 1, options.seconds());
        return List.of(batched, messages, unbatched);
    }

    private static String durability(Database db) {
        return db.write(c -> db.kind() == Database.Kind.SQLITE
                ? "journal_mode=" + queryString(c, "PRAGMA journal_mode")
                        + ", synchronous=" + SQLITE_SYNCHRONOUS.get(Integer.parseInt(queryString(c, "PRAGMA synchronous")))
                : "fsync=" + queryString(c, "SHOW fsync") + ", synchronous_commit=" + queryString(c, "SHOW synchronous_commit"));
    }

    private static String targetNote(Result sqliteBatched) {
        double perSecond = sqliteBatched.load().perSecond();
        return String.format(Locale.ROOT, "Target ≥ %,.0f acknowledged single-row writes/s on SQLite: %s (%,.0f/s)",
                TARGET_PER_SECOND, perSecond >= TARGET_PER_SECOND ? "met" : "NOT met", perSecond);
    }

    // --- phases ---

    /** Single-row INSERTs whose ids start with {@code phase}, so each phase counts only its own rows. */
    private static Result insertPhase(String database, Database db, String workload, String phase, int clients,
                                      int seconds) throws InterruptedException {
        System.err.printf("%s: %s, %d client(s) …%n", database, workload, clients);
        Load load = run(clients, seconds, (client, n) -> db.write(c -> insertRow(c, phase, client, n)));
        long rows = queryLong(db, "SELECT COUNT(*) FROM bench_writes WHERE id LIKE ?", phase + ":%");
        return new Result(database, workload, clients, load, check(rows, load.acked()));
    }

    private static Result messagePhase(String database, Database db, int clients, int seconds) throws InterruptedException {
        System.err.printf("%s: bot messages via StoredConversationLog.post, %d clients …%n", database, clients);
        StoredConversationLog log = new StoredConversationLog(db, Clock.systemUTC());
        Load load = run(clients, seconds, (client, n) -> log.post(
                ConversationKey.group("web", "g" + ThreadLocalRandom.current().nextInt(CONVERSATIONS)),
                Reply.of(ReplyType.NOTICE, "benchmark message " + client + "/" + n)));
        long rows = queryLong(db, "SELECT COUNT(*) FROM bot_messages");
        long handedOut = queryLong(db, "SELECT COALESCE(SUM(last_seq), 0) FROM conversations");
        String check = rows == handedOut ? check(rows, load.acked())
                : "MISMATCH: " + rows + " messages but " + handedOut + " sequence numbers";
        return new Result(database, "bot message via StoredConversationLog.post (" + CONVERSATIONS + " conversations)",
                clients, load, check);
    }

    private static String check(long rows, long acked) {
        return rows == acked ? VERIFIED : "MISMATCH: " + rows + " rows, " + acked + " acknowledged";
    }

    private static int insertRow(Connection c, String phase, int client, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_writes (id, client, n, at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, phase + ":" + client + ":" + n);
            ps.setInt(2, client);
            ps.setLong(3, n);
            ps.setLong(4, System.currentTimeMillis());
            return ps.executeUpdate();
        }
    }

    // --- load generator ---

    /** Runs the write from {@code clients} threads back to back through warm-up and the measured window. */
    private static Load run(int clients, int seconds, Write write) throws InterruptedException {
        long measureFrom = System.nanoTime() + WARM_UP_NANOS;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Client> all = new ArrayList<>(clients);
        List<Thread> threads = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, write, measureFrom, end);
            all.add(client);
            threads.add(Thread.ofPlatform().daemon().name("bench-client-" + i).start(client));
        }
        for (Thread t : threads) t.join();
        all.stream().map(c -> c.firstError).filter(e -> e != null).findFirst()
                .ifPresent(e -> System.err.println("first write error: " + e + (e.getCause() == null ? "" : " caused by " + e.getCause())));
        long[] latencies = all.stream().flatMapToLong(c -> c.latencies.build()).sorted().toArray();
        return new Load(latencies, all.stream().mapToLong(c -> c.acked).sum(),
                all.stream().mapToLong(c -> c.errors).sum(), seconds);
    }

    /**
     * One client thread writing until the end. Every returned write counts as acknowledged; its latency is kept
     * (and it counts towards the rate) only when it was issued and acknowledged inside the measured window.
     */
    private static final class Client implements Runnable {
        private final int id;
        private final Write write;
        private final long measureFrom;
        private final long end;
        final LongStream.Builder latencies = LongStream.builder();
        long acked;
        long errors;
        RuntimeException firstError;

        Client(int id, Write write, long measureFrom, long end) {
            this.id = id;
            this.write = write;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        @Override
        public void run() {
            for (long n = 0; ; n++) {
                long start = System.nanoTime();
                if (start >= end) return;
                try {
                    write.run(id, n);
                } catch (RuntimeException e) {
                    errors++;
                    if (firstError == null) firstError = e;
                    continue;
                }
                long done = System.nanoTime();
                acked++;
                if (start >= measureFrom && done <= end) latencies.accept(done - start);
            }
        }
    }

    // --- output ---

    private static void printTable(List<Result> results, List<String> notes) {
        System.out.println();
        System.out.println("| database | workload | clients | acknowledged writes/s | p50 ms | p99 ms | max ms | errors | batched / unbatched | rows |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : results) {
            Load l = r.load();
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %,.0f | %.1f | %.1f | %.1f | %d | %s | %s |%n",
                    r.database(), r.workload(), r.clients(), l.perSecond(), l.millis(0.50), l.millis(0.99), l.millis(1.0),
                    l.errors(), ratio(r, results), r.check());
        }
        System.out.println();
        notes.forEach(n -> System.out.println("- " + n));
    }

    /** Batched INSERT rate over the unbatched one of the same database, shown on the batched INSERT row only. */
    private static String ratio(Result r, List<Result> results) {
        if (!r.workload().equals(BATCHED)) return "";
        return results.stream()
                .filter(u -> u.database().equals(r.database()) && u.workload().equals(UNBATCHED))
                .findFirst()
                .map(u -> String.format(Locale.ROOT, "%.1f×", r.load().perSecond() / u.load().perSecond()))
                .orElse("");
    }

    // --- SQL and file helpers ---

    /** Runs one statement; returns null so it can be the whole of a {@code db.write}. */
    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        }
    }

    private static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long queryLong(Database db, String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
