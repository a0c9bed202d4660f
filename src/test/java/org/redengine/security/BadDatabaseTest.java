package org.redengine.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.app.RedEngine;
import org.redengine.app.Settings;
import org.redengine.storage.StartupException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, finding 12: a zero-length or corrupt database file stops start-up with a clear Chinese message naming
 * the file and how to restore it, and the file is left as it was (never a silent fresh start over it).
 */
class BadDatabaseTest {

    @TempDir
    Path tmp;

    private RedEngine engine(Path data) throws Exception {
        return new RedEngine(new Settings("127.0.0.1", 0, data, TestKnowledge.write(tmp.resolve("kb")), tmp.resolve("q"),
                Settings.DEFAULT_THRESHOLD, 0, false), Clock.systemUTC());
    }

    @Test
    void aZeroLengthDatabaseFileIsNotStartedOver() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path db = Files.createFile(data.resolve("redengine.db"));
        try (RedEngine e = engine(data)) {
            assertThatThrownBy(e::start).isInstanceOf(StartupException.class)
                    .hasMessageContaining(db.toAbsolutePath().toString()).hasMessageContaining("空文件")
                    .hasMessageContaining("./redengine restore");
        }
        assertThat(Files.size(db)).isZero();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftAlone() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path db = data.resolve("redengine.db");
        Files.writeString(db, "这不是数据库，只是一段文字。".repeat(100), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(db);
        try (RedEngine e = engine(data)) {
            assertThatThrownBy(e::start).isInstanceOf(StartupException.class).hasMessageContaining("不是 SQLite 数据库文件");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsReportedInChineseWithoutAStackTrace() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (RedEngine e = engine(data)) {
            e.start();
        }
        Path db = data.resolve("redengine.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) (i * 31); // keep the header, ruin the pages
        Files.write(db, bytes);
        Files.deleteIfExists(data.resolve("redengine.db-wal"));
        Files.deleteIfExists(data.resolve("redengine.db-shm"));
        try (RedEngine e = engine(data)) {
            assertThatThrownBy(e::start).isInstanceOf(StartupException.class).hasMessageContaining("已损坏");
        }
    }

    @Test
    void theCommandLinePrintsTheReasonNotAStackTrace() {
        String said = org.redengine.app.MainAccess.explain(new StartupException("数据库文件 /x/redengine.db 是空文件（0 字节）。"));
        assertThat(said).startsWith("无法启动：").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(org.redengine.app.MainAccess.explain(new java.net.BindException("Address already in use"))).contains("端口已被占用");
    }
}
