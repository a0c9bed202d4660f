package org.redengine.knowledge;

import com.hankcs.hanlp.HanLP;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings text to one canonical form before matching: full-width forms to half-width (NFKC), Traditional to
 * Simplified characters, lower case, one kind of whitespace and of middle dot. Index and queries go through the same
 * steps, so a member typing 遵義會議 or ＡＢＣ matches what the knowledge base wrote as 遵义会议 or abc.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = toSimplified(s);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!lastSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                lastSpace = true;
            } else {
                out.append(MIDDLE_DOTS.indexOf(c) >= 0 ? '·' : c);
                lastSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return COLLOQUIAL_DAY.matcher(out).replaceAll("$1日");
    }

    /**
     * Dots typed between the parts of a title or a foreign name in place of the middle dot (《水调歌头•游泳》,
     * 白求恩・诺尔曼): one mark, whichever a member or a text used.
     */
    private static final String MIDDLE_DOTS = "\u2022\u2027\u30FB\u2219\u22C5";

    /** 7月1号 is how people say 7月1日. */
    private static final java.util.regex.Pattern COLLOQUIAL_DAY = java.util.regex.Pattern.compile("(月\\d{1,2})号");

    private static String toSimplified(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return HanLP.convertToSimplifiedChinese(s);
            }
        }
        return s;
    }

    /** True for characters that carry no meaning for matching (punctuation, symbols, spaces). */
    public static boolean isPunctuationOrSpace(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
