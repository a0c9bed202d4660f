package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences at 。！？；!? and line breaks, keeping closing quotes with their sentence, and a
 * short quotation whole: “谁是我们的敌人？谁是我们的朋友？这个问题是革命的首要问题。” is one saying, whose first
 * question a split would leave behind.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        int quoteEnds = -1; // where the short quotation we are inside closes
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, out);
                quoteEnds = -1;
                continue;
            }
            current.append(c);
            if (c == '“') quoteEnds = shortQuoteEnd(text, i);
            if (isTerminator(c) && i < quoteEnds) continue;
            // the quotation's own last sentence ends with it (。” closes the quotation and the sentence)
            boolean quoteClosed = i == quoteEnds && isTerminator(text.charAt(i - 1));
            if (isTerminator(c) || quoteClosed) {
                while (i + 1 < n && isCloser(text.charAt(i + 1))) {
                    current.append(text.charAt(++i));
                }
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    /** Where a quotation opened at {@code open} closes, when it does so within a line and {@link #SHORT_QUOTE} characters; else -1. */
    private static int shortQuoteEnd(String text, int open) {
        for (int j = open + 1; j < text.length() && j - open <= SHORT_QUOTE; j++) {
            char c = text.charAt(j);
            if (c == '”') return j;
            if (c == '“' || c == '\n' || c == '\r') return -1;
        }
        return -1;
    }

    /** The longest quotation kept whole: longer ones are speeches, whose sentences stand alone. */
    private static final int SHORT_QUOTE = 60;

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
