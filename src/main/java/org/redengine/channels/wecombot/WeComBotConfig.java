package org.redengine.channels.wecombot;

import java.net.URI;

/**
 * The WeCom intelligent robot, connected one of two ways. The long connection (WeCom developer documentation
 * 101463): the robot's id and secret from the WeCom console, the platform's WebSocket address (private deployments
 * show their own), how often to ping (the platform expects about every 30 s). Or the callback URL (API 模式,
 * 100719/101033): the Token and EncodingAESKey the platform signs and encrypts its JSON callbacks with. And how far
 * apart pushes to one chat go. Tests use shorter times.
 */
public record WeComBotConfig(String botId, String secret, URI url, java.time.Duration heartbeat, java.time.Duration pushPace,
                             String token, String aesKey) {

    public static final String DEFAULT_URL = "wss://openws.work.weixin.qq.com";
    public static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(30);
    /** Pushes to one chat at most every 3 s (20 a minute), under the platform's limits. */
    public static final java.time.Duration PUSH_PACE = java.time.Duration.ofSeconds(3);
    public static final WeComBotConfig OFF = new WeComBotConfig(null, null, URI.create(DEFAULT_URL));

    /** The long connection. */
    public WeComBotConfig(String botId, String secret, URI url) {
        this(botId, secret, url, HEARTBEAT, PUSH_PACE);
    }

    public WeComBotConfig(String botId, String secret, URI url, java.time.Duration heartbeat, java.time.Duration pushPace) {
        this(botId, secret, url, heartbeat, pushPace, null, null);
    }

    /** The callback URL mode. */
    public static WeComBotConfig callback(String token, String aesKey, java.time.Duration pushPace) {
        return new WeComBotConfig(null, null, URI.create(DEFAULT_URL), HEARTBEAT, pushPace, token, aesKey);
    }

    public WeComBotConfig {
        if (heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()) heartbeat = HEARTBEAT;
        if (pushPace == null || pushPace.isNegative()) pushPace = PUSH_PACE;
        botId = blankToNull(botId);
        secret = blankToNull(secret);
        token = blankToNull(token);
        aesKey = blankToNull(aesKey);
        if (url == null) url = URI.create(DEFAULT_URL);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("企业微信智能机器人地址必须以 ws:// 或 wss:// 开头：" + url);
        }
        if ((botId != null || secret != null) && (token != null || aesKey != null)) {
            throw new IllegalArgumentException("企业微信智能机器人只能选一种接入方式：长连接（--wecom-bot-id 和 --wecom-bot-secret）"
                    + "或回调地址（--wecom-bot-token 和 --wecom-bot-aes-key），不能同时设置");
        }
        if ((token == null) != (aesKey == null)) {
            throw new IllegalArgumentException("智能机器人回调模式需要同时设置 --wecom-bot-token 和 --wecom-bot-aes-key");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Over the long connection: both the id and the secret are set. */
    public boolean longConnection() {
        return botId != null && secret != null;
    }

    /** Over the callback URL: both the token and the key are set. */
    public boolean callbackMode() {
        return token != null && aesKey != null;
    }

    /** The channel is on in either mode. */
    public boolean enabled() {
        return longConnection() || callbackMode();
    }

    @Override
    public String toString() { // never a secret in a log line
        return "WeComBotConfig[" + (callbackMode() ? "callback" : "botId=" + botId + ", url=" + url) + "]";
    }
}
