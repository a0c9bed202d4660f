package org.redengine.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/** The analyzers of the knowledge index: HanLP words, optionally with CJK bigrams as a net for segmentation errors. */
public final class Analyzers {

    private Analyzers() {
    }

    public static Analyzer words(boolean indexMode) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new HanLpTokenizer(indexMode));
            }
        };
    }

    /** HanLP words plus CJK bigrams in one field. */
    public static Analyzer wordsAndBigrams(boolean indexMode) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new HanLpTokenizer(indexMode, true));
            }
        };
    }

    /** Routes fields by suffix: {@code *_w} to words only, any other to words and bigrams. */
    public static Analyzer perField(boolean indexMode, String... fields) {
        Analyzer words = words(indexMode);
        Analyzer both = wordsAndBigrams(indexMode);
        Map<String, Analyzer> map = new java.util.HashMap<>();
        for (String f : fields) {
            map.put(f, f.endsWith("_w") ? words : both);
        }
        return new PerFieldAnalyzerWrapper(words, map);
    }
}
