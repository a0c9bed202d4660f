package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;

/**
 * The WeCom server API for messages the bot sends on its own: application messages to a person
 * ({@code /cgi-bin/message/send}), with the access token from {@code /cgi-bin/gettoken}.
 */
public class WeComApi {

    private final ObjectMapper mapper = new ObjectMapper();
    private final WeChatConfig config;
    private final PlatformHttp http;

    public WeComApi(WeChatConfig config, Clock clock) {
        this.config = config;
        this.http = new PlatformHttp(config.apiBase(), "/cgi-bin/gettoken?corpid=" + PlatformHttp.enc(config.appId())
                + "&corpsecret=" + PlatformHttp.enc(config.secret()), clock);
    }

    /** Sends text to one member (userid). */
    public boolean sendToUser(String userId, String text) {
        ObjectNode body = mapper.createObjectNode().put("touser", userId).put("msgtype", "text")
                .put("agentid", config.agentId() == null ? "" : config.agentId());
        body.putObject("text").put("content", text);
        return WeChatApi.send("/cgi-bin/message/send", body.toString(), http) == WeChatApi.SendResult.SENT;
    }
}
