package org.redengine.app;

import org.redengine.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;

/** {@code backup FILE} and {@code restore FILE} for the embedded database. */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "在线备份内置数据库（服务运行时也可以执行，得到一致的副本）。PostgreSQL 请用 pg_dump。")
    static final class Backup implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "备份文件（不能已存在）")
        Path target;
        @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）")
        String data;

        @Override
        public Integer call() throws Exception {
            Path dir = Path.of(data != null ? data : envOr("REDENGINE_DATA", "data"));
            if (!Files.isRegularFile(dir.resolve(Database.EMBEDDED_FILE))) {
                System.err.println("没有找到数据库：" + dir.resolve(Database.EMBEDDED_FILE));
                return 2;
            }
            if (Files.exists(target)) {
                System.err.println("备份文件已存在，请换一个文件名：" + target);
                return 2;
            }
            try (Database db = Database.open(null, dir)) {
                db.backupTo(target);
            }
            System.out.println("已备份到 " + target.toAbsolutePath() + "（" + Files.size(target) + " 字节）");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "用备份文件恢复内置数据库。请先停止服务；原数据库会改名保留。")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "备份文件")
        Path source;
        @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）")
        String data;

        @Override
        public Integer call() throws Exception {
            Path dir = Path.of(data != null ? data : envOr("REDENGINE_DATA", "data"));
            if (!isRedEngineDatabase(source)) {
                System.err.println("不是红色引擎的数据库备份：" + source);
                return 2;
            }
            Files.createDirectories(dir);
            Path live = dir.resolve(Database.EMBEDDED_FILE);
            if (Files.exists(live)) {
                Path aside = dir.resolve(Database.EMBEDDED_FILE + ".before-restore-" + System.currentTimeMillis());
                Files.move(live, aside);
                System.out.println("原数据库已改名为 " + aside.getFileName());
            }
            Files.deleteIfExists(dir.resolve(Database.EMBEDDED_FILE + "-wal"));
            Files.deleteIfExists(dir.resolve(Database.EMBEDDED_FILE + "-shm"));
            Files.copy(source, live, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("已从 " + source + " 恢复数据库");
            return 0;
        }

        private static boolean isRedEngineDatabase(Path file) {
            if (!Files.isRegularFile(file)) return false;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'bot_messages'")) {
                return rs.next() && rs.getInt(1) == 1;
            } catch (Exception e) {
                return false;
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
