package org.redengine.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;
import org.redengine.channels.wechat.WeChatConfig;
import org.redengine.channels.wechat.WeChatCrypto;
import org.redengine.channels.wechat.WeChatXml;
import org.redengine.storage.TestPostgres;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WeChat retries a callback it did not get an answer to in time, and with several nodes the retry can reach
 * another node while the first is still working: both nodes answer the same, and the message counts once.
 */
class WeChatRetryAcrossNodesTest {

    static final String TOKEN = "clustertoken";
    @TempDir
    Path tmp;

    @Test
    void theSameCallbackOnTwoNodesAtOnceIsHandledOnce() throws Exception {
        String url = TestPostgres.shared().createDatabase("wechat_retry");
        WeChatConfig config = new WeChatConfig(TOKEN, null, "wx-cluster", "secret", "http://127.0.0.1:9", Duration.ofMinutes(5), null,
                Duration.ofMillis(4000));
        List<TestServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Settings s = new Settings("127.0.0.1", 0, tmp.resolve("data" + i), TestKnowledge.write(tmp.resolve("kb" + i)),
                        tmp.resolve("q" + i), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(url, "admin-secret").withWeChat(config, WeChatConfig.OFF, null);
                nodes.add(new TestServer(s));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int round = 0; round < 10; round++) {
                long msgId = 7000 + round;
                String ts = String.valueOf(System.currentTimeMillis() / 1000);
                String q = "?signature=" + WeChatCrypto.sha1Sorted(TOKEN, ts, "n" + round) + "&timestamp=" + ts + "&nonce=n" + round + "&openid=o-retry";
                String xml = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o-retry]]></FromUserName><CreateTime>" + ts
                        + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[遵义会议是什么时候召开的？]]></Content><MsgId>"
                        + msgId + "</MsgId></xml>";
                List<Future<HttpResponse<String>>> sent = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    TestServer node = nodes.get(k % 2);
                    sent.add(pool.submit((Callable<HttpResponse<String>>) () -> node.send("POST", "/wechat" + q, xml)));
                }
                String first = null;
                for (Future<HttpResponse<String>> f : sent) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).isEqualTo(200);
                    String content = WeChatXml.parse(r.body().getBytes(StandardCharsets.UTF_8)).get("Content");
                    assertThat(content).contains("1935年1月15日至17日");
                    if (first == null) first = content;
                    assertThat(content).isEqualTo(first);
                }
            }
            pool.shutdown();
            var history = TestServer.JSON.readTree(nodes.get(1).send("GET", "/api/messages?user=o-retry&channel=wechat", null,
                    "Authorization", "Bearer admin-secret").body()).get("messages");
            assertThat(history).as("ten messages, each answered once however many nodes got it").hasSize(10);

            // issue 12 (5): a signed URL seen by one node cannot carry another body on the other node
            String ts = String.valueOf(System.currentTimeMillis() / 1000);
            String q = "?signature=" + WeChatCrypto.sha1Sorted(TOKEN, ts, "once") + "&timestamp=" + ts + "&nonce=once&openid=o-retry";
            String xml = "<xml><ToUserName>gh</ToUserName><FromUserName>o-retry</FromUserName><CreateTime>" + ts
                    + "</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>7999</MsgId></xml>";
            assertThat(nodes.get(0).send("POST", "/wechat" + q, xml).statusCode()).isEqualTo(200);
            assertThat(nodes.get(1).send("POST", "/wechat" + q, xml.replace("o-retry", "o-victim").replace("7999", "8000")).statusCode())
                    .isEqualTo(403);
        } finally {
            nodes.forEach(TestServer::close);
        }
    }
}
