package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.Map;
import java.util.Set;

/**
 * Corrects one mistyped character in a domain word of a question (遵义会义 → 遵义会议, 井岗山 → 井冈山), using the
 * knowledge base's own vocabulary. A correction needs all of: exactly one vocabulary word within one character
 * of the typed text; the differing character sits in a word the knowledge base never uses (a typo makes
 * nonsense words, 会义, 井岗; a real word such as 方面 in 四个方面 is left alone); four or more characters, or
 * three for names of people and places; no numeral involved, so 十八大 is never "corrected" to 十九大; and the
 * character typed sounding like the one meant ({@link SoundAlikes}): members type pinyin, so 好得快 is no typo of
 * 跑得快 nor 区长 one of 军长.
 */
public final class TypoCorrector {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 8;

    public static final TypoCorrector NONE = new TypoCorrector();

    /** What {@link #masked} holds for a mask two words share: never guess between them. */
    private static final String AMBIGUOUS = "";

    private final Set<String> vocabulary = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** word with one character masked → the word ({@link #AMBIGUOUS} when two words share the mask) */
    private final Map<String, String> masked = new java.util.concurrent.ConcurrentHashMap<>();
    /** every word the knowledge base uses, of any length */
    private final Set<String> knownWords = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * three-character vocabulary words, and two-character names, by their first character: the full names a surname
     * may stand for (于老师 for 于漪, as for 叶老 and 叶培建)
     */
    private final Map<Character, Set<String>> byFirst = new java.util.concurrent.ConcurrentHashMap<>();
    /** three-character vocabulary words by their last two characters: the full names a given name may stand for */
    private final Map<String, Set<String>> byGiven = new java.util.concurrent.ConcurrentHashMap<>();
    /** three-character vocabulary words that are names (may be corrected at that length) */
    private final Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TypoCorrector() {
    }

    /**
     * @param words      candidate words with their part of speech (HanLP tags; nr/ns/nz mark names)
     * @param knownWords every word of the knowledge base
     */
    public static TypoCorrector of(Map<String, String> words, Set<String> knownWords) {
        TypoCorrector t = new TypoCorrector();
        t.add(words, knownWords);
        return t;
    }

    /**
     * Learns more words (the entries an edit added). The vocabulary only grows: words of entries removed since the
     * last full build stay, which at worst corrects a typo towards a word no entry uses any more. Safe while
     * questions are being corrected; the corrector is shared by the generations an edit makes, so an edit never
     * copies it.
     */
    public synchronized void add(Map<String, String> words, Set<String> known) {
        this.knownWords.addAll(known);
        for (Map.Entry<String, String> e : words.entrySet()) {
            String w = e.getKey();
            String nature = e.getValue() == null ? "" : e.getValue();
            // (a tag is learnt as nz: whether it is a person's name is asked when it is taken for one)
            if (w.length() == 2 && (nature.startsWith("nr") || nature.startsWith("nz")) && allHan(w)) {
                byFirst.computeIfAbsent(w.charAt(0), c -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(w);
            }
            if (w.length() < MIN_LENGTH || w.length() > MAX_LENGTH || !allHan(w) || !vocabulary.add(w)) continue;
            if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nz")) names.add(w);
            if (w.length() == 3) byFirst.computeIfAbsent(w.charAt(0), c -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(w);
            if (w.length() == 3) byGiven.computeIfAbsent(w.substring(1), c -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(w);
            for (int i = 0; i < w.length(); i++) {
                String key = mask(w, i);
                String previous = masked.putIfAbsent(key, w);
                if (previous != null && !previous.equals(w)) masked.put(key, AMBIGUOUS);
            }
        }
    }

    /**
     * The knowledge base's three-character words and two-character names beginning with this character (full names a
     * surname may stand for).
     */
    public Set<String> fullNamesFrom(char first) {
        return byFirst.getOrDefault(first, Set.of());
    }

    /** The knowledge base's three-character words ending with these two characters (full names a given name may stand for). */
    public Set<String> threeCharacterWordsEndingWith(String given) {
        return byGiven.getOrDefault(given, Set.of());
    }

    public int size() {
        return vocabulary.size();
    }

    /** The normalised text with at most one typo fixed per word; unchanged when nothing fits. */
    public String correct(String text) {
        return correct(text, ChineseSegmenter.forQuery(text));
    }

    /** As {@link #correct(String)}, with the text's segmentation already at hand. */
    public String correct(String text, java.util.List<ChineseSegmenter.Word> words) {
        if (vocabulary.isEmpty()) return text;
        String[] tokenAt = new String[text.length()];
        java.util.Set<Long> tokenSpans = new java.util.HashSet<>();
        boolean suspicious = false;
        for (ChineseSegmenter.Word w : words) {
            tokenSpans.add(((long) w.offset() << 32) | (w.offset() + w.text().length()));
            boolean unknown = !knownWords.contains(w.text());
            suspicious |= unknown;
            for (int k = w.offset(); k < Math.min(text.length(), w.offset() + w.text().length()); k++) {
                tokenAt[k] = unknown ? w.text() : null;
            }
        }
        if (!suspicious) {
            return text; // every word is one the knowledge base uses: nothing to correct
        }
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            int fixed = 0;
            for (int len = Math.min(MAX_LENGTH, out.length() - i); len >= MIN_LENGTH && fixed == 0; len--) {
                String window = out.substring(i, i + len);
                if (!allHan(window)) continue;
                if (vocabulary.contains(window)) {
                    fixed = len; // a known word: keep it as typed
                    break;
                }
                String replacement = null;
                boolean ambiguous = false;
                for (int k = 0; k < len; k++) {
                    if (isNumeral(window.charAt(k))) continue; // 十八大 vs 十九大: numbers are never typos
                    if (tokenAt[i + k] == null) continue; // inside a real word, not a typo
                    // a whole word plus the next or previous character (科技工作者 + 都) is two words, not a typo
                    if (k == 0 && (tokenSpans.contains(((long) (i + 1) << 32) | (i + len)) || known(window.substring(1)))) continue;
                    if (k == len - 1 && (tokenSpans.contains(((long) i << 32) | (i + len - 1)) || known(window.substring(0, len - 1)))) continue;
                    String key = mask(window, k);
                    String w = masked.get(key);
                    // a typo sounds like the character meant (好得快 is no typo of 跑得快, 高考 none of 高山)
                    if (w != null && !w.equals(AMBIGUOUS) && !SoundAlikes.alike(window.charAt(k), w.charAt(k))) continue;
                    if (w != null) {
                        if (w.equals(AMBIGUOUS) || (replacement != null && !replacement.equals(w))) {
                            ambiguous = true;
                            break;
                        }
                        replacement = w;
                    }
                }
                if (replacement != null && !ambiguous && !differsInNumeral(window, replacement)
                        && (len > MIN_LENGTH || names.contains(replacement))) {
                    out.replace(i, i + len, replacement);
                    fixed = len;
                }
            }
            i += fixed > 0 ? fixed : 1;
        }
        return out.toString();
    }

    private boolean known(String s) {
        return vocabulary.contains(s) || knownWords.contains(s);
    }

    private static final String NUMERALS = "〇零一二三四五六七八九十百千万两";

    private static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    private static boolean differsInNumeral(String typed, String word) {
        for (int k = 0; k < typed.length(); k++) {
            if (typed.charAt(k) != word.charAt(k) && (isNumeral(typed.charAt(k)) || isNumeral(word.charAt(k)))) {
                return true;
            }
        }
        return false;
    }

    private static String mask(String w, int i) {
        return w.substring(0, i) + '\u0000' + w.substring(i + 1);
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) return false;
        }
        return true;
    }
}
