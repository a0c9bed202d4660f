import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.channels.wechat.WeChatCrypto;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * WeChat callback requests for wrk, one per line as "PATH<TAB>BODY": safe-mode (AES) and plaintext-mode text
 * messages, each with its own MsgId (so none is a retry), questions taken from a bench body file.
 * Run: java -cp target/redengine.jar bench/MakeWeChatBench.java QUESTIONS_JSONL OUT_DIR COUNT TOKEN AESKEY APPID
 */
public class MakeWeChatBench {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String token = args[3], aesKey = args[4], appId = args[5];
        WeChatCrypto crypto = new WeChatCrypto(token, aesKey, appId);
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        try (BufferedWriter safe = Files.newBufferedWriter(out.resolve("wechat-safe.txt"), StandardCharsets.UTF_8);
             BufferedWriter plain = Files.newBufferedWriter(out.resolve("wechat-plain.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String question = mapper.readTree(lines.get(i % lines.size())).get("text").asText().replace("]]>", "");
                String nonce = "s" + i; // a nonce is used once (the server refuses it with another body)
                String sig = WeChatCrypto.sha1Sorted(token, ts, nonce);
                String inner = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[bench-" + (i % 500)
                        + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                        + question + "]]></Content><MsgId>" + (1_000_000L + i) + "</MsgId></xml>";
                String encrypt = crypto.encrypt(inner);
                safe.write("/wechat?signature=" + sig + "&timestamp=" + ts + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature="
                        + crypto.msgSignature(ts, nonce, encrypt) + "\t<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA["
                        + encrypt + "]]></Encrypt></xml>");
                safe.newLine();
                String plainInner = inner.replace("<MsgId>" + (1_000_000L + i), "<MsgId>" + (5_000_000L + i));
                String plainNonce = "p" + i;
                plain.write("/wechat?signature=" + WeChatCrypto.sha1Sorted(token, ts, plainNonce) + "&timestamp=" + ts
                        + "&nonce=" + plainNonce + "\t" + plainInner);
                plain.newLine();
            }
        }
        System.out.println("wrote " + count + " safe-mode and " + count + " plaintext requests");
    }
}
