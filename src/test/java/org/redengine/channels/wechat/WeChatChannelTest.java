package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Official Account callback over real HTTP, in plaintext and safe mode, against a fake WeChat API. */
class WeChatChannelTest {

    static final String TOKEN = "redengine-token";
    static final String APPID = "wx1234567890abcdef";

    @TempDir
    Path tmp;
    FakeWeChatApi api;
    TestServer server;
    WeChatCrypto crypto;
    String aesKey;

    @BeforeEach
    void start() throws Exception {
        api = new FakeWeChatApi();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        aesKey = Base64.getEncoder().encodeToString(key).substring(0, 43);
        crypto = new WeChatCrypto(TOKEN, aesKey, APPID);
        server = start(Duration.ofMillis(4000));
    }

    static final String ADMIN = "admin-secret";

    /** A server in plaintext mode (no EncodingAESKey). */
    private TestServer start(Duration budget) throws Exception {
        return start(budget, null);
    }

    private TestServer start(Duration budget, String key) throws Exception {
        WeChatConfig config = new WeChatConfig(TOKEN, key, APPID, "secret", api.base(), Duration.ofMinutes(5), null, budget);
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 2, false).withWeChat(config, WeChatConfig.OFF, null)
                .withDatabase(null, ADMIN);
        return new TestServer(settings);
    }

    /** A WeChat user's bot history, read as the admin (nobody else may). */
    private JsonNode history(String openid) throws Exception {
        return TestServer.JSON.readTree(server.send("GET", "/api/messages?user=" + openid + "&channel=wechat", null,
                "Authorization", "Bearer " + ADMIN).body()).get("messages");
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        api.close();
    }

    private static String now() {
        return String.valueOf(System.currentTimeMillis() / 1000);
    }

    private String query(String timestamp, String nonce) {
        return "?signature=" + WeChatCrypto.sha1Sorted(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce + "&openid=o1";
    }

    private static String textXml(String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[gh_account]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    private static String eventXml(String from, String event, String key) {
        return "<xml><ToUserName><![CDATA[gh_account]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + event + "]]></Event>"
                + (key == null ? "" : "<EventKey><![CDATA[" + key + "]]></EventKey>") + "</xml>";
    }

    private final java.util.concurrent.atomic.AtomicInteger nonces = new java.util.concurrent.atomic.AtomicInteger();

    /** Posts a callback as the platform does: a fresh timestamp and nonce, signed. */
    private HttpResponse<String> post(String xml) throws Exception {
        String ts = now();
        return server.send("POST", "/wechat" + query(ts, "n" + nonces.incrementAndGet()), xml);
    }

    private static Map<String, String> fields(HttpResponse<String> r) throws Exception {
        return WeChatXml.parse(r.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void urlVerificationEchoesOnlyWithTheRightSignature() throws Exception {
        String ts = now();
        HttpResponse<String> ok = server.get("/wechat" + query(ts, "abc") + "&echostr=4321");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("4321");
        HttpResponse<String> forged = server.get("/wechat?signature=0000&timestamp=" + ts + "&nonce=abc&echostr=4321");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("4321");
    }

    @Test
    void aTextMessageGetsAPassiveTextReplyWithSenderAndReceiverSwapped() throws Exception {
        HttpResponse<String> r = post(textXml("openid-a", 1001, "遵义会议是哪年开的？"));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, String> reply = fields(r);
        assertThat(reply).containsEntry("ToUserName", "openid-a").containsEntry("FromUserName", "gh_account")
                .containsEntry("MsgType", "text");
        assertThat(reply.get("Content")).contains("1935").contains("（来源：");
    }

    @Test
    void aRetryIsAnsweredTheSameWayAndCountsOnceAlsoAfterARestart() throws Exception {
        String xml = textXml("openid-b", 2002, "四史是什么");
        String first = fields(post(xml)).get("Content");
        assertThat(fields(post(xml)).get("Content")).isEqualTo(first);
        server.close();
        server = start(Duration.ofMillis(4000));
        assertThat(fields(post(xml)).get("Content")).isEqualTo(first);
        assertThat(history("openid-b")).hasSize(1);
    }

    @Test
    void eventsAndOtherMessageKindsGetTheRightReplies() throws Exception {
        assertThat(fields(post(eventXml("openid-c", "subscribe", null))).get("Content")).startsWith("欢迎关注").contains("帮助");
        assertThat(post(eventXml("openid-c", "unsubscribe", null)).body()).isEqualTo("success");
        assertThat(fields(post(eventXml("openid-c", "CLICK", "HELP"))).get("Content")).contains("直接提问");
        // every button of the README's sample menu runs a command that works in the private chat an Official Account has
        for (String key : MenuKeys.COMMANDS.keySet()) {
            String reply = fields(post(eventXml("openid-menu", "CLICK", key))).get("Content");
            assertThat(reply).as(key).doesNotContain("请在群聊中使用").doesNotContain("只有");
            if (!key.equals("HELP") && !key.equals("ASK")) assertThat(reply).as(key).doesNotContain("直接提问");
        }
        String image = "<xml><ToUserName>gh</ToUserName><FromUserName>openid-c</FromUserName><CreateTime>" + now()
                + "</CreateTime><MsgType>image</MsgType><PicUrl>http://x/p.jpg</PicUrl><MediaId>m</MediaId><MsgId>3003</MsgId></xml>";
        assertThat(fields(post(image)).get("Content")).contains("只能看懂文字");
        String voice = "<xml><ToUserName>gh</ToUserName><FromUserName>openid-c</FromUserName><CreateTime>" + now()
                + "</CreateTime><MsgType>voice</MsgType><MediaId>m</MediaId><Format>amr</Format><Recognition>遵义会议是哪年开的</Recognition><MsgId>3004</MsgId></xml>";
        assertThat(fields(post(voice)).get("Content")).contains("1935");
    }

    @Test
    void forgedStaleMalformedAndHostileRequestsAreRejectedAndProcessNothing() throws Exception {
        String ts = now();
        assertThat(server.send("POST", "/wechat?signature=bad&timestamp=" + ts + "&nonce=n", textXml("openid-d", 4001, "你好")).statusCode()).isEqualTo(403);
        String old = String.valueOf(System.currentTimeMillis() / 1000 - 3600);
        assertThat(server.send("POST", "/wechat" + query(old, "n"), textXml("openid-d", 4002, "你好")).statusCode()).isEqualTo(403);
        assertThat(post("<xml><Content>oops").statusCode()).isEqualTo(400);
        HttpResponse<String> xxe = post("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>openid-d</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>4003</MsgId></xml>");
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).doesNotContain("root:");
        assertThat(history("openid-d")).isEmpty();
    }

    @Test
    void safeModeDecryptsTheMessageAndEncryptsTheReply() throws Exception {
        server.close();
        server = start(Duration.ofMillis(4000), aesKey);
        String ts = now();
        String nonce = "safe" + ts;
        String encrypt = crypto.encrypt(textXml("openid-e", 5001, "四史是啥"));
        String body = "<xml><ToUserName><![CDATA[gh_account]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
        String q = query(ts, nonce) + "&encrypt_type=aes&msg_signature=" + crypto.msgSignature(ts, nonce, encrypt);
        HttpResponse<String> r = server.send("POST", "/wechat" + q, body);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, String> envelope = fields(r);
        assertThat(crypto.verifyMsgSignature(envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt"), envelope.get("MsgSignature"))).isTrue();
        Map<String, String> reply = WeChatXml.parse(crypto.decrypt(envelope.get("Encrypt")).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.get("Content")).contains("新中国史");
        assertThat(reply.get("ToUserName")).isEqualTo("openid-e");

        String forgedSig = query(ts, nonce) + "&encrypt_type=aes&msg_signature=deadbeef";
        assertThat(server.send("POST", "/wechat" + forgedSig, body).statusCode()).isEqualTo(403);
        WeChatCrypto otherApp = new WeChatCrypto(TOKEN, aesKey, "wx-other-app");
        String foreign = otherApp.encrypt(textXml("openid-e", 5002, "你好"));
        String foreignQuery = query(ts, nonce + "x") + "&encrypt_type=aes&msg_signature=" + crypto.msgSignature(ts, nonce + "x", foreign);
        assertThat(server.send("POST", "/wechat" + foreignQuery,
                "<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[" + foreign + "]]></Encrypt></xml>").statusCode()).isEqualTo(400);
    }

    @Test
    void aSlowAnswerIsAcknowledgedWithSuccessAndSentThroughTheCustomerServiceApi() throws Exception {
        server.close();
        server = start(Duration.ZERO); // no time to answer passively
        api.sendErrors.add(40001); // the first token is rejected once: refresh and retry
        HttpResponse<String> r = post(textXml("openid-f", 6001, "遵义会议是哪年开的？"));
        assertThat(r.body()).isEqualTo("success");
        long deadline = System.currentTimeMillis() + 10_000;
        while (api.sent.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(api.sent).singleElement().satisfies(s -> {
            assertThat(s).contains("access_token=TOKEN-2").contains("openid-f").contains("1935");
        });
        assertThat(api.tokensIssued.get()).isEqualTo(2);
    }

    @Test
    void manyCallbacksAtOnceAreAllAnsweredInTimeEvenWithFewWorkers() throws Exception {
        // regression: answering on the pool the request waits on starved it, and every reply became "success"
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(12);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            replies.add(clients.submit(() -> post(textXml("openid-many-" + n, 8000 + n, "四史是什么"))));
        }
        for (var f : replies) {
            HttpResponse<String> r = f.get();
            assertThat(r.body()).as("a passive reply, not a deferred one").startsWith("<xml>");
        }
        clients.shutdown();
    }

    @Test
    void aRefusedCustomerServiceMessageIsNotRetriedAndStaysInHistory() throws Exception {
        server.close();
        server = start(Duration.ZERO);
        api.sendErrors.add(45015);
        post(textXml("openid-g", 7001, "四史是什么"));
        Thread.sleep(500);
        assertThat(api.sent).isEmpty();
        assertThat(history("openid-g")).hasSize(1);
    }

    /**
     * Issue 15: outside the 48-hour customer-service window WeChat refuses a push (45015, documented for the
     * customer-service message API); the message is held, counted, and sent when the follower writes again.
     */
    @Test
    void aPushRefusedOutsideTheWindowIsHeldAndSentOnTheFollowersNextVisit() throws Exception {
        api.sendErrors.add(45015);
        server.engine().outbound().post(org.redengine.conversation.ConversationKey.direct("wechat", "openid-away"),
                org.redengine.conversation.Reply.of(org.redengine.conversation.ReplyType.NOTICE, "本周学习推送：遵义会议"));
        long deadline = System.currentTimeMillis() + 5000;
        while (!server.get("/metrics").body().contains("result=\"held\"") && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(server.get("/metrics").body()).contains("redengine_wechat_pushes_total{result=\"held\"} 1.0");
        assertThat(api.sent).isEmpty();

        post(textXml("openid-away", 8001, "你好"));
        deadline = System.currentTimeMillis() + 5000;
        while (api.sent.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(api.sent).hasSize(1);
        assertThat(api.sent.get(0)).contains("openid-away").contains("你不在的时候").contains("本周学习推送：遵义会议");
        post(textXml("openid-away", 8002, "再见"));
        Thread.sleep(300);
        assertThat(api.sent).as("held messages go out once").hasSize(1);
    }

    /** Issue 12 (5): with an EncodingAESKey set, a plaintext body carrying only a valid URL signature is refused. */
    @Test
    void safeModeRefusesPlaintextCallbacks() throws Exception {
        server.close();
        server = start(Duration.ofMillis(4000), aesKey);
        HttpResponse<String> r = post(textXml("openid-h", 9001, "设为组织者"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("加密");
        assertThat(history("openid-h")).isEmpty();
        assertThat(server.get("/metrics").body()).contains("redengine_callbacks_rejected_total{channel=\"wechat\",reason=\"plaintext\"}");
    }

    /** Issue 12 (5): one signed URL cannot carry another body or another sender; a true retry is still answered. */
    @Test
    void aSignedUrlIsNotReplayedWithAnotherBody() throws Exception {
        String ts = now();
        String q = query(ts, "replay-1");
        String first = textXml("openid-i", 9101, "四史是什么");
        HttpResponse<String> ok = server.send("POST", "/wechat" + q, first);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(server.send("POST", "/wechat" + q, first).body()).isEqualTo(ok.body()); // the platform's retry
        HttpResponse<String> forged = server.send("POST", "/wechat" + q, textXml("openid-victim", 9102, "打卡"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(history("openid-victim")).isEmpty();
        assertThat(history("openid-i")).hasSize(1);
    }

    /** Issue 12 (5): GET verification also keeps to the freshness window. */
    @Test
    void urlVerificationWithAStaleTimestampIsRefused() throws Exception {
        String old = String.valueOf(System.currentTimeMillis() / 1000 - 3600);
        HttpResponse<String> r = server.get("/wechat" + query(old, "abc") + "&echostr=4321");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("4321");
    }

    /** Issue 12 (2): a WeChat user's private history is not readable without the admin's credentials. */
    @Test
    void anotherChannelsHistoryIsAdminOnly() throws Exception {
        post(textXml("openid-j", 9201, "四史是什么"));
        assertThat(server.get("/api/messages?user=openid-j&channel=wechat").statusCode()).isEqualTo(403);
        String token = server.session("curious");
        assertThat(server.send("GET", "/api/messages?user=openid-j&channel=wechat", null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(403);
        assertThat(history("openid-j")).hasSize(1);
    }
}
