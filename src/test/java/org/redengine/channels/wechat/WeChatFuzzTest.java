package org.redengine.channels.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 randomly mutated copies of valid safe-mode callbacks (body bytes and query parameters): no 5xx, no
 * exception text in any answer, and valid messages still work afterwards.
 */
class WeChatFuzzTest {

    static final String TOKEN = "fuzz-token";
    static final String AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APPID = "wxfuzz";

    @TempDir
    Path tmp;

    @Test
    void mutatedEnvelopesNeverBreakTheServer() throws Exception {
        WeChatConfig config = new WeChatConfig(TOKEN, AES, APPID, "s", "http://127.0.0.1:1", Duration.ofDays(3650), null, Duration.ofMillis(4000));
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 4, false).withWeChat(config, WeChatConfig.OFF, null);
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, AES, APPID);
        Random random = new Random(20261122);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (TestServer server = new TestServer(settings)) {
            String ts = String.valueOf(System.currentTimeMillis() / 1000);
            int served = 0;
            for (int i = 0; i < 10_000; i++) {
                String nonce = "n" + i;
                String inner = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[fuzz-" + (i % 50)
                        + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                        + "<Content><![CDATA[四史是什么]]></Content><MsgId>" + (900000 + i) + "</MsgId></xml>";
                String encrypt = crypto.encrypt(inner);
                byte[] body = ("<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>")
                        .getBytes(StandardCharsets.UTF_8);
                String query = "signature=" + WeChatCrypto.sha1Sorted(TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce
                        + "&encrypt_type=aes&msg_signature=" + crypto.msgSignature(ts, nonce, encrypt);
                int mutation = random.nextInt(4);
                if (mutation <= 1) body = mutate(body, random);
                if (mutation == 2) {
                    // keep only characters a URI may carry, so the request is sent and reaches the server
                    query = new String(mutate(query.getBytes(StandardCharsets.US_ASCII), random), StandardCharsets.ISO_8859_1)
                            .replaceAll("[^A-Za-z0-9=&_.-]", "");
                }
                HttpResponse<String> r;
                try {
                    r = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/wechat?" + query))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badUri) {
                    continue; // the client refused to send a malformed URI: nothing reached the server
                }
                assertThat(r.statusCode()).as("request %d", i).isLessThan(500);
                assertThat(r.body()).as("request %d", i).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
                if (r.statusCode() == 200) served++;
            }
            assertThat(served).as("unmutated or harmlessly mutated requests were still served").isGreaterThan(1000);
            // a valid message still works afterwards
            String nonce = "final";
            String encrypt = crypto.encrypt("<xml><ToUserName>gh</ToUserName><FromUserName>fuzz-ok</FromUserName><CreateTime>" + ts
                    + "</CreateTime><MsgType>text</MsgType><Content>遵义会议是哪年开的</Content><MsgId>1</MsgId></xml>");
            HttpResponse<String> ok = server.send("POST", "/wechat?signature=" + WeChatCrypto.sha1Sorted(TOKEN, ts, nonce) + "&timestamp=" + ts
                    + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + crypto.msgSignature(ts, nonce, encrypt),
                    "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");
            assertThat(ok.statusCode()).isEqualTo(200);
            String reply = WeChatXml.parse(crypto.decrypt(WeChatXml.parse(ok.body().getBytes(StandardCharsets.UTF_8)).get("Encrypt"))
                    .getBytes(StandardCharsets.UTF_8)).get("Content");
            assertThat(reply).contains("1935");
        }
    }

    /** One to four random edits: flip a byte, delete a run, duplicate a run, or cut the tail. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 1; e++) {
            int pos = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[pos] = (byte) random.nextInt(256);
                case 1 -> {
                    int len = Math.min(b.length - pos, 1 + random.nextInt(8));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, pos);
                    System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
                    b = out;
                }
                case 2 -> {
                    int len = Math.min(b.length - pos, 1 + random.nextInt(16));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, pos + len);
                    System.arraycopy(b, pos, out, pos + len, b.length - pos);
                    b = out;
                }
                default -> b = java.util.Arrays.copyOf(b, pos);
            }
        }
        return b;
    }
}
