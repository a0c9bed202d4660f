package org.redengine.channels.wechat;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WeCom application callback (WeCom developer documentation 90238 receiving messages, 90968 encryption): the
 * encrypted URL check and private messages; messages to a person through the application API; and the groups'
 * webhooks (群机器人, 91770) as push-only outlets.
 */
class WeComChannelTest {

    static final String TOKEN = "wecom-token";
    static final String CORPID = "ww0123456789abcdef";

    @TempDir
    Path tmp;
    TestServer server;
    WeChatCrypto crypto;
    HttpServer robot;
    final List<String> robotMessages = new CopyOnWriteArrayList<>();

    final List<String> apiCalls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String aesKey = Base64.getEncoder().encodeToString(key).substring(0, 43);
        crypto = new WeChatCrypto(TOKEN, aesKey, CORPID);
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/cgi-bin/webhook/send", ex -> {
            robotMessages.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        // the same fake also plays the WeCom API: tokens and application messages
        robot.createContext("/cgi-bin/gettoken", ex -> {
            apiCalls.add("gettoken " + ex.getRequestURI().getQuery());
            byte[] b = "{\"errcode\":0,\"access_token\":\"WT\",\"expires_in\":7200}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        robot.createContext("/cgi-bin/message/send", ex -> {
            apiCalls.add("send " + ex.getRequestURI().getQuery() + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] b = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        robot.start();
        WeChatConfig config = new WeChatConfig(TOKEN, aesKey, CORPID, "secret", "http://127.0.0.1:" + robot.getAddress().getPort(), Duration.ofMinutes(5),
                "1000002", Duration.ofMillis(4000));
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 4, false)
                .withWeChat(WeChatConfig.OFF, config, "web:g9=http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=k");
        server = new TestServer(settings);
    }

    @AfterEach
    void stop() {
        server.close();
        robot.stop(0);
    }

    private static String now() {
        return String.valueOf(System.currentTimeMillis() / 1000);
    }

    static final java.util.concurrent.atomic.AtomicInteger NONCES = new java.util.concurrent.atomic.AtomicInteger();

    private HttpResponse<String> post(String innerXml) throws Exception {
        String ts = now();
        String nonce = "n" + NONCES.incrementAndGet(); // the platform's nonces are random: never reused with another body
        String encrypt = crypto.encrypt(innerXml);
        String body = "<xml><ToUserName><![CDATA[" + CORPID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return server.send("POST", "/wecom?msg_signature=" + crypto.msgSignature(ts, nonce, encrypt) + "&timestamp=" + ts + "&nonce=" + nonce, body);
    }

    private static String text(String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + CORPID + "]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }

    private String decryptReply(HttpResponse<String> r) throws Exception {
        Map<String, String> envelope = WeChatXml.parse(r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(crypto.verifyMsgSignature(envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt"), envelope.get("MsgSignature"))).isTrue();
        return WeChatXml.parse(crypto.decrypt(envelope.get("Encrypt")).getBytes(StandardCharsets.UTF_8)).get("Content");
    }

    @Test
    void urlVerificationDecryptsTheEchostr() throws Exception {
        String ts = now();
        String echo = crypto.encrypt("1616140317555161061");
        String q = "/wecom?msg_signature=" + crypto.msgSignature(ts, "n1", echo) + "&timestamp=" + ts + "&nonce=n1&echostr="
                + URLEncoder.encode(echo, StandardCharsets.UTF_8);
        HttpResponse<String> ok = server.get(q);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1616140317555161061");
        assertThat(server.get(q.replace("msg_signature=", "msg_signature=0")).statusCode()).isEqualTo(403);
    }

    @Test
    void privateMessagesAreAnsweredEncrypted() throws Exception {
        assertThat(decryptReply(post(text("zhangsan", 1, "遵义会议是哪年开的？")))).contains("1935");
    }

    @Test
    void aWrongCorpidOrForgedSignatureIsRejected() throws Exception {
        WeChatCrypto other = new WeChatCrypto(TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", CORPID);
        String ts = now();
        String enc = other.encrypt(text("x", 5, "你好"));
        String body = "<xml><ToUserName>c</ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt><AgentID>1</AgentID></xml>";
        assertThat(server.send("POST", "/wecom?msg_signature=" + crypto.msgSignature(ts, "n", enc) + "&timestamp=" + ts + "&nonce=n", body).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/wecom?msg_signature=bad&timestamp=" + ts + "&nonce=n", body).statusCode()).isEqualTo(403);
    }

    @Test
    void messagesToAPersonGoThroughTheApplicationApiWithAnAccessToken() throws Exception {
        server.engine().outbound().post(ConversationKey.direct(WeComChannel.CHANNEL, "zhangsan"), Reply.of(ReplyType.NOTICE, "今天的周汇朝学开始了"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (apiCalls.size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(apiCalls.get(0)).startsWith("gettoken").contains("corpid=" + CORPID).contains("corpsecret=secret");
        assertThat(apiCalls.get(1)).contains("access_token=WT").contains("\"touser\":\"zhangsan\"")
                .contains("\"agentid\":\"1000002\"").contains("周汇朝学");
    }

    @Test
    void aGroupsOwnWebhookGetsWhatTheBotSendsToThatGroupInOrder() throws Exception {
        server.engine().outbound().post(ConversationKey.group("web", "other-group"), Reply.of(ReplyType.NOTICE, "别的群"));
        for (int i = 1; i <= 5; i++) {
            server.engine().outbound().post(ConversationKey.group("web", "g9"), Reply.of(ReplyType.NOTICE, "第" + i + "题"));
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (robotMessages.size() < 5 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(robotMessages).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(robotMessages.get(i)).contains("\"msgtype\":\"text\"").contains("第" + (i + 1) + "题");
        }
        assertThat(robotMessages).noneMatch(m -> m.contains("别的群"));
    }

    @Test
    void aWebhookSettingThatNamesNoGroupStopsStartUpWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroupWebhooks.parse("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("渠道:群ID=Webhook地址");
        assertThat(GroupWebhooks.parse("web:g1=https://a.example/send?key=1, wecom-bot:wrk2=https://b.example/send?key=2"))
                .containsEntry("web:g1", "https://a.example/send?key=1").containsEntry("wecom-bot:wrk2", "https://b.example/send?key=2");
    }
}
