package org.redengine.channels.wecombot;

import java.net.URI;

/**
 * The WeCom intelligent robot's long connection (WeCom developer documentation, path 101463): the robot's id and
 * secret from the WeCom console, the platform's WebSocket address (private deployments show their own), how often
 * to ping (the platform expects about every 30 s) and how far apart pushes to one chat go (tests use less of both).
 */
public record WeComBotConfig(String botId, String secret, URI url, java.time.Duration heartbeat, java.time.Duration pushPace) {

    public static final String DEFAULT_URL = "wss://openws.work.weixin.qq.com";
    public static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(30);
    /** Pushes to one chat at most every 3 s (20 a minute), under the platform's limits. */
    public static final java.time.Duration PUSH_PACE = java.time.Duration.ofSeconds(3);
    public static final WeComBotConfig OFF = new WeComBotConfig(null, null, URI.create(DEFAULT_URL));

    public WeComBotConfig(String botId, String secret, URI url) {
        this(botId, secret, url, HEARTBEAT, PUSH_PACE);
    }

    public WeComBotConfig {
        if (heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()) heartbeat = HEARTBEAT;
        if (pushPace == null || pushPace.isNegative()) pushPace = PUSH_PACE;
        botId = botId == null || botId.isBlank() ? null : botId.strip();
        secret = secret == null || secret.isBlank() ? null : secret.strip();
        if (url == null) url = URI.create(DEFAULT_URL);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("企业微信智能机器人地址必须以 ws:// 或 wss:// 开头：" + url);
        }
    }

    /** The channel is on when both the id and the secret are set. */
    public boolean enabled() {
        return botId != null && secret != null;
    }

    @Override
    public String toString() { // never the secret in a log line
        return "WeComBotConfig[botId=" + botId + ", url=" + url + "]";
    }
}
