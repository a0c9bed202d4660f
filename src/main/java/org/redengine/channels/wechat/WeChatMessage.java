package org.redengine.channels.wechat;

import java.util.Map;

/**
 * The fields a WeChat Official Account or WeCom callback may carry, read from the map produced by
 * {@link WeChatXml#parse}. A field that is absent or blank is {@code null}, except {@code createTime},
 * which is 0 when absent or not a number.
 *
 * @param toUser      ToUserName: the account (Official Account id or WeCom corpid)
 * @param fromUser    FromUserName: the sender's openid / userid
 * @param createTime  CreateTime, seconds since the epoch
 * @param msgType     MsgType: text, image, voice, event, ...
 * @param content     Content of a text message
 * @param msgId       MsgId of a message (events have none)
 * @param event       Event: subscribe, unsubscribe, CLICK, ...
 * @param eventKey    EventKey of a menu click or QR-code scan
 * @param recognition Recognition: speech-recognition text of a voice message
 * @param mediaId     MediaId of an image, voice or video message
 * @param picUrl      PicUrl of an image message
 * @param locationX   Location_X (latitude) of a location message
 * @param locationY   Location_Y (longitude) of a location message
 * @param label       Label (place description) of a location message
 * @param encrypt     Encrypt: the encrypted message in safe mode / WeCom
 * @param agentId     AgentID of a WeCom application
 */
public record WeChatMessage(
        String toUser,
        String fromUser,
        long createTime,
        String msgType,
        String content,
        String msgId,
        String event,
        String eventKey,
        String recognition,
        String mediaId,
        String picUrl,
        String locationX,
        String locationY,
        String label,
        String encrypt,
        String agentId) {

    /** Reads the known fields from a parsed callback; unknown fields are ignored. */
    public static WeChatMessage from(Map<String, String> f) {
        return new WeChatMessage(
                get(f, "ToUserName"),
                get(f, "FromUserName"),
                parseTime(get(f, "CreateTime")),
                get(f, "MsgType"),
                get(f, "Content"),
                get(f, "MsgId"),
                get(f, "Event"),
                get(f, "EventKey"),
                get(f, "Recognition"),
                get(f, "MediaId"),
                get(f, "PicUrl"),
                get(f, "Location_X"),
                get(f, "Location_Y"),
                get(f, "Label"),
                get(f, "Encrypt"),
                get(f, "AgentID"));
    }

    /** True for an ordinary text message. */
    public boolean isText() {
        return "text".equals(msgType);
    }

    /** True for an event push (subscribe, menu click, ...). */
    public boolean isEvent() {
        return "event".equals(msgType);
    }

    /**
     * Key for dropping the platform's retries of the same callback: {@code "msg:" + msgId} for messages, else
     * {@code "evt:" + fromUser + ":" + createTime + ":" + event + ":" + eventKey} (absent parts are empty).
     */
    public String dedupeKey() {
        if (msgId != null) {
            return "msg:" + msgId;
        }
        return "evt:" + orEmpty(fromUser) + ":" + createTime + ":" + orEmpty(event) + ":" + orEmpty(eventKey);
    }

    private static String get(Map<String, String> f, String name) {
        String v = f.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static long parseTime(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
