package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the live knowledge base and banks live under the data directory, seeded from the bundled folders; the
 * checkout is never written. A new bundled version reaches files no admin edited, and never overwrites an edit.
 */
class LiveContentTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledFolderSeedsTheLiveCopyAndLaterVersionsRespectAdminsEdits() throws Exception {
        Path bundled = Files.createDirectories(tmp.resolve("bundled/faq"));
        Files.writeString(bundled.resolve("基础.csv"), "问题,答案\n一,1\n");
        Files.writeString(tmp.resolve("bundled/文章.md"), "# 文章\n旧\n");
        Path live = tmp.resolve("data/knowledge"), manifest = tmp.resolve("data/seeded-knowledge.json");

        LiveContent.Sync first = LiveContent.sync(tmp.resolve("bundled"), live, manifest);
        assertThat(first.added()).containsExactly("faq/基础.csv", "文章.md");
        assertThat(Files.readString(live.resolve("文章.md"))).contains("旧");
        assertThat(Files.getPosixFilePermissions(live.resolve("文章.md"))).as("readable like any other file")
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

        // an admin edits one file and deletes another; a new release changes both and adds a third
        Files.writeString(live.resolve("faq/基础.csv"), "问题,答案\n一,管理员改过\n");
        Files.delete(live.resolve("文章.md"));
        Files.writeString(bundled.resolve("基础.csv"), "问题,答案\n一,新版\n");
        Files.writeString(tmp.resolve("bundled/文章.md"), "# 文章\n新\n");
        Files.writeString(tmp.resolve("bundled/新文章.md"), "# 新文章\n");
        LiveContent.Sync second = LiveContent.sync(tmp.resolve("bundled"), live, manifest);
        assertThat(second.added()).containsExactly("新文章.md");
        assertThat(second.keptEdited()).containsExactly("faq/基础.csv");
        assertThat(Files.readString(live.resolve("faq/基础.csv"))).contains("管理员改过");
        assertThat(live.resolve("文章.md")).as("deleted by an admin: stays deleted").doesNotExist();

        // a file nobody touched takes the next bundled version
        Files.writeString(tmp.resolve("bundled/新文章.md"), "# 新文章\n第二版\n");
        assertThat(LiveContent.sync(tmp.resolve("bundled"), live, manifest).updated()).containsExactly("新文章.md");
        assertThat(Files.readString(live.resolve("新文章.md"))).contains("第二版");
        assertThat(Files.readString(tmp.resolve("bundled/faq/基础.csv"))).as("the bundled folder is never written").contains("新版");
    }

    @Test
    void importQuizWritesIntoTheDataDirectoryNotTheCheckout() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("install/quizzes"));
        Files.writeString(home.resolve("内置.csv"), "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n判断,内置题。,,,,,,,对,是对的。\n");
        Path file = tmp.resolve("新题.csv");
        Files.writeString(file, "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n单选,新题？,甲,乙,,,,,A,选甲。\n");
        String before = System.getProperty("redengine.home");
        System.setProperty("redengine.home", tmp.resolve("install").toString());
        try {
            int code = Main.commandLine().execute("import-quiz", file.toString(), "--bank", "新题", "--data", tmp.resolve("data").toString());
            assertThat(code).isZero();
        } finally {
            if (before == null) System.clearProperty("redengine.home"); else System.setProperty("redengine.home", before);
        }
        assertThat(tmp.resolve("data/quizzes/新题.csv")).exists();
        assertThat(tmp.resolve("data/quizzes/内置.csv")).as("the bundled banks are seeded beside it").exists();
        assertThat(home.resolve("新题.csv")).doesNotExist();
    }

    @Test
    void importQuizExplainsAMissingFileAndABadHeaderWithoutATrace() throws Exception {
        Path bad = tmp.resolve("坏表头.csv");
        Files.writeString(bad, "question,answer\n1,2\n");
        for (String[] args : new String[][] {
                {"import-quiz", tmp.resolve("没有这个文件.csv").toString(), "--bank", "x", "--quizzes", tmp.resolve("q").toString()},
                {"import-quiz", bad.toString(), "--bank", "x", "--quizzes", tmp.resolve("q").toString()}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            var cli = Main.commandLine();
            cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            assertThat(cli.execute(args)).isNotZero();
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(said).doesNotContain("Exception").doesNotContain("\tat ").containsPattern("[\\u4e00-\\u9fff]");
        }
        assertThat(tmp.resolve("q/x.csv")).doesNotExist();
    }
}
