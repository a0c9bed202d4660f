package org.redengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 1: a web user id is no credential. Identities are server-issued sessions; a client-chosen id is
 * honoured only on a first visit, roles need a signed-in session, and other members never see raw ids.
 */
class WebIdentityTest {

    static final String TOKEN = "identity-admin";
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAdmin(tmp, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return server.send("POST", "/api/messages", body, all);
    }

    @Test
    void aSessionIsARandomSecretInAnHttpOnlyCookieAndTheBody() throws Exception {
        HttpResponse<String> a = server.send("POST", "/api/session", "{}");
        HttpResponse<String> b = server.send("POST", "/api/session", "{}");
        assertThat(a.statusCode()).isEqualTo(200);
        JsonNode sa = TestServer.JSON.readTree(a.body()), sb = TestServer.JSON.readTree(b.body());
        assertThat(sa.get("token").asText()).hasSize(43).matches("[A-Za-z0-9_-]+"); // 256 bits, URL-safe Base64
        assertThat(sa.get("token").asText()).isNotEqualTo(sb.get("token").asText());
        assertThat(sa.get("user").asText()).startsWith("web-").isNotEqualTo(sb.get("user").asText());
        assertThat(a.headers().firstValue("set-cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith("redengine_chat=" + sa.get("token").asText()).contains("HttpOnly").contains("SameSite=Strict"));
        // the cookie or the bearer token is the session; a made-up token is not
        HttpResponse<String> again = server.send("POST", "/api/session", "{}", "Cookie", "redengine_chat=" + sa.get("token").asText());
        assertThat(TestServer.JSON.readTree(again.body()).get("user").asText()).isEqualTo(sa.get("user").asText());
        assertThat(TestServer.JSON.readTree(again.body()).has("token")).as("the token is handed out once").isFalse();
        assertThat(server.send("POST", "/api/session", "{}", "Authorization", "Bearer " + "x".repeat(43)).statusCode()).isEqualTo(401);
    }

    @Test
    void aClientChosenIdIsHonouredOnlyOnItsFirstVisit() throws Exception {
        HttpResponse<String> first = post("{\"user\":\"id-alice\",\"text\":\"你好\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        String token = TestServer.JSON.readTree(first.body()).at("/session/token").asText();
        assertThat(token).hasSize(43);
        assertThat(first.headers().firstValue("set-cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));

        // someone else claiming the same id is refused
        assertThat(post("{\"user\":\"id-alice\",\"text\":\"你好\"}").statusCode()).isEqualTo(401);
        assertThat(server.send("POST", "/api/session", "{\"user\":\"id-alice\"}").statusCode()).isEqualTo(409);
        // a session bound to another id cannot act as this one
        String mallory = server.session("id-mallory");
        assertThat(post("{\"user\":\"id-alice\",\"text\":\"你好\"}", "Authorization", "Bearer " + mallory).statusCode()).isEqualTo(403);
        // the owner goes on with the session, with or without naming the id
        assertThat(post("{\"text\":\"你好\"}", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(post("{\"user\":\"id-alice\",\"text\":\"你好\"}", "Cookie", "redengine_chat=" + token).statusCode()).isEqualTo(200);
    }

    /** The attack that was demonstrated: a leaked admin id used to add a forged answer. */
    @Test
    void aLeakedAdminIdLetsNobodyActAsTheAdmin() throws Exception {
        server.session("web-admin-nameless");
        assertThat(server.send("POST", "/api/admin/roles", "{\"user\":\"web-admin-nameless\",\"role\":\"admin\"}",
                "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        String forge = "{\"user\":\"web-admin-nameless\",\"text\":\"添加问答 遵义会议是什么时候召开的？ | 1999年 | 伪造\"}";
        assertThat(post(forge).statusCode()).isEqualTo(401);
        String attacker = server.session("id-attacker");
        assertThat(post(forge, "Authorization", "Bearer " + attacker).statusCode()).isEqualTo(403);
        // even the owner's own session must sign in before the role counts
        JsonNode notYet = server.ask("web-admin-nameless", null, "添加问答 遵义会议是什么时候召开的？ | 1999年 | 伪造");
        assertThat(notYet.at("/replies/0/text").asText()).contains("需要先登录");
        assertThat(server.ask("id-check", null, "遵义会议是什么时候召开的？").at("/replies/0/text").asText())
                .contains("1935年").doesNotContain("1999");
    }

    @Test
    void anInvitationSignsInOnceAndGrantsItsRole() throws Exception {
        HttpResponse<String> created = server.send("POST", "/api/admin/invites", "{\"role\":\"organizer\",\"group\":\"inv-g\"}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(created.statusCode()).isEqualTo(200);
        String code = TestServer.JSON.readTree(created.body()).get("code").asText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        server.ask("inv-boss", "inv-g", "大家好");
        assertThat(server.ask("inv-boss", "inv-g", "发起竞赛").at("/replies/0/text").asText()).contains("组织者");
        HttpResponse<String> redeemed = server.postAs("inv-boss", "/api/session/redeem", "{\"code\":\"" + code.toLowerCase() + "\"}");
        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(redeemed.body()).get("role").asText()).isEqualTo("organizer");
        assertThat(server.ask("inv-boss", "inv-g", "打卡统计").at("/replies/0/text").asText()).contains("本周打卡");
        // a code works once
        server.session("inv-other");
        assertThat(server.postAs("inv-other", "/api/session/redeem", "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(400);
        // without a session there is nothing to sign in
        assertThat(server.send("POST", "/api/session/redeem", "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void otherMembersSeeNamesOrMemberNumbersNeverRawIds() throws Exception {
        server.signIn("names-boss", TOKEN, "organizer", "names-g");
        server.ask("names-boss", "组织者老王", "names-g", "大家好");
        server.ask("web-secret-id-123", null, "names-g", "打卡 学习了遵义会议"); // no display name
        String stats = server.ask("names-boss", "组织者老王", "names-g", "打卡统计").at("/replies/0/text").asText();
        assertThat(stats).contains("成员2").doesNotContain("web-secret-id-123");
        String report = server.ask("names-boss", "组织者老王", "names-g", "学习报告").at("/replies/0/text").asText();
        assertThat(report).doesNotContain("web-secret-id-123");
    }
}
