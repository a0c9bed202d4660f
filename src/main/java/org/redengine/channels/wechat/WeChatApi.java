package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The Official Account server API the bot calls on its own: the access token ({@code /cgi-bin/token}, cached and
 * refreshed five minutes before it expires, and again once when the platform says it is invalid or expired) and
 * customer-service text messages ({@code /cgi-bin/message/custom/send}).
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
    private final WeChatConfig config;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public WeChatApi(WeChatConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Sends a customer-service text message to a user (openid). Blocks; call it off the event loop. */
    public SendResult sendText(String openId, String text) {
        String body = mapper.createObjectNode().put("touser", openId).put("msgtype", "text")
                .set("text", mapper.createObjectNode().put("content", text)).toString();
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                JsonNode r = post("/cgi-bin/message/custom/send?access_token=" + enc(accessToken(attempt > 0)), body);
                int code = r.path("errcode").asInt(0);
                if (code == 0) return SendResult.SENT;
                if (REFUSED.contains(code)) {
                    log.info("wechat refused a customer-service message ({}); it stays in history", code);
                    return SendResult.REFUSED;
                }
                if (!TOKEN_ERRORS.contains(code)) {
                    log.warn("wechat customer-service send failed: {}", code);
                    return SendResult.FAILED;
                }
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            log.warn("wechat API unreachable: {}", e.toString());
        }
        return SendResult.FAILED;
    }

    /** The cached access token, fetched again when it expires in under five minutes or when forced. */
    synchronized String accessToken(boolean force) throws IOException, InterruptedException {
        if (!force && token != null && clock.instant().isBefore(tokenExpires.minus(Duration.ofMinutes(5)))) {
            return token;
        }
        JsonNode r = get("/cgi-bin/token?grant_type=client_credential&appid=" + enc(config.appId()) + "&secret=" + enc(config.secret()));
        if (!r.hasNonNull("access_token")) {
            throw new IOException("no access token: errcode " + r.path("errcode").asInt());
        }
        token = r.get("access_token").asText();
        tokenExpires = clock.instant().plusSeconds(r.path("expires_in").asLong(7200));
        return token;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode());
        return mapper.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
