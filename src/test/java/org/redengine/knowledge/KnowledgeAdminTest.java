package org.redengine.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge administration over the real API: edits served at once and written back as files, versions and
 * rollback, uploads of every format, bad input changing nothing, unanswered questions, ratings, explain,
 * metrics and request ids, and 添加问答 in chat.
 */
class KnowledgeAdminTest {

    static final String TOKEN = "kb-admin";
    static final String AUTH = "Bearer " + TOKEN;
    static final String Q = "遵义会议是什么时候召开的？";
    @TempDir
    Path tmp;
    Path kb;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        kb = TestKnowledge.write(tmp.resolve("kb"));
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), kb, tmp.resolve("quizzes"),
                Settings.DEFAULT_THRESHOLD, 0, true).withDatabase(null, TOKEN);
        server = new TestServer(settings);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return server.send(method, path, body, "Authorization", AUTH, "Content-Type", "application/json");
    }

    private String answer(String question) throws Exception {
        return server.ask("kb-u", null, question).at("/replies/0/text").asText();
    }

    @Test
    void anEditIsServedAtOnceWrittenBackVersionedAndRolledBack() throws Exception {
        assertThat(answer(Q)).contains("1935年1月15日至17日");
        var edit = TestServer.JSON.createObjectNode().put("file", "faq/milestones.csv").put("question", Q);
        edit.putObject("entry").put("question", Q).put("answer", "遵义会议于1935年1月在贵州遵义召开（已由管理员修订）。")
                .put("source", "《中国共产党简史》");
        long t0 = System.nanoTime();
        HttpResponse<String> r = admin("PUT", "/api/admin/knowledge/faq", edit.toString());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long version = TestServer.JSON.readTree(r.body()).path("id").asLong();
        assertThat(millis).as("visible within 1 s").isLessThan(1000);
        assertThat(answer(Q)).contains("已由管理员修订");
        assertThat(Files.readString(kb.resolve("faq/milestones.csv"))).contains("已由管理员修订").contains("中共一大在哪里召开？");

        JsonNode versions = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/versions", null).body()).path("versions");
        assertThat(versions.get(0).path("action").asText()).isEqualTo("edit");
        assertThat(versions.get(0).path("who").asText()).isEqualTo("admin-api");
        assertThat(versions.get(0).path("summary").asText()).contains(Q);

        HttpResponse<String> back = admin("POST", "/api/admin/knowledge/rollback", "{\"id\":" + version + "}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(answer(Q)).contains("1935年1月15日至17日").doesNotContain("修订");
        assertThat(admin("POST", "/api/admin/knowledge/rollback", "{\"id\":" + version + "}").statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/api/admin/knowledge/rollback", "{\"id\":999}").statusCode()).isEqualTo(404);
    }

    @Test
    void addAndDeleteEntriesAndArticlesAndRollBackADeletion() throws Exception {
        String q = "三湾改编是在哪一年？";
        assertThat(server.ask("kb-u", null, q).at("/replies/0/type").asText()).isEqualTo("fallback");
        HttpResponse<String> add = admin("POST", "/api/admin/knowledge/faq",
                "{\"question\":\"" + q + "\",\"answer\":\"三湾改编发生在1927年9月，确立了党支部建在连上的原则。\",\"source\":\"《中国共产党简史》\"}");
        assertThat(add.statusCode()).as(add.body()).isEqualTo(200);
        assertThat(answer(q)).contains("党支部建在连上");
        assertThat(Files.exists(kb.resolve("faq/管理员维护.csv"))).isTrue();
        assertThat(admin("POST", "/api/admin/knowledge/faq", "{\"question\":\"" + q + "\",\"answer\":\"重复\"}").statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/api/admin/knowledge/faq", "{\"question\":\"没有答案\"}").statusCode()).isEqualTo(400);

        JsonNode list = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/entries?q=" + URLEncoder.encode("支部建在连上", StandardCharsets.UTF_8), null).body());
        assertThat(list.path("entries").findValuesAsText("question")).contains(q);

        HttpResponse<String> del = admin("DELETE", "/api/admin/knowledge/faq", "{\"file\":\"faq/管理员维护.csv\",\"question\":\"" + q + "\"}");
        assertThat(del.statusCode()).isEqualTo(200);
        assertThat(server.ask("kb-u", null, q).at("/replies/0/type").asText()).isEqualTo("fallback");
        long id = TestServer.JSON.readTree(del.body()).path("id").asLong();
        assertThat(admin("POST", "/api/admin/knowledge/rollback", "{\"id\":" + id + "}").statusCode()).isEqualTo(200);
        assertThat(answer(q)).contains("党支部建在连上");

        String article = "# 科技志愿服务\n来源：《科协工作手册》\n\n科技志愿服务是科技工作者利用专业知识服务社会的志愿活动。\n";
        HttpResponse<String> put = server.send("PUT", "/api/admin/knowledge/file?file=articles/volunteer.md", article, "Authorization", AUTH);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(answer("什么是科技志愿服务？")).contains("利用专业知识服务社会");
        assertThat(server.send("PUT", "/api/admin/knowledge/file?file=../../etc/passwd.md", article, "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("PUT", "/api/admin/knowledge/file?file=articles/empty.md", "", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(Files.exists(kb.resolve("articles/empty.md"))).isFalse();
        assertThat(admin("DELETE", "/api/admin/knowledge/file?file=articles/volunteer.md", null).statusCode()).isEqualTo(200);
        assertThat(Files.exists(kb.resolve("articles/volunteer.md"))).isFalse();
    }

    @Test
    void uploadsOfEveryFormatAndABrokenOneChangesNothing() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("延安精神学习材料");
            doc.createParagraph().createRun().setText("延安精神的主要内容是坚定正确的政治方向，解放思想、实事求是的思想路线，全心全意为人民服务的根本宗旨，自力更生、艰苦奋斗的创业精神。");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(upload("延安精神.docx", docx).statusCode()).isEqualTo(200);
        assertThat(Files.readString(kb.resolve("articles/延安精神.md"))).startsWith("# 延安精神学习材料");
        assertThat(answer("延安精神的主要内容是什么？")).contains("自力更生、艰苦奋斗");

        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.createSheet("问答");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("问题");
            h.createCell(1).setCellValue("答案");
            h.createCell(2).setCellValue("来源");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("西柏坡会议是哪一年召开的？");
            r.createCell(1).setCellValue("中共七届二中全会于1949年3月在河北平山县西柏坡召开。");
            r.createCell(2).setCellValue("《中国共产党简史》");
            book.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(upload("西柏坡.xlsx", xlsx).statusCode()).isEqualTo(200);
        assertThat(answer("西柏坡会议是哪一年召开的？")).contains("1949年3月");

        String before = Files.readString(kb.resolve("faq/milestones.csv"));
        HttpResponse<String> bad = upload("milestones.csv", "问题,答案\n只有问题,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("缺少答案").contains("未作任何修改");
        assertThat(Files.readString(kb.resolve("faq/milestones.csv"))).isEqualTo(before);
        assertThat(upload("坏文件.docx", "not a zip".getBytes(StandardCharsets.UTF_8)).body()).contains("无法读取 Word 文件");
        assertThat(upload("程序.exe", new byte[] {1, 2}).body()).contains("只支持");
        assertThat(answer(Q)).contains("1935年1月15日至17日");
    }

    private HttpResponse<String> upload(String name, byte[] bytes) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/knowledge/upload?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))).header("Authorization", AUTH)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void unansweredQuestionsAreGroupedRatingsCountedAndTheBotExplainsItself() throws Exception {
        for (String q : new String[] {"北京明天天气怎么样", "北京明天天气怎么样？", "北京明天的天气怎么样", "怎么做红烧肉"}) {
            server.ask("kb-u", null, q);
        }
        server.runTimers(); // recorded off the reply's path, written by the timer's batch: run it now rather than wait
        JsonNode groups = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/unanswered", null).body()).path("groups");
        assertThat(groups.get(0).path("times").asInt()).isEqualTo(3);
        assertThat(groups.get(0).path("question").asText()).contains("北京明天");
        assertThat(groups.get(1).path("question").asText()).isEqualTo("怎么做红烧肉");

        JsonNode reply = server.ask("kb-r", null, Q).path("replies").get(0);
        long seq = reply.path("seq").asLong();
        assertThat(server.postAs("kb-r", "/api/ratings", "{\"seq\":" + seq + ",\"useful\":true}").statusCode()).isEqualTo(200);
        assertThat(server.ask("kb-s", null, Q).path("replies").get(0).path("type").asText()).isEqualTo("answer");
        assertThat(server.ask("kb-s", null, "没用").at("/replies/0/text").asText()).contains("谢谢反馈");
        assertThat(server.postAs("kb-r", "/api/ratings", "{\"seq\":99999,\"useful\":true}").statusCode()).isEqualTo(404);
        // issue 12: a rating speaks for the session's own user only
        assertThat(server.postAs("kb-r", "/api/ratings", "{\"user\":\"kb-s\",\"seq\":" + seq + ",\"useful\":false}").statusCode()).isEqualTo(403);
        assertThat(server.post("/api/ratings", "{\"user\":\"kb-r\",\"seq\":" + seq + ",\"useful\":false}").statusCode()).isEqualTo(401);
        JsonNode entry = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/entries?q=" + URLEncoder.encode("遵义", StandardCharsets.UTF_8), null).body())
                .path("entries").get(0);
        assertThat(entry.path("ratings").path("useful").asInt()).isEqualTo(1);
        assertThat(entry.path("ratings").path("notUseful").asInt()).isEqualTo(1);

        JsonNode explain = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/explain?q=" + URLEncoder.encode("遵义会议哪年开的", StandardCharsets.UTF_8), null).body());
        assertThat(explain.path("confident").asBoolean()).isTrue();
        assertThat(explain.path("candidates").get(0).path("title").asText()).isEqualTo(Q);
        assertThat(explain.path("candidates").get(0).path("score").asDouble()).isGreaterThan(explain.path("threshold").asDouble());
        assertThat(explain.path("terms").toString()).contains("遵义");
        // a member's group message pasted whole is read as the chat reads it, without the @-mention
        JsonNode mentioned = TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/explain?q="
                + URLEncoder.encode("@红色引擎学习助手 遵义会议哪年开的", StandardCharsets.UTF_8), null).body());
        assertThat(mentioned.path("terms")).isEqualTo(explain.path("terms"));
        assertThat(mentioned.path("confidence").asDouble()).isEqualTo(explain.path("confidence").asDouble());
        assertThat(admin("GET", "/api/admin/knowledge/explain?q=" + URLEncoder.encode("@助手", StandardCharsets.UTF_8), null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void metricsRequestIdsAndAddingAnEntryInChat() throws Exception {
        server.ask("kb-m", null, Q);
        server.ask("kb-m", null, "北京明天天气怎么样");
        HttpResponse<String> metrics = server.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("redengine_messages_total{channel=\"web\",type=\"answer\"}")
                .contains("redengine_answers_total{result=\"fallback\"}").contains("redengine_answer_seconds_bucket")
                .contains("redengine_answer_cache_total{result=\"hit\"}").contains("redengine_knowledge_entries")
                .contains("redengine_checkins_total").contains("redengine_contests_running").contains("redengine_contest_answers_total");
        assertThat(server.get("/healthz").headers().firstValue("x-request-id")).isPresent();
        assertThat(server.send("GET", "/healthz", null, "X-Request-Id", "abc-123").headers().firstValue("x-request-id")).hasValue("abc-123");

        assertThat(server.ask("kb-m", null, "添加问答 a | b").at("/replies/0/text").asText()).contains("只有组织者");
        server.signIn("kb-boss", TOKEN, "admin", null);
        String added = server.ask("kb-boss", null, "添加问答 古田会议在哪里召开？ | 古田会议于1929年12月在福建上杭古田召开。 | 《中国共产党简史》")
                .at("/replies/0/text").asText();
        assertThat(added).contains("已添加问答").contains("问：古田会议在哪里召开？").contains("我会回答").contains("1929年12月");
        assertThat(answer("古田会议在哪里召开？")).contains("福建上杭古田");
        assertThat(server.ask("kb-boss", null, "添加问答 只有问题").at("/replies/0/text").asText()).contains("格式");
    }

    /** Issue 14: a Q&A an organizer adds in chat answers in their group only, until an admin makes it global. */
    @Test
    void anOrganizersQuestionAndAnswerIsTheirGroupsUntilAnAdminMakesItGlobal() throws Exception {
        server.signIn("kb-org", TOKEN, "organizer", "branch-a");
        String q = "本支部的学习室在哪里？";
        assertThat(server.ask("kb-org", null, "添加问答 " + q + " | 在三楼会议室。").at("/replies/0/text").asText())
                .as("an organizer's role is for their group").contains("只有组织者");
        String added = server.ask("kb-org", "branch-a", "添加问答 " + q + " | 本支部的学习室在机关楼三楼会议室。 | 支部通知")
                .at("/replies/0/text").asText();
        assertThat(added).contains("已添加问答").contains("只在本群使用").contains("三楼会议室");
        assertThat(server.ask("kb-a1", "branch-a", "@红色引擎助手 " + q).at("/replies/0/type").asText()).isEqualTo("answer");
        assertThat(server.ask("kb-b1", "branch-b", "@红色引擎助手 " + q).at("/replies/0/type").asText())
                .as("another group does not see it").isEqualTo("fallback");
        assertThat(server.ask("kb-p1", null, q).at("/replies/0/type").asText()).as("nor does a private chat").isEqualTo("fallback");

        JsonNode entry = null;
        for (JsonNode e : TestServer.JSON.readTree(admin("GET", "/api/admin/knowledge/entries?q=" + URLEncoder.encode("学习室", StandardCharsets.UTF_8), null).body()).path("entries")) {
            if (e.path("question").asText().equals(q)) entry = e;
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("scope").asText()).isEqualTo("web:branch-a");
        assertThat(entry.path("answer").asText()).isEqualTo("本支部的学习室在机关楼三楼会议室。");
        // the admin makes it global (and keeps its tags): every chat now gets it
        var edit = TestServer.JSON.createObjectNode().put("file", entry.path("file").asText()).put("question", q);
        edit.putObject("entry").put("question", q).put("answer", entry.path("answer").asText()).put("source", "支部通知")
                .put("scope", "").putArray("tags").add("学习室");
        assertThat(admin("PUT", "/api/admin/knowledge/faq", TestServer.JSON.writeValueAsString(edit)).statusCode()).isEqualTo(200);
        assertThat(server.ask("kb-b1", "branch-b", "@红色引擎助手 " + q).at("/replies/0/type").asText()).isEqualTo("answer");
        assertThat(Files.readString(kb.resolve(entry.path("file").asText()))).contains("学习室").doesNotContain("web:branch-a");
    }
}
