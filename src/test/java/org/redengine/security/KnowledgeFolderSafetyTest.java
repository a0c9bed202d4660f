package org.redengine.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, findings 13 and 14: links out of the knowledge folder are refused; files the editor writes keep usual permissions. */
class KnowledgeFolderSafetyTest {

    static final String TOKEN = "folder-admin";
    @TempDir
    Path tmp;

    @Test
    void aSymbolicLinkOutOfTheFolderIsNeitherIndexedNorServed() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        Path secret = Files.writeString(tmp.resolve("secret.md"), "# 机密\n\n服务器的数据库密码是 hunter2，请勿外传。\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(kb.resolve("articles/secret.md"), secret);
        Files.writeString(tmp.resolve("inside.md"), "x");
        try (TestServer server = new TestServer(new Settings("127.0.0.1", 0, tmp.resolve("data"), kb, tmp.resolve("q"),
                Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN))) {
            assertThat(server.engine().knowledge().current().base().problems()).anySatisfy(p -> assertThat(p.toString()).contains("符号链接"));
            assertThat(server.ask("fs-u", null, "服务器的数据库密码是什么").toString()).doesNotContain("hunter2");
            HttpResponse<String> read = server.send("GET", "/api/admin/knowledge/file?file=" + URLEncoder.encode("articles/secret.md", StandardCharsets.UTF_8),
                    null, "Authorization", "Bearer " + TOKEN);
            assertThat(read.statusCode()).isEqualTo(400);
            assertThat(read.body()).doesNotContain("hunter2");
        }
    }

    @Test
    void filesTheEditorWritesHaveTheFoldersUsualPermissions() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        Path usual = Files.createFile(kb.resolve("faq/.usual"));
        try (TestServer server = new TestServer(new Settings("127.0.0.1", 0, tmp.resolve("data"), kb, tmp.resolve("q"),
                Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN))) {
            HttpResponse<String> added = server.send("POST", "/api/admin/knowledge/faq",
                    "{\"question\":\"古田会议在哪里召开？\",\"answer\":\"福建上杭古田。\",\"source\":\"《中国共产党简史》\",\"file\":\"faq/新文件.csv\"}",
                    "Authorization", "Bearer " + TOKEN);
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kb.resolve("faq/新文件.csv"))))
                    .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)));
            Files.setPosixFilePermissions(kb.resolve("faq/milestones.csv"), PosixFilePermissions.fromString("rw-rw-r--"));
            server.send("POST", "/api/admin/knowledge/faq", "{\"question\":\"三湾改编是哪年？\",\"answer\":\"1927年。\",\"source\":\"《中国共产党简史》\","
                    + "\"file\":\"faq/milestones.csv\"}", "Authorization", "Bearer " + TOKEN);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kb.resolve("faq/milestones.csv")))).isEqualTo("rw-rw-r--");
        }
    }
}
