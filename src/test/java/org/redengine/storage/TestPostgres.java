package org.redengine.storage;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts a real, throw-away PostgreSQL server for tests (no mocks, no Docker).
 * The server runs as the {@code postgres} system user via {@code runuser}, because initdb refuses to run as root.
 */
public final class TestPostgres implements AutoCloseable {

    private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
    private static final List<Path> RUNUSER_CANDIDATES = List.of(
            Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"), Path.of("/usr/bin/runuser"), Path.of("/bin/runuser"));
    private static final String OS_USER = "postgres";
    private static final String DB_SUPERUSER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final long PROCESS_TIMEOUT_SECONDS = 60;
    private static final int LOG_TAIL_LINES = 20;

    private static TestPostgres shared;

    private final Path binDir;
    private final Path runuser;
    private final Path tempDir;
    private final Path dataDir;
    private final int port;
    private boolean closed;

    private TestPostgres(Path binDir, Path runuser, Path tempDir, int port) {
        this.binDir = binDir;
        this.runuser = runuser;
        this.tempDir = tempDir;
        this.dataDir = tempDir.resolve("data");
        this.port = port;
    }

    /** Returns true when PostgreSQL server binaries and {@code runuser} are installed and we run as root; never throws. */
    public static boolean available() {
        try {
            return findBinDir().isPresent() && findRunuser().isPresent() && runningAsRoot();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Returns a one-line, human-readable reason why {@link #available()} is false. */
    public static String unavailableReason() {
        if (findBinDir().isEmpty()) {
            return "跳过 PostgreSQL 测试：本机没有安装 PostgreSQL（apt-get install postgresql）";
        }
        if (findRunuser().isEmpty()) {
            return "跳过 PostgreSQL 测试：找不到 runuser 命令（util-linux）";
        }
        if (!runningAsRoot()) {
            return "跳过 PostgreSQL 测试：需要以 root 运行，才能用 runuser 切换到 postgres 用户";
        }
        return "PostgreSQL 可用";
    }

    /** Starts a fresh server on a free loopback port in a new temp directory and waits until it accepts connections. */
    public static TestPostgres start() throws IOException, InterruptedException {
        Path binDir = findBinDir().orElseThrow(() -> new IOException(unavailableReason()));
        Path runuser = findRunuser().orElseThrow(() -> new IOException(unavailableReason()));
        TestPostgres pg = new TestPostgres(binDir, runuser, Files.createTempDirectory("redengine-pg-"), freePort());
        try {
            pg.prepareDirectories();
            pg.initdb();
            pg.startServer();
            return pg;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /**
     * Returns the server shared by the whole test run, starting it on first use; a JVM shutdown hook stops it.
     * Aborts the calling test (JUnit assumption) when PostgreSQL is not available.
     */
    public static synchronized TestPostgres shared() throws Exception {
        Assumptions.assumeTrue(available(), TestPostgres::unavailableReason);
        if (shared == null) {
            TestPostgres pg = start();
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "test-postgres-stop"));
            shared = pg;
        }
        return shared;
    }

    /** Returns the TCP port the server listens on (127.0.0.1 only). */
    public int port() {
        return port;
    }

    /**
     * Creates the database unless it already exists and returns its JDBC URL
     * ({@code jdbc:postgresql://127.0.0.1:PORT/NAME?user=postgres}).
     * Names may contain only lowercase letters, digits and underscores, and must not start with a digit.
     */
    public synchronized String createDatabase(String name) throws IOException, InterruptedException {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid database name (use [a-z_][a-z0-9_]*, max 63): " + name);
        }
        if (!databaseExists(name)) {
            psql("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + DB_SUPERUSER;
    }

    /** Stops the server immediately ({@code pg_ctl stop -m immediate}) and deletes its temp directory; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopServer();
        deleteRecursively(tempDir);
    }

    /** Standalone smoke test: starts a server, creates a database, runs {@code SELECT 1} via psql and stops. */
    public static void main(String[] args) throws Exception {
        if (!available()) {
            System.out.println(unavailableReason());
            return;
        }
        try (TestPostgres pg = start()) {
            System.out.println(pg.createDatabase("probe"));
            System.out.print(pg.psql("SELECT 1", "probe"));
        }
    }

    // --- discovery ---

    private static Optional<Path> findBinDir() {
        if (!Files.isDirectory(INSTALL_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
            return versions
                    .filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingInt((Path dir) -> Integer.parseInt(dir.getFileName().toString())).reversed())
                    .map(dir -> dir.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> findRunuser() {
        return RUNUSER_CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    private static boolean runningAsRoot() {
        try {
            // On Linux /proc/self is owned by the effective uid of this process.
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // --- server lifecycle ---

    private Path socketDir() {
        return tempDir.resolve("socket");
    }

    private Path initdbLog() {
        return tempDir.resolve("initdb.log");
    }

    private Path serverLog() {
        return tempDir.resolve("server.log");
    }

    private void prepareDirectories() throws IOException, InterruptedException {
        Files.createDirectory(dataDir);
        Files.createDirectory(socketDir());
        runChecked(List.of("chown", "-R", OS_USER + ":" + OS_USER, tempDir.toString()), tempDir.resolve("chown.log"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    }

    private void initdb() throws IOException, InterruptedException {
        List<String> base = asPostgres(binDir.resolve("initdb").toString(), "-D", dataDir.toString(),
                "-A", "trust", "-U", DB_SUPERUSER, "-E", "UTF8");
        if (run(append(base, "--locale=C.UTF-8"), initdbLog()) != 0) {
            runChecked(append(base, "--no-locale"), initdbLog());
        }
    }

    private void startServer() throws IOException, InterruptedException {
        String serverOptions = "-p " + port + " -k " + socketDir()
                + " -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200";
        runChecked(asPostgres(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "30",
                "-l", serverLog().toString(), "-o", serverOptions, "start"), tempDir.resolve("pg_ctl.log"));
    }

    private void stopServer() {
        if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
            return;
        }
        try {
            run(asPostgres(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "30",
                    "-m", "immediate", "stop"), tempDir.resolve("pg_ctl.log"));
        } catch (IOException e) {
            System.err.println("TestPostgres: could not stop server in " + dataDir + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- SQL via psql ---

    private boolean databaseExists(String name) throws IOException, InterruptedException {
        return psql("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").strip().equals("1");
    }

    private String psql(String sql) throws IOException, InterruptedException {
        return psql(sql, "postgres");
    }

    /** Runs one SQL command and returns its unaligned, tuples-only output. */
    private String psql(String sql, String database) throws IOException, InterruptedException {
        Path output = Files.createTempFile(tempDir, "psql-", ".out");
        try {
            runChecked(asPostgres(binDir.resolve("psql").toString(), "-X", "-q", "-A", "-t",
                    "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String.valueOf(port),
                    "-U", DB_SUPERUSER, "-d", database, "-c", sql), output);
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    // --- process helpers ---

    private List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>(List.of(runuser.toString(), "-u", OS_USER, "--"));
        full.addAll(List.of(command));
        return full;
    }

    private static List<String> append(List<String> command, String argument) {
        List<String> full = new ArrayList<>(command);
        full.add(argument);
        return full;
    }

    /** Runs a command with output appended to the log; throws with the log tail on a non-zero exit. */
    private void runChecked(List<String> command, Path log) throws IOException, InterruptedException {
        int exit = run(command, log);
        if (exit != 0) {
            throw new IOException("Command failed (exit " + exit + "): " + String.join(" ", command)
                    + "\n" + tail(log) + serverLogTail());
        }
    }

    /** Runs a command with stdout and stderr appended to the log; kills it after the timeout. */
    private int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(tempDir.toFile()) // postgres may not be allowed into the caller's working directory
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("Timed out after " + PROCESS_TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            return process.exitValue();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private String serverLogTail() {
        return Files.exists(serverLog()) ? "\n--- server.log ---\n" + tail(serverLog()) : "";
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("TestPostgres: could not delete " + root + ": " + e);
        }
    }
}
