package org.redengine.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Group commit: writes from many concurrent requests are queued, and one writer thread runs whatever has queued
 * up in a single transaction, so one fsync covers many acknowledged writes. Each write runs under its own
 * savepoint, so a failing write is rolled back alone; a write's future completes only after the commit that
 * made it durable.
 */
final class WriteQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WriteQueue.class);
    static final int MAX_BATCH = 512;

    private record Task<T>(SqlWork<T> work, CompletableFuture<T> done, int attempt) {
        Task<T> again() {
            return new Task<>(work, done, attempt + 1);
        }
    }

    /**
     * With several nodes on PostgreSQL, two batches can wait on each other's row locks (the same group's history
     * counter, say). The writer's session gives up waiting quickly (lock_timeout), and a write that lost such a race
     * is rolled back alone. The batch then stops there: what ran before it commits (releasing this node's locks, so
     * the other node's batch can finish), the lost write and the writes not yet run go back to the head of the
     * queue in order, and the writer pauses a random, growing moment before the next batch, so two nodes that keep
     * colliding fall out of step instead of losing to each other every time.
     */
    static final int MAX_ATTEMPTS = 30;
    private static final int MAX_BACKOFF_MILLIS = 200;
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of("40P01", "40001", "55P03");

    private final BlockingDeque<Task<?>> queue = new LinkedBlockingDeque<>();
    private final Supplier<Connection> connections;
    private final Thread writer;
    private volatile boolean closed;

    WriteQueue(Supplier<Connection> connections, String name) {
        this.connections = connections;
        this.writer = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Whether the calling thread is this queue's writer (running a batch). */
    boolean onWriterThread() {
        return Thread.currentThread() == writer;
    }

    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new StorageException("database is closed", null));
            return done;
        }
        queue.add(new Task<>(work, done, 1));
        return done;
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                int lostRace = runBatch(batch);
                if (lostRace > 0) backOff(lostRace);
            } catch (InterruptedException e) {
                if (closed) break;
            } catch (RuntimeException e) {
                log.error("write batch failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Runs a batch in one transaction. Returns 0, or, when a write lost a lock race, that write's attempt number:
     * the writes from it on are back at the head of the queue and the caller backs off.
     */
    private int runBatch(List<Task<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        List<Task<?>> again = List.of();
        int lostRace = 0;
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < batch.size(); i++) {
                    Task<?> task = batch.get(i);
                    Runnable completion = runOne(c, task);
                    if (completion == null) { // lost a lock race: stop here, run it and the rest later
                        lostRace = task.attempt();
                        again = new ArrayList<>(batch.subList(i, batch.size()));
                        again.set(0, task.again());
                        break;
                    }
                    completions.add(completion);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                for (Task<?> task : batch) {
                    task.done().completeExceptionally(new StorageException("commit failed", e));
                }
                return 0;
            }
        } catch (SQLException e) {
            for (Task<?> task : batch) {
                task.done().completeExceptionally(new StorageException("no database connection", e));
            }
            return 0;
        }
        completions.forEach(Runnable::run); // acknowledge only what is committed
        for (int i = again.size() - 1; i >= 0; i--) queue.addFirst(again.get(i)); // after the commit released our locks
        return lostRace;
    }

    /** A random pause that grows with the attempts a write has lost, up to {@value #MAX_BACKOFF_MILLIS} ms. */
    private static void backOff(int attempt) throws InterruptedException {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, 5L << Math.min(attempt, 6));
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
    }

    /** Runs one write under a savepoint: its completion, or null when it lost a lock race and should run again. */
    private <T> Runnable runOne(Connection c, Task<T> task) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = task.work().run(c);
            c.releaseSavepoint(savepoint);
            return () -> task.done().complete(result);
        } catch (SQLException | RuntimeException e) {
            c.rollback(savepoint);
            if (retryable(e) && task.attempt() < MAX_ATTEMPTS) return null;
            return () -> task.done().completeExceptionally(e instanceof StorageException ? e : new StorageException("write failed", e));
        }
    }

    private static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) return true;
        }
        return false;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is being thrown away anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
