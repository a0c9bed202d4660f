package org.redengine.channels.wechat;

import java.util.Locale;

/** What a WeChat / WeCom callback carries, as far as the bot cares: what it does with each is in {@link PlatformReplies}. */
enum MessageKind {
    /** A text message: goes to the conversation. */
    TEXT,
    /** A voice message the platform transcribed (Recognition): its text goes to the conversation. */
    VOICE_TEXT,
    /** A voice message without a transcription. */
    VOICE,
    SUBSCRIBE,
    UNSUBSCRIBE,
    /** A custom-menu click: its key becomes a command. */
    CLICK,
    /** Any other event (VIEW, LOCATION, enter_agent …): recorded, not answered. */
    IGNORED_EVENT,
    /** Images, links, locations, video, files and anything unknown. */
    OTHER;

    static MessageKind of(WeChatMessage m) {
        String type = m.msgType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text" -> TEXT;
            case "voice" -> m.recognition() != null && !m.recognition().isBlank() ? VOICE_TEXT : VOICE;
            case "event" -> switch (m.event() == null ? "" : m.event().toLowerCase(Locale.ROOT)) {
                case "subscribe" -> SUBSCRIBE;
                case "unsubscribe" -> UNSUBSCRIBE;
                case "click" -> CLICK;
                default -> IGNORED_EVENT;
            };
            default -> OTHER;
        };
    }

    /** The text the conversation core sees for a message of this kind. */
    String text(WeChatMessage m) {
        return switch (this) {
            case TEXT -> m.content() == null ? "" : m.content();
            case VOICE_TEXT -> m.recognition();
            case CLICK -> MenuKeys.command(m.eventKey());
            default -> "[" + m.msgType() + (m.event() == null ? "" : ":" + m.event()) + "]";
        };
    }
}
