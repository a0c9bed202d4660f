package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Splits Chinese text into sentences at 。！？；!? and line breaks, keeping closing quotes with their sentence. */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, out);
                continue;
            }
            current.append(c);
            if (isTerminator(c)) {
                while (i + 1 < n && isCloser(text.charAt(i + 1))) {
                    current.append(text.charAt(++i));
                }
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
