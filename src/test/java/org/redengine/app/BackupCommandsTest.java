package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.storage.Database;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** ./redengine backup FILE and restore FILE on the embedded database. */
class BackupCommandsTest {

    @TempDir
    Path tmp;

    private static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void backupWhileOpenThenRestoreBringsTheDataBack() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(null, data)) {
            StoredConversationLog log = new StoredConversationLog(db, Clock.systemUTC());
            log.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "备份前的消息"));
            Path backup = tmp.resolve("backup.db");
            assertThat(run("backup", backup.toString(), "--data", data.toString())).isZero();
            assertThat(run("backup", backup.toString(), "--data", data.toString())).as("never overwrites").isEqualTo(2);
            log.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "备份后的消息"));
        }
        assertThat(run("restore", tmp.resolve("backup.db").toString(), "--data", data.toString())).isZero();
        try (Database db = Database.open(null, data)) {
            assertThat(new MessageHistory(db).after(ConversationKey.group("web", "g1"), 0, 10))
                    .extracting(MessageHistory.Stored::text).containsExactly("备份前的消息");
        }
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(Database.EMBEDDED_FILE + ".before-restore-"));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackup() throws Exception {
        Path junk = Files.writeString(tmp.resolve("junk.db"), "not a database");
        assertThat(run("restore", junk.toString(), "--data", tmp.resolve("data").toString())).isEqualTo(2);
        assertThat(run("backup", tmp.resolve("x.db").toString(), "--data", tmp.resolve("empty").toString())).isEqualTo(2);
    }
}
