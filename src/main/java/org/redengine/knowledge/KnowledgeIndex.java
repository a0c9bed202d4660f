package org.redengine.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.redengine.knowledge.analysis.Analyzers;
import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable in-memory Lucene index over one {@link KnowledgeBase}. Each entry is indexed in several fields:
 * words (HanLP, fine-grained) and CJK bigrams for the FAQ question, the title, the focus sentence or answer,
 * and the surrounding context. Built once, then only read: a reload builds a new one and swaps it in.
 */
public final class KnowledgeIndex {

    static final String QUESTION_W = "q_w", QUESTION_B = "q_b", TITLE_W = "t_w", TITLE_B = "t_b";
    static final String FOCUS_W = "f_w", FOCUS_B = "f_b", CONTEXT_W = "c_w", ALL_W = "all_w";
    private static final String[] FIELDS = {QUESTION_W, QUESTION_B, TITLE_W, TITLE_B, FOCUS_W, FOCUS_B, CONTEXT_W, ALL_W};

    /** Field boosts: a matching FAQ question matters most, then the sentence an answer would come from. */
    private static final float[] BOOSTS = {3.0f, 1.5f, 1.0f, 0.5f, 2.0f, 1.0f, 0.6f, 0f};

    /**
     * An indexed entry with the normalised texts answering needs: the title (with tags), the body, the sentence
     * it centres on, and for a FAQ row the content words of its question.
     */
    public record Indexed(KnowledgeEntry entry, String title, String body, String focus, List<String> questionWords) {
        /** Everything a member's words may be found in. */
        public String text() {
            return title + " " + body;
        }
    }

    public record Hit(Indexed indexed, float score) {
    }

    private final List<Indexed> entries;
    private final IndexSearcher searcher;
    private final Analyzer queryWords = Analyzers.words(false);
    private final Analyzer bigrams = Analyzers.bigrams();
    private final int docCount;

    private final TypoCorrector typos;

    private KnowledgeIndex(List<Indexed> entries, IndexSearcher searcher, TypoCorrector typos) {
        this.entries = entries;
        this.typos = typos;
        this.searcher = searcher;
        this.docCount = Math.max(1, searcher.getIndexReader().numDocs());
    }

    public static KnowledgeIndex build(KnowledgeBase kb) {
        List<Indexed> indexed = new ArrayList<>(kb.entries().size());
        java.util.Map<String, String> vocabulary = new java.util.HashMap<>();
        kb.synonyms().phrases().forEach(p -> vocabulary.put(p, "nz"));
        Set<String> knownWords = new java.util.HashSet<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             Analyzer analyzer = Analyzers.perField(true, FIELDS)) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (KnowledgeEntry e : kb.entries()) {
                    String title = TextNormalizer.normalize(e.title());
                    String tags = TextNormalizer.normalize(String.join(" ", e.tags()));
                    String focus = TextNormalizer.normalize(e.sentences().get(e.focus()));
                    String context = TextNormalizer.normalize(e.body());
                    Document doc = new Document();
                    doc.add(new StoredField("idx", indexed.size()));
                    if (e.isFaq()) {
                        add(doc, QUESTION_W, title);
                        add(doc, QUESTION_B, title);
                        add(doc, TITLE_W, tags);
                        add(doc, TITLE_B, tags);
                    } else {
                        add(doc, TITLE_W, title + " " + tags);
                        add(doc, TITLE_B, title);
                    }
                    add(doc, FOCUS_W, focus);
                    add(doc, FOCUS_B, focus);
                    add(doc, CONTEXT_W, context);
                    add(doc, ALL_W, title + " " + tags + " " + context);
                    writer.addDocument(doc);
                    List<String> questionWords = e.isFaq() ? QueryTerms.contentWords(title) : List.of();
                    indexed.add(new Indexed(e, title + " " + tags, context, focus, questionWords));
                    e.tags().forEach(t -> vocabulary.putIfAbsent(TextNormalizer.normalize(t), "nz"));
                    for (ChineseSegmenter.Word w : ChineseSegmenter.forIndex(title + " " + focus)) {
                        knownWords.add(w.text());
                        if (w.text().length() >= TypoCorrector.MIN_LENGTH) vocabulary.putIfAbsent(w.text(), w.nature());
                    }
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            return new KnowledgeIndex(List.copyOf(indexed), new IndexSearcher(reader), TypoCorrector.of(vocabulary, knownWords));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Document doc, String field, String text) {
        if (!text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    public TypoCorrector typos() {
        return typos;
    }

    public List<Indexed> entries() {
        return entries;
    }

    /** Most words (and bigrams) of one question that go into the query; a long message costs no more than this. */
    static final int MAX_QUERY_TOKENS = 24;

    /** Ranks entries by BM25 over all fields for the question's content words and their synonyms. */
    public List<Hit> search(QueryTerms query, int n) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> wordTokens = new LinkedHashSet<>();
        Set<String> bigramTokens = new LinkedHashSet<>();
        for (QueryTerms.Term t : query.terms()) {
            wordTokens.addAll(tokens(queryWords, t.text()));
            bigramTokens.addAll(tokens(bigrams, t.text()));
            for (String alt : t.alternatives()) {
                wordTokens.addAll(tokens(queryWords, alt));
                bigramTokens.addAll(tokens(bigrams, alt));
            }
        }
        int clauses = 0;
        for (int f = 0; f < FIELDS.length; f++) {
            if (BOOSTS[f] == 0f) continue;
            Set<String> tokens = FIELDS[f].endsWith("_b") ? bigramTokens : wordTokens;
            if (tokens.isEmpty()) continue;
            BooleanQuery.Builder field = new BooleanQuery.Builder();
            int added = 0;
            for (String token : tokens) {
                if (added++ >= MAX_QUERY_TOKENS) break;
                field.add(new TermQuery(new Term(FIELDS[f], token)), BooleanClause.Occur.SHOULD);
            }
            all.add(new BoostQuery(field.build(), BOOSTS[f]), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        try {
            Query q = all.build();
            TopDocs top = searcher.search(q, n);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                int idx = stored.document(sd.doc).getField("idx").numericValue().intValue();
                hits.add(new Hit(entries.get(idx), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inverse document frequency of a word over whole entries (BM25's form); unseen words weigh most. */
    public double idf(String word) {
        try {
            int df = searcher.getIndexReader().docFreq(new Term(ALL_W, word));
            return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double maxIdf() {
        return Math.log(1 + (docCount + 0.5) / 0.5);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("x", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public int size() {
        return entries.size();
    }
}
