package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API's authentication, role grants and group listing, and role commands in chat. */
class AdminApiTest {

    static final String TOKEN = "s3cret-token";
    static final String AUTH = "Bearer " + TOKEN;

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 4, false).withDatabase(null, TOKEN);
        server = new TestServer(settings);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutATokenIs401AndAWrongTokenIs403() throws Exception {
        assertThat(server.send("GET", "/api/admin/groups", null).statusCode()).isEqualTo(401);
        assertThat(server.send("GET", "/api/admin/groups", null, "Authorization", "Bearer wrong").statusCode()).isEqualTo(403);
        assertThat(server.send("GET", "/api/admin/groups", null, "Authorization", "Basic " + TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = server.send("POST", "/api/admin/roles", "{\"user\":\"u1\",\"role\":\"admin\"}", "Authorization", "Bearer " + TOKEN + "x");
        assertThat(bad.statusCode()).isEqualTo(403);
        assertThat(TestServer.JSON.readTree(bad.body()).get("error").asText()).contains("令牌");
    }

    @Test
    void organizersAreAppointedThroughTheApiAndListedWithTheirGroup() throws Exception {
        server.ask("a-u1", "a-g1", "大家好");
        server.ask("a-u2", "a-g1", "大家好");
        HttpResponse<String> grant = server.send("POST", "/api/admin/roles", "{\"user\":\"a-u1\",\"group\":\"a-g1\",\"role\":\"organizer\"}", "Authorization", AUTH);
        assertThat(grant.statusCode()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(grant.body()).get("granted").asBoolean()).isTrue();

        JsonNode groups = TestServer.JSON.readTree(server.send("GET", "/api/admin/groups", null, "Authorization", AUTH).body());
        JsonNode group = null;
        for (JsonNode g : groups.get("groups")) if (g.get("id").asText().equals("a-g1")) group = g;
        assertThat(group).isNotNull();
        assertThat(group.get("members")).hasSize(2);
        assertThat(group.at("/members/0/user").asText()).isEqualTo("a-u1");
        assertThat(group.at("/members/0/roles/0").asText()).isEqualTo("organizer");
        assertThat(group.at("/members/1/roles/0").asText()).isEqualTo("member");

        HttpResponse<String> revoke = server.send("DELETE", "/api/admin/roles", "{\"user\":\"a-u1\",\"group\":\"a-g1\",\"role\":\"organizer\"}", "Authorization", AUTH);
        assertThat(TestServer.JSON.readTree(revoke.body()).get("revoked").asBoolean()).isTrue();
    }

    @Test
    void badGrantsAreRejectedWithAReason() throws Exception {
        assertThat(server.send("POST", "/api/admin/roles", "{\"user\":\"u1\",\"role\":\"organizer\"}", "Authorization", AUTH).body()).contains("group");
        assertThat(server.send("POST", "/api/admin/roles", "{\"user\":\"u1\",\"group\":\"g\",\"role\":\"admin\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/admin/roles", "{\"user\":\"u1\",\"role\":\"king\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/admin/roles", "{\"role\":\"admin\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/admin/roles", "nope", "Authorization", AUTH).statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminAppointsAnOrganizerInChatAndMembersMayNot() throws Exception {
        server.ask("c-boss", "c-g1", "大家好");
        server.ask("c-zhang", "c-g1", "大家好"); // TestServer.ask names every sender 测试
        JsonNode refused = server.ask("c-zhang", "c-g1", "设为组织者 @测试").get("replies").get(0);
        assertThat(refused.get("type").asText()).isEqualTo("notice");
        assertThat(refused.get("text").asText()).contains("只有管理员可以使用");

        server.send("POST", "/api/admin/roles", "{\"user\":\"c-boss\",\"role\":\"admin\"}", "Authorization", AUTH);
        // issue 12: a role granted to a web id counts only once that id's session has signed in
        JsonNode notSignedIn = server.ask("c-boss", "c-g1", "设为组织者 @测试").get("replies").get(0);
        assertThat(notSignedIn.get("text").asText()).contains("需要先登录");
        server.signIn("c-boss", TOKEN, "admin", null);
        JsonNode ambiguous = server.ask("c-boss", "c-g1", "设为组织者 @测试").get("replies").get(0);
        assertThat(ambiguous.get("text").asText()).contains("2 位成员");
        server.ask("c-li", "李四", "c-g1", "大家好");
        JsonNode appointed = server.ask("c-boss", "c-g1", "设为组织者 @李四").get("replies").get(0);
        assertThat(appointed.get("text").asText()).isEqualTo("已任命 李四 为本群组织者。");
        JsonNode help = server.ask("c-boss", "c-g1", "帮助").get("replies").get(0);
        assertThat(help.get("text").asText()).contains("设为组织者");
        assertThat(help.get("text").asText().lines().count()).as("an admin's group help stays short").isLessThanOrEqualTo(6);
        assertThat(server.ask("c-zhang", "c-g1", "帮助 打卡").at("/replies/0/text").asText()).startsWith("打卡 [学习笔记]");
        JsonNode memberHelp = server.ask("c-zhang", "c-g1", "帮助").get("replies").get(0);
        assertThat(memberHelp.get("text").asText()).doesNotContain("设为组织者");
    }

    @Test
    void aGroupIsNamedAndItsTimeZoneSetTogetherOrNotAtAll() throws Exception {
        server.ask("gs-u1", "gs-g1", "大家好");
        HttpResponse<String> bad = server.send("POST", "/api/admin/group-settings",
                "{\"group\":\"gs-g1\",\"name\":\"机关第一党支部\",\"timeZone\":\"Mars/Olympus\"}", "Authorization", AUTH);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("不认识的时区");
        HttpResponse<String> ok = server.send("POST", "/api/admin/group-settings",
                "{\"group\":\"gs-g1\",\"name\":\"机关第一党支部\",\"timeZone\":\"Asia/Urumqi\"}", "Authorization", AUTH);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode groups = TestServer.JSON.readTree(server.send("GET", "/api/admin/groups", null, "Authorization", AUTH).body());
        JsonNode g = null;
        for (JsonNode x : groups.path("groups")) if (x.path("id").asText().equals("gs-g1")) g = x;
        assertThat(g).isNotNull();
        assertThat(g.path("name").asText()).isEqualTo("机关第一党支部");
        assertThat(g.path("timeZone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(server.send("POST", "/api/admin/group-settings", "{\"group\":\"gs-g1\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
    }

    @Test
    void withoutAConfiguredTokenTheAdminApiIsOff() throws Exception {
        Path dir = tmp.resolve("off");
        try (TestServer off = new TestServer(TestKnowledge.write(dir.resolve("kb")), dir.resolve("data"))) {
            HttpResponse<String> r = off.send("GET", "/api/admin/groups", null, "Authorization", AUTH);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("--admin-token");
        }
    }
}
