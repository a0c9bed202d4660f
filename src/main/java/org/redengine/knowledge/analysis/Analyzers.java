package org.redengine.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/** The analyzers of the knowledge index: HanLP words, and CJK bigrams as a net for segmentation errors. */
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

    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new CJKBigramFilter(source));
            }
        };
    }

    /** Routes fields by suffix: {@code *_w} to words, {@code *_b} to bigrams. */
    public static Analyzer perField(boolean indexMode, String... fields) {
        Analyzer words = words(indexMode);
        Analyzer bigrams = bigrams();
        Map<String, Analyzer> map = new java.util.HashMap<>();
        for (String f : fields) {
            map.put(f, f.endsWith("_b") ? bigrams : words);
        }
        return new PerFieldAnalyzerWrapper(words, map);
    }
}
