package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * The WeCom server API for messages the bot sends on its own: the access token ({@code /cgi-bin/gettoken},
 * cached, refreshed once on 40001/40014/42001), application messages to a person ({@code /cgi-bin/message/send})
 * and to an application group chat ({@code /cgi-bin/appchat/send}).
 */
public class WeComApi {

    private static final Logger log = LoggerFactory.getLogger(WeComApi.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final WeChatConfig config;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant expires = Instant.EPOCH;

    public WeComApi(WeChatConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Sends text to one member (userid). */
    public boolean sendToUser(String userId, String text) {
        ObjectNode body = mapper.createObjectNode().put("touser", userId).put("msgtype", "text")
                .put("agentid", config.agentId() == null ? "" : config.agentId());
        body.putObject("text").put("content", text);
        return send("/cgi-bin/message/send", body);
    }

    /** Sends text to an application group chat (chatid). */
    public boolean sendToChat(String chatId, String text) {
        ObjectNode body = mapper.createObjectNode().put("chatid", chatId).put("msgtype", "text");
        body.putObject("text").put("content", text);
        return send("/cgi-bin/appchat/send", body);
    }

    private boolean send(String path, ObjectNode body) {
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                JsonNode r = post(path + "?access_token=" + enc(accessToken(attempt > 0)), body.toString());
                int code = r.path("errcode").asInt(0);
                if (code == 0) return true;
                if (!WeChatApi.TOKEN_ERRORS.contains(code)) {
                    log.warn("wecom send refused: {}", code);
                    return false;
                }
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            log.warn("wecom API unreachable: {}", e.toString());
        }
        return false;
    }

    synchronized String accessToken(boolean force) throws IOException, InterruptedException {
        if (!force && token != null && clock.instant().isBefore(expires.minus(Duration.ofMinutes(5)))) {
            return token;
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(config.apiBase() + "/cgi-bin/gettoken?corpid="
                        + enc(config.appId()) + "&corpsecret=" + enc(config.secret()))).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode j = mapper.readTree(r.body());
        if (!j.hasNonNull("access_token")) throw new IOException("no access token: errcode " + j.path("errcode").asInt());
        token = j.get("access_token").asText();
        expires = clock.instant().plusSeconds(j.path("expires_in").asLong(7200));
        return token;
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode());
        return mapper.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
