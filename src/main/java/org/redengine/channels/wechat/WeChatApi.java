package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

/**
 * The Official Account server API the bot calls on its own: customer-service text messages
 * ({@code /cgi-bin/message/custom/send}) with the access token from {@code /cgi-bin/token}.
 */
public class WeChatApi {

    private static final Logger log = LoggerFactory.getLogger(WeChatApi.class);
    /** Token invalid (40001), not valid (40014), expired (42001): refresh and retry once. */
    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    /** The user has not spoken for 48 hours (45015), or too many messages (45047): keep in history, stop trying. */
    static final Set<Integer> REFUSED = Set.of(45015, 45047);

    /** What the platform said to a send. */
    public enum SendResult { SENT, REFUSED, FAILED }

    private final ObjectMapper mapper = new ObjectMapper();
    private final PlatformHttp http;

    public WeChatApi(WeChatConfig config, Clock clock) {
        this.http = new PlatformHttp(config.apiBase(), "/cgi-bin/token?grant_type=client_credential&appid="
                + PlatformHttp.enc(config.appId()) + "&secret=" + PlatformHttp.enc(config.secret()), clock);
    }

    /** Sends a customer-service text message to a user (openid). Blocks; call it off the event loop. */
    public SendResult sendText(String openId, String text) {
        String body = mapper.createObjectNode().put("touser", openId).put("msgtype", "text")
                .set("text", mapper.createObjectNode().put("content", text)).toString();
        return send("/cgi-bin/message/custom/send", body, http);
    }

    /** Sends with one token refresh on a token error; shared with the WeCom API. */
    static SendResult send(String path, String body, PlatformHttp http) {
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                JsonNode r = http.postWithToken(path, body, attempt > 0);
                int code = r.path("errcode").asInt(0);
                if (code == 0) return SendResult.SENT;
                if (REFUSED.contains(code)) {
                    log.info("platform refused a message ({}); it stays in history", code);
                    return SendResult.REFUSED;
                }
                if (!TOKEN_ERRORS.contains(code)) {
                    log.warn("platform send failed: {}", code);
                    return SendResult.FAILED;
                }
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            log.warn("platform API unreachable: {}", e.toString());
        }
        return SendResult.FAILED;
    }
}
