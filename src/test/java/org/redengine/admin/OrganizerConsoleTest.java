package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: organizers' console accounts. An admin invites an organizer to a group; the organizer signs up with
 * their own password (kept as a bcrypt hash), signs in, and can do their job in their group only: reports, name and
 * time zone, schedules, their group's Q&A, quiz banks, contests and a member's history.
 */
class OrganizerConsoleTest {

    static final String TOKEN = "organizer-test-admin-token";
    static final String BANK = """
            题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源
            单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试
            判断,中国共产党第一次全国代表大会在上海开幕。,,,,,,,对,一大于1921年7月在上海开幕。,党史,易,测试
            """;

    @TempDir
    static Path tmp;
    static TestServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    /** A console session: its cookie and CSRF token. */
    record Console(String cookie, String csrf) {
    }

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAdmin(tmp, TOKEN);
        server.ask("org-member-1", "李红", "branch-1", "打卡 学习了遵义会议");
        server.ask("org-member-2", "王强", "branch-2", "打卡");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String invite(String group) throws Exception {
        HttpResponse<String> r = server.send("POST", "/api/admin/console-invites", "{\"channel\":\"web\",\"group\":\"" + group + "\"}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode b = TestServer.JSON.readTree(r.body());
        assertThat(b.path("link").asText()).startsWith("/admin#invite=");
        return b.path("code").asText();
    }

    static Console signedIn(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String cookie = r.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        return new Console(cookie, TestServer.JSON.readTree(r.body()).path("csrf").asText());
    }

    static HttpResponse<String> call(Console c, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).header("Cookie", c.cookie())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) b.header("Content-Type", "application/json").header("X-CSRF-Token", c.csrf());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> upload(Console c, String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Cookie", c.cookie())
                .header("Content-Type", "text/csv").header("X-CSRF-Token", c.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Console register(String code, String user, String password) throws Exception {
        return signedIn(server.post("/admin/register", "{\"code\":\"" + code + "\",\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
    }

    @Test
    void anInvitedOrganizerSignsUpWithTheirOwnPasswordAndSignsInAgain() throws Exception {
        String code = invite("branch-1");
        HttpResponse<String> weak = server.post("/admin/register", "{\"code\":\"" + code + "\",\"username\":\"zhang\",\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("密码至少 8 个字符");

        Console c = register(code, "zhang", "红色引擎2026学习");
        JsonNode session = TestServer.JSON.readTree(call(c, "GET", "/admin/session", null).body());
        assertThat(session.path("role").asText()).isEqualTo("organizer");
        assertThat(session.path("account").asText()).isEqualTo("zhang");

        HttpResponse<String> reused = server.post("/admin/register", "{\"code\":\"" + code + "\",\"username\":\"li\",\"password\":\"another-password\"}");
        assertThat(reused.statusCode()).as("a code works once").isEqualTo(403);
        HttpResponse<String> probe = server.post("/admin/register", "{\"code\":\"" + code + "\",\"username\":\"zhang\",\"password\":\"wrong-password\"}");
        assertThat(probe.body()).as("without a valid code nobody learns that a name is taken").contains("邀请码不正确").doesNotContain("已被使用");

        assertThat(server.post("/admin/login", "{\"username\":\"zhang\",\"password\":\"wrong-password\"}").statusCode()).isEqualTo(403);
        signedIn(server.post("/admin/login", "{\"username\":\"zhang\",\"password\":\"红色引擎2026学习\"}"));

        String hash;
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("data/redengine.db"));
             var rs = db.createStatement().executeQuery("SELECT password_hash FROM console_accounts WHERE username = 'zhang'")) {
            rs.next();
            hash = rs.getString(1);
        }
        assertThat(hash).startsWith("$2").doesNotContain("红色引擎2026学习");
    }

    @Test
    void anOrganizerSeesAndManagesOnlyTheirOwnGroup() throws Exception {
        Console c = register(invite("branch-1"), "wang", "wang-password-1");

        JsonNode groups = TestServer.JSON.readTree(call(c, "GET", "/api/admin/groups", null).body()).path("groups");
        assertThat(groups).extracting(g -> g.path("id").asText()).containsExactly("branch-1");

        String month = YearMonth.now().toString();
        assertThat(call(c, "GET", "/api/admin/reports?group=branch-1&month=" + month, null).statusCode()).isEqualTo(200);
        HttpResponse<String> other = call(c, "GET", "/api/admin/reports?group=branch-2&month=" + month, null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("不是这个群的组织者");

        assertThat(call(c, "POST", "/api/admin/group-settings", "{\"group\":\"branch-1\",\"name\":\"机关第一支部\"}").statusCode()).isEqualTo(200);
        assertThat(call(c, "POST", "/api/admin/group-settings", "{\"group\":\"branch-2\",\"name\":\"被改名\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> schedule = call(c, "PUT", "/api/admin/schedules",
                "{\"group\":\"branch-1\",\"kind\":\"study\",\"days\":[1],\"at\":\"08:30\"}");
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        assertThat(schedule.body()).contains("周一 08:30");
        assertThat(call(c, "PUT", "/api/admin/schedules", "{\"group\":\"branch-1\",\"kind\":\"study\",\"days\":[9],\"at\":\"08:30\"}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> grant = call(c, "POST", "/api/admin/roles", "{\"user\":\"org-member-1\",\"role\":\"admin\"}");
        assertThat(grant.statusCode()).as("roles are the admin's").isEqualTo(403);
        assertThat(grant.body()).contains("只有管理员");
        assertThat(call(c, "GET", "/api/admin/knowledge/versions", null).statusCode()).isEqualTo(403);

        HttpResponse<String> history = call(c, "GET", "/api/admin/member-history?group=branch-1&user=org-member-1", null);
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode messages = TestServer.JSON.readTree(history.body()).path("messages");
        assertThat(messages).extracting(m -> m.path("from").asText()).contains("member", "bot");
        assertThat(messages.get(0).path("text").asText()).contains("打卡");
        assertThat(call(c, "GET", "/api/admin/member-history?group=branch-2&user=org-member-2", null).statusCode()).isEqualTo(403);
    }

    @Test
    void anOrganizersQandAIsTheirGroupsAndSharedEntriesStayTheAdmins() throws Exception {
        Console c = register(invite("branch-1"), "zhao", "zhao-password-1");
        HttpResponse<String> global = call(c, "POST", "/api/admin/knowledge/faq",
                "{\"question\":\"支部学习日是哪天？\",\"answer\":\"每周一上午。\",\"scope\":\"\"}");
        assertThat(global.statusCode()).isEqualTo(403);
        HttpResponse<String> own = call(c, "POST", "/api/admin/knowledge/faq",
                "{\"question\":\"支部学习日是哪天？\",\"answer\":\"每周一上午。\",\"scope\":\"web:branch-1\"}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(own.body()).path("file").asText()).startsWith("faq/群问答/");
        assertThat(TestServer.JSON.readTree(own.body()).path("who").asText()).isEqualTo("organizer:zhao");

        HttpResponse<String> shared = call(c, "PUT", "/api/admin/knowledge/faq", "{\"file\":\"faq/milestones.csv\","
                + "\"question\":\"遵义会议是什么时候召开的？\",\"entry\":{\"question\":\"遵义会议是什么时候召开的？\",\"answer\":\"改掉\",\"scope\":\"web:branch-1\"}}");
        assertThat(shared.statusCode()).isEqualTo(403);

        JsonNode entries = TestServer.JSON.readTree(call(c, "GET", "/api/admin/knowledge/entries?limit=500", null).body()).path("entries");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("question").asText()).isEqualTo("支部学习日是哪天？");
            assertThat(e.path("editable").asBoolean()).isTrue();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("question").asText()).isEqualTo("遵义会议是什么时候召开的？");
            assertThat(e.path("editable").asBoolean()).isFalse();
        });
    }

    @Test
    void anOrganizerAddsABankAndRunsAContestInTheirGroup() throws Exception {
        Console c = register(invite("branch-1"), "sun", "sun-password-1");
        HttpResponse<String> bad = upload(c, "/api/admin/quiz/banks?name=" + enc("坏题库.csv"), "题型,题干\n单选,缺答案\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Files.exists(tmp.resolve("q/坏题库.csv"))).isFalse();

        HttpResponse<String> added = upload(c, "/api/admin/quiz/banks?name=" + enc("支部题库.csv"), BANK.getBytes(StandardCharsets.UTF_8));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(added.body()).path("questions").asInt()).isEqualTo(2);
        HttpResponse<String> again = upload(c, "/api/admin/quiz/banks?name=" + enc("支部题库.csv"), BANK.getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).as("only an admin replaces a bank").isEqualTo(409);

        JsonNode bank = TestServer.JSON.readTree(call(c, "GET", "/api/admin/quiz/bank?name=" + enc("支部题库"), null).body());
        assertThat(bank.path("questions")).hasSize(2);
        assertThat(bank.path("questions").get(0).path("answer").asText()).isEqualTo("B. 1935年");

        assertThat(call(c, "POST", "/api/admin/contests", "{\"group\":\"branch-2\",\"bank\":\"支部题库\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> started = call(c, "POST", "/api/admin/contests", "{\"group\":\"branch-1\",\"bank\":\"支部题库\",\"questions\":2}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        HttpResponse<String> groupHistory = server.getAs("org-member-1", "/api/messages?group=branch-1");
        assertThat(groupHistory.body()).contains("知识竞赛开始！题库：支部题库");
        assertThat(call(c, "POST", "/api/admin/contests", "{\"group\":\"branch-1\",\"bank\":\"支部题库\"}").statusCode())
                .as("one contest at a time").isEqualTo(409);
        HttpResponse<String> stopped = call(c, "POST", "/api/admin/contests/stop", "{\"group\":\"branch-1\"}");
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("竞赛已提前结束");
    }

    @Test
    void anAdminRemovesAnAccountAndItsSessionsEnd() throws Exception {
        Console c = register(invite("branch-1"), "qian", "qian-password-1");
        HttpResponse<String> listed = server.send("GET", "/api/admin/accounts", null, "Authorization", "Bearer " + TOKEN);
        assertThat(listed.body()).contains("\"qian\"").contains("web:branch-1").doesNotContain("password");
        assertThat(server.send("DELETE", "/api/admin/accounts", "{\"username\":\"qian\"}", "Authorization", "Bearer " + TOKEN).statusCode())
                .isEqualTo(200);
        assertThat(server.post("/admin/login", "{\"username\":\"qian\",\"password\":\"qian-password-1\"}").statusCode()).isEqualTo(403);
        assertThat(call(c, "GET", "/api/admin/groups", null).statusCode()).as("its session ended").isEqualTo(401);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
