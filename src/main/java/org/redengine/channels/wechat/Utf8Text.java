package org.redengine.channels.wechat;

import java.nio.charset.StandardCharsets;

/** Fits text into a byte budget (WeChat counts UTF-8 bytes), cutting on a sentence boundary, never mid-character. */
public final class Utf8Text {

    private Utf8Text() {
    }

    public static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The text itself when it fits; otherwise as many whole sentences as fit, followed by {@code tail} (e.g. the
     * source note); when not even one sentence fits, as many whole characters as fit.
     */
    public static String shorten(String text, int maxBytes, String tail) {
        if (bytes(text) <= maxBytes) return text;
        int budget = maxBytes - bytes(tail);
        String body = text.endsWith(tail) ? text.substring(0, text.length() - tail.length()) : text;
        StringBuilder out = new StringBuilder();
        int used = 0;
        int lastSentenceEnd = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            int n = Character.charCount(cp);
            int b = bytes(new String(Character.toChars(cp)));
            if (used + b > budget) break;
            out.appendCodePoint(cp);
            used += b;
            i += n;
            if ("。！？；!?;\n".indexOf(cp) >= 0) lastSentenceEnd = out.length();
        }
        String cut = lastSentenceEnd > 0 ? out.substring(0, lastSentenceEnd) : out.toString();
        return cut + tail;
    }
}
