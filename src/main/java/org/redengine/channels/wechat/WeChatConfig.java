package org.redengine.channels.wechat;

import java.time.Duration;

/**
 * How a WeChat Official Account (or a WeCom application) is connected: the callback Token, the EncodingAESKey
 * (safe mode; null for plaintext mode), the appid (or corpid), the secret for the API, the API's base URL
 * (configurable so tests talk to a local fake), and how far a request's timestamp may be from now.
 */
public record WeChatConfig(String token, String aesKey, String appId, String secret, String apiBase,
                           Duration replayWindow, String agentId, Duration replyBudget) {

    public static final WeChatConfig OFF = new WeChatConfig(null, null, null, null, "https://api.weixin.qq.com",
            Duration.ofMinutes(5), null, Duration.ofMillis(4000));


    public WeChatConfig withReplyBudget(Duration budget) {
        return new WeChatConfig(token, aesKey, appId, secret, apiBase, replayWindow, agentId, budget);
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
