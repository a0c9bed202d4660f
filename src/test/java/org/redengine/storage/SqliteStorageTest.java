package org.redengine.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage contract on the embedded SQLite database, plus what only it does (online backup). */
class SqliteStorageTest extends StorageContractTest {

    @TempDir
    Path dir;

    @Override
    protected Database open() throws Exception {
        return Database.open(null, dir.resolve("data"));
    }

    private static org.redengine.conversation.Incoming asked(String user, String group) {
        return new org.redengine.conversation.Incoming("web", user, "张三", group, "遵义会议哪年开的", false, null,
                java.time.Instant.parse("2026-11-22T08:00:00Z"));
    }

    private static Reply answer() {
        return new Reply(ReplyType.ANSWER, "遵义会议于1935年1月召开。", java.util.List.of(
                new org.redengine.conversation.Source("遵义会议", "《简史》", "…")), 0.9, java.util.List.of());
    }

    /** Holds the database's writer until the latch opens: nothing can commit meanwhile. */
    private java.util.concurrent.CompletableFuture<Object> holdWriter(java.util.concurrent.CountDownLatch release) {
        return db.writeAsync(c -> {
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new java.sql.SQLException(e);
            }
            return null;
        });
    }

    @Test
    void aKnowledgeAnswersHistoryIsNumberedAtOnceAndCommittedBehindTheReplyWhileACheckInsWaits() throws Exception {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        MessageHistory history = new MessageHistory(db, log::settle);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // hold the writer: nothing can commit until the latch opens
        var held = holdWriter(release);
        var answered = java.util.concurrent.CompletableFuture.supplyAsync(() -> log.record(asked("u1", "g1"), java.util.List.of(answer()), true));
        var checkedIn = java.util.concurrent.CompletableFuture.supplyAsync(() -> log.record(asked("u2", "g1"),
                java.util.List.of(Reply.of(ReplyType.NOTICE, "打卡成功")), true));
        java.util.List<org.redengine.conversation.Delivered> replies = answered.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(replies).extracting(org.redengine.conversation.Delivered::seq).as("the member's message, then the answer").hasSize(2);
        Thread.sleep(200);
        assertThat(checkedIn).as("a reply that changes state waits for its commit").isNotDone();
        release.countDown();
        held.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(checkedIn.get(5, java.util.concurrent.TimeUnit.SECONDS)).hasSize(2);
        java.util.List<MessageHistory.Stored> all = history.after(ConversationKey.group("web", "g1"), 0, 100);
        assertThat(all).extracting(MessageHistory.Stored::seq).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(all).extracting(MessageHistory.Stored::type).contains("answer", "member", "notice");
        assertThat(log.writtenBehind()).as("the member's message and the answer").isEqualTo(2);
        assertThat(log.lostBehind()).isZero();
    }

    @Test
    void pastItsLimitTheBacklogMakesRepliesWaitForTheirRecords() throws Exception {
        StoredConversationLog log = new StoredConversationLog(db, clock, 4);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var held = holdWriter(release);
        // two answers (two records each) fill the backlog without waiting
        for (String user : java.util.List.of("u0", "u1")) {
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> log.record(asked(user, null), java.util.List.of(answer()), true))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS)).hasSize(2);
        }
        var third = java.util.concurrent.CompletableFuture.supplyAsync(() -> log.record(asked("u9", null), java.util.List.of(answer()), true));
        Thread.sleep(200);
        assertThat(third).as("the backlog is full: this reply waits for its commit").isNotDone();
        release.countDown();
        held.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(third.get(5, java.util.concurrent.TimeUnit.SECONDS)).hasSize(2);
        log.settle();
        MessageHistory history = new MessageHistory(db, log::settle);
        for (String u : java.util.List.of("u0", "u1", "u9")) {
            assertThat(history.after(ConversationKey.direct("web", u), 0, 10)).extracting(MessageHistory.Stored::seq).containsExactly(1L, 2L);
        }
        assertThat(log.writtenBehind()).isEqualTo(4);
    }

    @Test
    void recordsThatCannotBeWrittenAreCountedLostAndLeaveTheBacklog() {
        StoredConversationLog log = new StoredConversationLog(db, clock, 2);
        db.write(c -> c.createStatement().execute("ALTER TABLE bot_messages RENAME TO bot_messages_away"));
        log.record(asked("u1", null), java.util.List.of(answer()), true); // two records, written behind, then failing
        log.settle();
        assertThat(log.lostBehind()).isEqualTo(2);
        db.write(c -> c.createStatement().execute("ALTER TABLE bot_messages_away RENAME TO bot_messages"));
        // the lost records no longer count against the backlog: the next reply is written behind again
        log.record(asked("u2", null), java.util.List.of(answer()), true);
        log.settle();
        assertThat(log.writtenBehind()).isEqualTo(2);
        assertThat(new MessageHistory(db, log::settle).after(ConversationKey.direct("web", "u2"), 0, 10)).hasSize(2);
    }

    @Test
    void historyWrittenBehindIsFlushedWhenTheDatabaseClosesAndNumberingGoesOnAfterARestart() throws Exception {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        for (int i = 0; i < 50; i++) log.record(asked("u1", null), java.util.List.of(answer()), true);
        db.close(); // no settle: closing waits for the queued writes
        db = open();
        StoredConversationLog again = new StoredConversationLog(db, clock);
        java.util.List<org.redengine.conversation.Delivered> next = again.record(asked("u1", null), java.util.List.of(answer()), true);
        assertThat(next).extracting(org.redengine.conversation.Delivered::seq).containsExactly(101L, 102L);
        MessageHistory history = new MessageHistory(db, again::settle);
        java.util.List<Long> seqs = history.after(ConversationKey.direct("web", "u1"), 0, 500).stream().map(MessageHistory.Stored::seq).toList();
        assertThat(seqs).hasSize(102).isSorted().doesNotHaveDuplicates();
        assertThat(seqs.get(101)).isEqualTo(102L);
    }

    @Test
    void runsInWalModeWithFullSync() {
        assertThat(db.kind()).isEqualTo(Database.Kind.SQLITE);
        String mode = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                rs.next();
                return rs.getString(1);
            }
        });
        int sync = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA synchronous")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(mode).isEqualToIgnoringCase("wal");
        assertThat(sync).as("2 = FULL").isEqualTo(2);
    }

    @Test
    void onlineBackupIsAConsistentCopyThatOpensAsADatabase() throws Exception {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        for (int i = 0; i < 20; i++) {
            log.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "消息" + i));
        }
        Path backup = dir.resolve("backup.db");
        db.backupTo(backup);
        assertThat(Files.size(backup)).isPositive();
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(backup, restored.resolve(Database.EMBEDDED_FILE));
        try (Database copy = Database.open(null, restored)) {
            assertThat(new MessageHistory(copy).after(ConversationKey.group("web", "g1"), 0, 100)).hasSize(20);
        }
    }
}
