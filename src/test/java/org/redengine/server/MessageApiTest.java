package org.redengine.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat API over real HTTP: the contract, and every kind of bad input. */
class MessageApiTest {

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(TestKnowledge.write(tmp.resolve("kb")), tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthReportsKnowledgeCounts() throws Exception {
        HttpResponse<String> r = server.get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.at("/knowledge/faqs").asInt()).isEqualTo(3);
        assertThat(body.at("/knowledge/articles").asInt()).isEqualTo(1);
    }

    @Test
    void privateQuestionGetsACitedAnswer() throws Exception {
        JsonNode reply = server.ask("u1", null, "遵义会议是哪年开的？").get("replies").get(0);
        assertThat(reply.get("type").asText()).isEqualTo("answer");
        assertThat(reply.get("text").asText()).contains("1935年").endsWith("（来源：《中国共产党简史》）");
        assertThat(reply.get("sources")).hasSize(1);
        assertThat(reply.at("/sources/0/title").asText()).isEqualTo("遵义会议是什么时候召开的？");
        assertThat(reply.at("/sources/0/source").asText()).isEqualTo("《中国共产党简史》");
        assertThat(reply.at("/sources/0/excerpt").asText()).contains("遵义");
        assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void unknownQuestionGetsAFallbackWithoutSources() throws Exception {
        JsonNode reply = server.ask("u1", null, "明天北京的天气怎么样").get("replies").get(0);
        assertThat(reply.get("type").asText()).isEqualTo("fallback");
        assertThat(reply.get("sources")).isEmpty();
        assertThat(reply.get("text").asText()).contains("没有把握");
    }

    @Test
    void greetingAndHelpListWhatTheBotCanDo() throws Exception {
        JsonNode hello = server.ask("u1", null, "你好").get("replies").get(0);
        assertThat(hello.get("type").asText()).isEqualTo("greeting");
        assertThat(hello.get("text").asText()).contains("帮助");
        JsonNode help = server.ask("u1", null, "/help").get("replies").get(0);
        assertThat(help.get("type").asText()).isEqualTo("help");
        assertThat(help.get("text").asText()).contains("直接提问");
    }

    @Test
    void groupChatterGetsNoReplyButMentionsAndCommandsDo() throws Exception {
        assertThat(server.ask("u2", "g1", "遵义会议是哪年开的？").get("replies")).isEmpty();
        assertThat(server.ask("u2", "g1", "大家好，今天学习了吗").get("replies")).isEmpty();
        JsonNode mentioned = server.ask("u2", "g1", "@红色引擎助手 遵义会议是哪年开的？").get("replies").get(0);
        assertThat(mentioned.get("type").asText()).isEqualTo("answer");
        assertThat(server.ask("u2", "g1", "帮助").get("replies").get(0).get("type").asText()).isEqualTo("help");
    }

    private void assertBad(int status, byte[] body, String errorPart) throws Exception {
        HttpResponse<String> r = server.post("/api/messages", body);
        assertThat(r.statusCode()).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
        assertThat(TestServer.JSON.readTree(r.body()).get("error").asText()).contains(errorPart);
    }

    private void assertBad(String body, String errorPart) throws Exception {
        assertBad(400, body.getBytes(StandardCharsets.UTF_8), errorPart);
    }

    @Test
    void malformedJson() throws Exception {
        assertBad("{\"user\":\"u1\",\"text\":", "JSON");
        assertBad("not json", "JSON");
        assertBad("[1,2]", "JSON 对象");
        assertBad("", "为空");
    }

    @Test
    void wrongFieldTypes() throws Exception {
        assertBad("{\"user\":1,\"text\":\"你好\"}", "user 必须是字符串");
        assertBad("{\"user\":\"u1\",\"text\":[\"你好\"]}", "text 必须是字符串");
        assertBad("{\"user\":\"u1\",\"text\":\"你好\",\"group\":5}", "group 必须是字符串");
        assertBad("{\"user\":\"u1\",\"text\":\"你好\",\"name\":{}}", "name 必须是字符串");
    }

    @Test
    void missingUserOrText() throws Exception {
        assertBad("{\"text\":\"你好\"}", "缺少字段 user");
        assertBad("{\"user\":\"u1\"}", "缺少字段 text");
        assertBad("{\"user\":\"\",\"text\":\"你好\"}", "user 不能为空");
    }

    @Test
    void emptyOrWhitespaceText() throws Exception {
        assertBad("{\"user\":\"u1\",\"text\":\"\"}", "text 不能为空");
        assertBad("{\"user\":\"u1\",\"text\":\"  \\n\\t　\"}", "text 不能为空");
    }

    @Test
    void textOver2000Characters() throws Exception {
        assertBad("{\"user\":\"u1\",\"text\":\"" + "党".repeat(2001) + "\"}", "太长");
        server.session("u1");
        HttpResponse<String> ok = server.postAs("u1", "/api/messages", "{\"user\":\"u1\",\"text\":\"" + "党".repeat(2000) + "\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    @Test
    void bodyOver64KiB() throws Exception {
        String big = "{\"user\":\"u1\",\"text\":\"" + "a".repeat(70 * 1024) + "\"}";
        assertBad(413, big.getBytes(StandardCharsets.UTF_8), "请求体过大");
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] head = "{\"user\":\"u1\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC3;
        body[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        assertBad(400, body, "UTF-8");
    }

    @Test
    void unknownPathsAndMethods() throws Exception {
        HttpResponse<String> notFound = server.get("/no/such/path");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(TestServer.JSON.readTree(notFound.body()).has("error")).isTrue();
        HttpResponse<String> wrongMethod = server.send("PUT", "/api/messages", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("allow")).hasValue("POST, GET");
        assertThat(TestServer.JSON.readTree(wrongMethod.body()).has("error")).isTrue();
        HttpResponse<String> postHealth = server.post("/healthz", "{}");
        assertThat(postHealth.statusCode()).isEqualTo(405);
    }

    @Test
    void garbageHttpGetsA400AndTheServerKeepsServing() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("THIS IS NOT HTTP\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(head).startsWith("HTTP/1.1 4");
        }
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void webPageAndAssetsAreServed() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("红色引擎学习助手").contains("/static/chat.js");
        assertThat(server.get("/static/chat.js").statusCode()).isEqualTo(200);
        assertThat(server.get("/static/chat.css").headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        assertThat(server.get("/static/../../pom.xml").statusCode()).isEqualTo(404);
    }
}
