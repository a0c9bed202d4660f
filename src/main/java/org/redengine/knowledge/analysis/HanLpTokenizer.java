package org.redengine.knowledge.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.redengine.knowledge.TextNormalizer;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * A Lucene tokenizer that emits HanLP's words, without punctuation, and optionally also the character bigrams
 * of every run of Chinese characters, as a net for segmentation errors (a bigram that equals a word at the same
 * place is emitted once). Input is expected normalised.
 */
public final class HanLpTokenizer extends Tokenizer {

    private final boolean indexMode;
    private final boolean withBigrams;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private Iterator<ChineseSegmenter.Word> words;
    private int length;

    public HanLpTokenizer(boolean indexMode) {
        this(indexMode, false);
    }

    public HanLpTokenizer(boolean indexMode, boolean withBigrams) {
        this.indexMode = indexMode;
        this.withBigrams = withBigrams;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (words == null) {
            String text = readAll();
            length = text.length();
            List<ChineseSegmenter.Word> list = indexMode ? ChineseSegmenter.forIndex(text) : ChineseSegmenter.forQuery(text);
            if (withBigrams) {
                list = new java.util.ArrayList<>(list);
                java.util.Set<Integer> twoCharWords = new java.util.HashSet<>();
                for (ChineseSegmenter.Word w : list) {
                    if (w.text().length() == 2) twoCharWords.add(w.offset());
                }
                for (int i = 0; i + 1 < text.length(); i++) {
                    if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1)) && !twoCharWords.contains(i)) {
                        list.add(new ChineseSegmenter.Word(text.substring(i, i + 2), "", i));
                    }
                }
                list.sort(java.util.Comparator.comparingInt(ChineseSegmenter.Word::offset)); // offsets never go back
            }
            words = list.iterator();
        }
        while (words.hasNext()) {
            ChineseSegmenter.Word w = words.next();
            if (isPunctuation(w.text())) {
                continue;
            }
            clearAttributes();
            term.setEmpty().append(w.text());
            int start = Math.max(0, Math.min(w.offset(), length));
            offset.setOffset(correctOffset(start), correctOffset(Math.min(length, start + w.text().length())));
            return true;
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().allMatch(TextNormalizer::isPunctuationOrSpace);
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        int n;
        while ((n = input.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words = null;
        length = 0;
    }
}
