package org.redengine.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
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
     * is rolled back alone and runs again in the next batch, instead of failing or waiting for deadlock detection.
     */
    static final int MAX_ATTEMPTS = 8;
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of("40P01", "40001", "55P03");

    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
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
                runBatch(batch);
            } catch (InterruptedException e) {
                if (closed) break;
            } catch (RuntimeException e) {
                log.error("write batch failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Task<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                for (Task<?> task : batch) {
                    completions.add(runOne(c, task));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                for (Task<?> task : batch) {
                    task.done().completeExceptionally(new StorageException("commit failed", e));
                }
                return;
            }
        } catch (SQLException e) {
            for (Task<?> task : batch) {
                task.done().completeExceptionally(new StorageException("no database connection", e));
            }
            return;
        }
        completions.forEach(Runnable::run); // acknowledge only what is committed
    }

    private <T> Runnable runOne(Connection c, Task<T> task) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = task.work().run(c);
            c.releaseSavepoint(savepoint);
            return () -> task.done().complete(result);
        } catch (SQLException | RuntimeException e) {
            c.rollback(savepoint);
            if (retryable(e) && task.attempt() < MAX_ATTEMPTS) {
                return () -> queue.add(task.again()); // after this batch's commit has released its locks
            }
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
