package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * JSON over HTTP to the WeChat or WeCom server API, and the access token both need: fetched from a token URL,
 * cached, and fetched again five minutes before it expires or when forced (after 40001/40014/42001).
 */
final class PlatformHttp {

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String tokenPath;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.EPOCH;

    /** @param tokenPath path and query of the token endpoint, already encoded */
    PlatformHttp(String base, String tokenPath, Clock clock) {
        this.base = base;
        this.tokenPath = tokenPath;
        this.clock = clock;
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    synchronized String accessToken(boolean force) throws IOException, InterruptedException {
        if (!force && token != null && clock.instant().isBefore(expires.minus(Duration.ofMinutes(5)))) {
            return token;
        }
        JsonNode r = send(HttpRequest.newBuilder(URI.create(base + tokenPath)).timeout(Duration.ofSeconds(10)).GET().build());
        if (!r.hasNonNull("access_token")) {
            throw new IOException("no access token: errcode " + r.path("errcode").asInt());
        }
        token = r.get("access_token").asText();
        expires = clock.instant().plusSeconds(r.path("expires_in").asLong(7200));
        return token;
    }

    /** POSTs JSON to {@code path?access_token=…}; the platform's answer (errcode 0 on success). */
    JsonNode postWithToken(String path, String json, boolean freshToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path + "?access_token=" + enc(accessToken(freshToken))))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode());
        return mapper.readTree(r.body());
    }
}
