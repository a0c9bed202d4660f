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
