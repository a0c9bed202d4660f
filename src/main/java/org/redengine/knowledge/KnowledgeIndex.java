package org.redengine.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
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
 * The index lives in a temporary directory read through memory mapping (much faster to search than a heap
 * directory); {@link #close()} unmaps and deletes it.
 */
public final class KnowledgeIndex implements java.io.Closeable {

    /** The searched field (HanLP words and CJK bigrams), and the entry number that orders the documents. */
    static final String TEXT = "text", ORDER = "order", SCOPE = "scope";
    /** The {@link #SCOPE} value of entries for every chat. */
    private static final String EVERY_CHAT = "*";
    private static final String[] FIELDS = {TEXT};

    /**
     * Field boosts. One field keeps a query cheap (Lucene allocates buffers per term and field); the re-ranking
     * that follows, which knows FAQ questions from answers and a passage's own sentence from its neighbours,
     * does the fine work.
     */
    private static final float[] BOOSTS = {1.0f};

    /**
     * An indexed entry with the normalised texts answering needs: the title (with tags), the body, the sentence
     * it centres on, and for a FAQ row the content words of its question.
     */
    public record Indexed(int ordinal, KnowledgeEntry entry, String title, String body, String focus, List<String> questionWords,
                          java.util.EnumSet<QuestionKind> kinds, double[] questionWeights) {
        /** Everything a member's words may be found in. */
        public String text() {
            return title + " " + body;
        }

        /** Whether the answer part (a FAQ answer, or the focus sentence) has the kind of fact asked for. */
        public boolean answers(QuestionKind kind) {
            return kinds.contains(kind);
        }
    }

    public record Hit(Indexed indexed, float score) {
    }

    private final List<Indexed> entries;
    private final IndexSearcher searcher;
    private final Analyzer queryWords = Analyzers.words(false);
    private final int docCount;
    private final TypoCorrector typos;
    private final java.util.Map<String, Integer> docFreqs;
    private final DirectoryReader reader;
    private final java.nio.file.Path directory;
    /** Each entry's sentence vector (its FAQ question, or the passage's own sentence); null without the model. */
    private final float[][] vectors;
    private final org.redengine.knowledge.semantic.Semantics semantics;
    /** The passage centred on each article sentence (its vector is that sentence's). */
    private final java.util.Map<String, Integer> bySentence = new java.util.HashMap<>();
    /** Whether any entry belongs to one group only: without such entries no search needs the scope filter. */
    private final boolean anyScoped;

    private KnowledgeIndex(List<Indexed> entries, DirectoryReader reader, java.nio.file.Path directory, TypoCorrector typos,
                           float[][] vectors, org.redengine.knowledge.semantic.Semantics semantics)
            throws IOException {
        this.entries = entries;
        this.anyScoped = entries.stream().anyMatch(ix -> ix.entry().scope() != null);
        this.vectors = vectors;
        this.semantics = semantics;
        for (Indexed ix : entries) {
            if (!ix.entry().isFaq()) bySentence.putIfAbsent(ix.entry().sentences().get(ix.entry().focus()), ix.ordinal());
        }
        this.typos = typos;
        this.reader = reader;
        this.directory = directory;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // queries rarely repeat exactly; answers are cached above this
        this.docCount = Math.max(1, reader.numDocs());
        this.docFreqs = docFreqs(reader);
        // rarity weights of each FAQ question's words, computed once rather than for every candidate
        for (Indexed ix : entries) {
            for (int i = 0; i < ix.questionWords().size(); i++) {
                String w = ix.questionWords().get(i);
                ix.questionWeights()[i] = w.length() == 1 ? 0.35 * maxIdf() / 2 : idf(w);
            }
        }
    }

    /** Document frequencies of every word, read once, so scoring never seeks the terms dictionary for them. */
    private static java.util.Map<String, Integer> docFreqs(DirectoryReader reader) throws IOException {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, TEXT);
        if (terms == null) return out;
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            out.put(t.utf8ToString(), it.docFreq());
        }
        return out;
    }

    public static KnowledgeIndex build(KnowledgeBase kb) {
        return build(kb, org.redengine.knowledge.semantic.Semantics.standard());
    }

    /** What an entry means, for sentence vectors: a FAQ row's question, a passage's own sentence. */
    static String semanticText(KnowledgeEntry e) {
        return e.isFaq() ? e.title() : e.sentences().get(e.focus());
    }

    public static KnowledgeIndex build(KnowledgeBase kb, org.redengine.knowledge.semantic.Semantics semantics) {
        List<KnowledgeEntry> entries = kb.entries();
        Indexed[] indexed = new Indexed[entries.size()];
        java.util.Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
        kb.synonyms().phrases().forEach(p -> vocabulary.put(p, "nz"));
        Set<String> knownWords = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.nio.file.Path path;
        try {
            path = java.nio.file.Files.createTempDirectory("redengine-index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (MMapDirectory dir = new MMapDirectory(path);
             Analyzer analyzer = Analyzers.perField(true, FIELDS)) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(64);
            config.setUseCompoundFile(false);
            // Documents are analysed on all cores at once; sorting the index by entry number afterwards makes
            // a document's id its entry's position again.
            config.setIndexSort(new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(ORDER, org.apache.lucene.search.SortField.Type.INT)));
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                java.util.stream.IntStream.range(0, entries.size()).parallel().forEach(i -> {
                    KnowledgeEntry e = entries.get(i);
                    String title = TextNormalizer.normalize(e.title());
                    String tags = TextNormalizer.normalize(String.join(" ", e.tags()));
                    String focus = TextNormalizer.normalize(e.sentences().get(e.focus()));
                    String context = TextNormalizer.normalize(e.body());
                    Document doc = new Document();
                    doc.add(new org.apache.lucene.document.NumericDocValuesField(ORDER, i));
                    doc.add(new org.apache.lucene.document.StringField(SCOPE, e.scope() == null ? EVERY_CHAT : e.scope(), Field.Store.NO));
                    add(doc, TEXT, title + " " + tags + " " + context);
                    try {
                        writer.addDocument(doc);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    List<String> questionWords = e.isFaq() ? QueryTerms.contentWords(title) : List.of();
                    indexed[i] = new Indexed(i, e, title + " " + tags, context, focus, questionWords,
                            QuestionKind.answeredIn(e.isFaq() ? context : focus), new double[questionWords.size()]);
                    e.tags().forEach(t -> vocabulary.putIfAbsent(TextNormalizer.normalize(t), "nz"));
                    for (ChineseSegmenter.Word w : ChineseSegmenter.forIndex(title + " " + focus)) {
                        knownWords.add(w.text());
                        if (w.text().length() >= TypoCorrector.MIN_LENGTH) vocabulary.putIfAbsent(w.text(), w.nature());
                    }
                });
                writer.forceMerge(1); // one segment: the fastest to search, and the index is small
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            float[][] vectors = semantics.vectors(entries.stream().map(KnowledgeIndex::semanticText).toList());
            return new KnowledgeIndex(List.of(indexed), reader, path, TypoCorrector.of(vocabulary, knownWords), vectors, semantics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Document doc, String field, String text) {
        if (!text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    /** The semantic side this index was built with (its encoder makes the question's vector). */
    public org.redengine.knowledge.semantic.Semantics semantics() {
        return semantics;
    }

    /** Cosine of an entry's sentence with a question vector (0 without vectors). */
    public double cosine(Indexed ix, float[] question) {
        float[] v = question == null ? null : vectors[ix.ordinal()];
        return v == null ? 0 : org.apache.lucene.util.VectorUtil.dotProduct(v, question);
    }

    /** Cosine of an article sentence (as written in the article) with a question vector; NaN when unknown. */
    public double sentenceCosine(String sentence, float[] question) {
        Integer i = question == null ? null : bySentence.get(sentence);
        float[] v = i == null ? null : vectors[i];
        return v == null ? Double.NaN : org.apache.lucene.util.VectorUtil.dotProduct(v, question);
    }

    /** The {@code n} entries closest in meaning to a question vector, closest first (score: cosine); global entries only. */
    public List<Hit> nearest(float[] question, int n) {
        return nearest(question, n, null);
    }

    /** Likewise among the entries visible in a chat of this scope ({@link KnowledgeEntry#visibleIn}). */
    public List<Hit> nearest(float[] question, int n, String chatScope) {
        if (question == null || n <= 0) return List.of();
        int[] best = new int[n];
        float[] scores = new float[n];
        java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            float[] v = vectors[i];
            if (v == null || (anyScoped && !entries.get(i).entry().visibleIn(chatScope))) continue;
            float s = org.apache.lucene.util.VectorUtil.dotProduct(v, question);
            if (s <= scores[n - 1]) continue;
            int j = n - 1;
            while (j > 0 && scores[j - 1] < s) {
                scores[j] = scores[j - 1];
                best[j] = best[j - 1];
                j--;
            }
            scores[j] = s;
            best[j] = i;
        }
        List<Hit> out = new ArrayList<>(n);
        for (int j = 0; j < n && scores[j] > Float.NEGATIVE_INFINITY; j++) out.add(new Hit(entries.get(best[j]), scores[j]));
        return out;
    }

    public TypoCorrector typos() {
        return typos;
    }

    public List<Indexed> entries() {
        return entries;
    }

    /** Most tokens of one question that go into the query; a long message costs no more than this. */
    static final int MAX_QUERY_TOKENS = 20;

    /** Ranks entries by BM25 over all fields for the question's content words, their bigrams and synonyms; global entries only. */
    public List<Hit> search(QueryTerms query, int n) {
        return search(query, n, null);
    }

    /** Likewise among the entries visible in a chat of this scope (a group's own entries and every global one). */
    public List<Hit> search(QueryTerms query, int n, String chatScope) {
        Set<String> tokens = new LinkedHashSet<>();
        for (QueryTerms.Term t : query.terms()) {
            addTokens(tokens, t.text(), false);
        }
        for (QueryTerms.Term t : query.terms()) {
            for (String alt : t.alternatives()) {
                addTokens(tokens, alt, true);
            }
        }
        if (tokens.isEmpty()) {
            return List.of();
        }
        // one flat disjunction of boosted term queries: cheaper to score than a disjunction per field
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int f = 0; f < FIELDS.length; f++) {
            if (BOOSTS[f] == 0f) continue;
            int added = 0;
            for (String token : tokens) {
                if (added++ >= MAX_QUERY_TOKENS) break;
                all.add(new BoostQuery(new TermQuery(new Term(FIELDS[f], token)), BOOSTS[f]), BooleanClause.Occur.SHOULD);
            }
        }
        int clauses = 1;
        if (clauses == 0) {
            return List.of();
        }
        try {
            Query q = all.build();
            if (anyScoped) {
                BooleanQuery.Builder visible = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SCOPE, EVERY_CHAT)), BooleanClause.Occur.SHOULD);
                if (chatScope != null) visible.add(new TermQuery(new Term(SCOPE, chatScope)), BooleanClause.Occur.SHOULD);
                q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(visible.build(), BooleanClause.Occur.FILTER).build();
            }
            // counting hits only up to n lets Lucene skip documents that cannot enter the top n
            TopDocs top = searcher.search(q, new org.apache.lucene.search.TopScoreDocCollectorManager(n, n));
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                // one segment, no deletions: document ids are the order entries were added in
                hits.add(new Hit(entries.get(sd.doc), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index has this word (or character bigram) at all. */
    public boolean knows(String word) {
        return docFreqs.containsKey(word);
    }

    /** Inverse document frequency of a word over whole entries (BM25's form); unseen words weigh most. */
    public double idf(String word) {
        int df = docFreqs.getOrDefault(word, 0);
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }

    /** Closes the reader and deletes the index files; searching afterwards fails. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
        try (var files = java.nio.file.Files.list(directory)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    public double maxIdf() {
        return Math.log(1 + (docCount + 0.5) / 0.5);
    }

    /**
     * A word itself and, when longer than two characters, its bigrams (the index may have segmented it
     * differently: 十九大于 → 十九 / 大于); phrases (synonyms) are segmented first.
     */
    private void addTokens(Set<String> out, String text, boolean segment) {
        List<String> words = segment ? tokens(queryWords, text) : List.of(text);
        for (String w : words) {
            out.add(w);
        }
        if (segment) {
            return; // a synonym's own words suffice; its bigrams would drown the words the member typed
        }
        for (String w : words) {
            // two-character words are their own bigram; longer ones may be segmented differently in the index
            for (int i = 0; w.length() > 2 && i + 2 <= w.length(); i++) {
                out.add(w.substring(i, i + 2));
            }
        }
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
