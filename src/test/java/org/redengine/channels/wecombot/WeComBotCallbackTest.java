package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;
import org.redengine.channels.wechat.WeChatCrypto;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the WeCom intelligent robot's callback URL mode, as the platform sends it (WeCom developer documentation
 * 100719 messages, 101027 events, 101031 passive replies, 101033 crypto: JSON {"encrypt"} with an EMPTY receive id,
 * 101138 response_url). The test plays the platform with real encryption.
 */
class WeComBotCallbackTest {

    static final String TOKEN = "robotToken";
    static final String ADMIN = "callback-admin";

    @TempDir
    Path tmp;
    TestServer server;
    WeChatCrypto platform;
    String aesKey;
    HttpServer responseUrls;
    final List<String> posted = new CopyOnWriteArrayList<>();
    final AtomicInteger nonces = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        aesKey = Base64.getEncoder().encodeToString(key).substring(0, 43);
        platform = WeChatCrypto.withEmptyReceiveId(TOKEN, aesKey);
        responseUrls = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        responseUrls.createContext("/response", ex -> { // response_url: one message each (101138)
            posted.add(ex.getRequestURI().getQuery() + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        responseUrls.start();
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, ADMIN)
                .withWeComBot(WeComBotConfig.callback(TOKEN, aesKey, Duration.ofMillis(50)));
        server = new TestServer(settings);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        responseUrls.stop(0);
    }

    String responseUrl(String tag) {
        return "http://127.0.0.1:" + responseUrls.getAddress().getPort() + "/response?" + tag;
    }

    /** POSTs a callback body as the platform does: encrypted, signed, with a fresh timestamp and nonce. */
    HttpResponse<String> post(ObjectNode body) throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000), nonce = "n" + nonces.incrementAndGet();
        String encrypt = platform.encrypt(body.toString());
        return server.send("POST", "/wecom/bot?msg_signature=" + platform.msgSignature(ts, nonce, encrypt) + "&timestamp=" + ts
                + "&nonce=" + nonce, "{\"encrypt\":\"" + encrypt + "\"}");
    }

    /** The decrypted reply, after checking its signature. */
    JsonNode reply(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode envelope = TestServer.JSON.readTree(r.body());
        assertThat(platform.verifyMsgSignature(envelope.path("timestamp").asText(), envelope.path("nonce").asText(),
                envelope.path("encrypt").asText(), envelope.path("msgsignature").asText())).as("the reply is signed").isTrue();
        return TestServer.JSON.readTree(platform.decrypt(envelope.path("encrypt").asText()));
    }

    /** The final stream content of a message, refreshing the stream while it is not finished. */
    JsonNode finished(JsonNode reply) throws Exception {
        for (int i = 0; i < 100 && !reply.path("stream").path("finish").asBoolean(); i++) {
            Thread.sleep(100);
            ObjectNode refresh = TestServer.JSON.createObjectNode().put("msgtype", "stream");
            refresh.putObject("stream").put("id", reply.path("stream").path("id").asText());
            reply = reply(post(refresh));
        }
        return reply.path("stream");
    }

    ObjectNode text(String msgId, String user, String chat, String content, String responseUrl) {
        ObjectNode b = FakeBotPlatform.text(msgId, user, chat, content);
        b.put("response_url", responseUrl);
        return b;
    }

    @Test
    void theUrlCheckAnswersTheDecryptedEchostr() throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        String echo = platform.encrypt("1616140317555161061");
        String q = "/wecom/bot?msg_signature=" + platform.msgSignature(ts, "n1", echo) + "&timestamp=" + ts + "&nonce=n1&echostr="
                + URLEncoder.encode(echo, StandardCharsets.UTF_8);
        HttpResponse<String> ok = server.get(q);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1616140317555161061");
        assertThat(server.get(q.replace("msg_signature=", "msg_signature=0")).statusCode()).isEqualTo(403);
    }

    @Test
    void theReceiveIdIsEmpty() throws Exception {
        // 101033: random(16) | length(4) | message | receive id, here nothing after the message
        byte[] keyBytes = Base64.getDecoder().decode(aesKey + "=");
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new IvParameterSpec(keyBytes, 0, 16));
        byte[] plain = c.doFinal(Base64.getDecoder().decode(platform.encrypt("{\"a\":1}")));
        int pad = plain[plain.length - 1];
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        assertThat(plain.length - pad).isEqualTo(16 + 4 + length);
        assertThat(new String(plain, 20, length, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aGroupMentionGetsAStreamReplyWithItsSource() throws Exception {
        JsonNode stream = finished(reply(post(text("c-1", "zhangsan", "chat-1", "@红色引擎 遵义会议是什么时候召开的？", responseUrl("a")))));
        assertThat(stream.path("content").asText()).contains("1935").contains("> 来源：");
        assertThat(stream.path("id").asText()).isNotBlank();
    }

    @Test
    void forgedStaleAndReplayedCallbacksAreRefused() throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        String encrypt = platform.encrypt(text("c-f", "x", null, "你好", responseUrl("f")).toString());
        String envelope = "{\"encrypt\":\"" + encrypt + "\"}";
        assertThat(server.send("POST", "/wecom/bot?msg_signature=bad&timestamp=" + ts + "&nonce=f1", envelope).statusCode()).isEqualTo(403);
        String stale = String.valueOf(System.currentTimeMillis() / 1000 - 3600);
        assertThat(server.send("POST", "/wecom/bot?msg_signature=" + platform.msgSignature(stale, "f2", encrypt) + "&timestamp=" + stale
                + "&nonce=f2", envelope).statusCode()).isEqualTo(403);
        WeChatCrypto other = WeChatCrypto.withEmptyReceiveId(TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        String foreign = other.encrypt("{}");
        assertThat(server.send("POST", "/wecom/bot?msg_signature=" + platform.msgSignature(ts, "f3", foreign) + "&timestamp=" + ts
                + "&nonce=f3", "{\"encrypt\":\"" + foreign + "\"}").statusCode()).as("another key").isEqualTo(400);
        assertThat(server.send("POST", "/wecom/bot?msg_signature=" + platform.msgSignature(ts, "f4", encrypt) + "&timestamp=" + ts
                + "&nonce=f4", envelope).statusCode()).isEqualTo(200);
        String other2 = platform.encrypt(text("c-g", "y", null, "打卡", responseUrl("g")).toString());
        assertThat(server.send("POST", "/wecom/bot?msg_signature=" + platform.msgSignature(ts, "f4", other2) + "&timestamp=" + ts
                + "&nonce=f4", "{\"encrypt\":\"" + other2 + "\"}").statusCode()).as("the same nonce with another body").isEqualTo(403);
        assertThat(server.send("POST", "/wecom/bot?timestamp=" + ts + "&nonce=f5", "not json").statusCode()).as("malformed").isEqualTo(400);
    }

    @Test
    void aRedeliveredMessageIsHandledOnceAndEnterChatIsWelcomed() throws Exception {
        ObjectNode checkIn = text("c-ci", "wangwu", "chat-2", "@红色引擎 打卡 学习了遵义会议", responseUrl("ci"));
        String first = finished(reply(post(checkIn))).path("content").asText();
        assertThat(first).contains("打卡成功");
        assertThat(finished(reply(post(checkIn.deepCopy()))).path("content").asText()).isEqualTo(first);
        JsonNode report = TestServer.JSON.readTree(server.send("GET", "/api/admin/reports?channel=wecom-bot&group=chat-2&month="
                + YearMonth.now(), null, "Authorization", "Bearer " + ADMIN).body());
        assertThat(report.path("checkIns").asInt()).isEqualTo(1);

        ObjectNode enter = FakeBotPlatform.envelope("e-1", "zhaoliu", null).put("msgtype", "event");
        enter.putObject("event").put("eventtype", "enter_chat");
        JsonNode welcome = reply(post(enter));
        assertThat(welcome.path("msgtype").asText()).isEqualTo("text");
        assertThat(welcome.path("text").path("content").asText()).contains("红色引擎学习助手").contains("帮助");

        ObjectNode refresh = TestServer.JSON.createObjectNode().put("msgtype", "stream");
        refresh.putObject("stream").put("id", "unknown-stream");
        assertThat(reply(post(refresh)).path("stream").path("finish").asBoolean()).as("an unknown stream is ended").isTrue();
    }

    @Test
    void pushesUseEachChatsResponseUrlOnceAndWaitForTheNext() throws Exception {
        finished(reply(post(text("c-h", "boss", "chat-3", "@红色引擎 你好", responseUrl("first")))));
        String bank = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试\n";
        assertThat(server.send("POST", "/api/admin/quiz/banks?name=bank.csv", bank, "Authorization", "Bearer " + ADMIN,
                "Content-Type", "text/csv").statusCode()).isEqualTo(200);
        assertThat(server.send("POST", "/api/admin/contests", "{\"channel\":\"wecom-bot\",\"group\":\"chat-3\",\"questions\":1,\"seconds\":60}",
                "Authorization", "Bearer " + ADMIN).statusCode()).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 10_000;
        while (posted.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        Thread.sleep(300);
        assertThat(posted).as("one message per response_url").hasSize(1);
        assertThat(posted.get(0)).startsWith("first ").contains("\"msgtype\":\"markdown\"").contains("知识竞赛开始");

        finished(reply(post(text("c-h2", "boss", "chat-3", "@红色引擎 题目呢", responseUrl("second")))));
        deadline = System.currentTimeMillis() + 10_000;
        while (posted.size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(posted).hasSize(2);
        assertThat(posted.get(1)).startsWith("second ").contains("\"msgtype\":\"template_card\"").contains("遵义会议是哪一年召开的");
    }
}
