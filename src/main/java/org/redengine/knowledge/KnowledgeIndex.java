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
import java.util.Map;
import java.util.Set;

/**
 * A Lucene index over one {@link KnowledgeBase}. Each entry is indexed in several fields:
 * words (HanLP, fine-grained) and CJK bigrams for the FAQ question, the title, the focus sentence or answer,
 * and the surrounding context. An instance is only read; {@link #update} makes the next generation from it by
 * changing only the entries that differ (one writer stays open across generations, and a near-real-time reader
 * sees its changes), so an edit costs what the edited entries cost, not the whole knowledge base.
 * The index lives in a temporary directory read through memory mapping (much faster to search than a heap
 * directory); closing the last generation that uses it deletes it.
 */
public final class KnowledgeIndex implements java.io.Closeable {

    /** The searched field (HanLP words and CJK bigrams), and the entry number that orders the documents. */
    static final String TEXT = "text", UID = "uid", SCOPE = "scope";
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
    /** @param text everything a member's words may be found in: the title and the body (joined once, read per question) */
    public record Indexed(int ordinal, KnowledgeEntry entry, String title, String body, String focus, List<String> questionWords,
                          java.util.EnumSet<QuestionKind> kinds, double[] questionWeights, String text) {
        public Indexed(int ordinal, KnowledgeEntry entry, String title, String body, String focus, List<String> questionWords,
                       java.util.EnumSet<QuestionKind> kinds, double[] questionWeights) {
            this(ordinal, entry, title, body, focus, questionWords, kinds, questionWeights, title + " " + body);
        }

        /** Whether the answer part (a FAQ answer, or the focus sentence) has the kind of fact asked for. */
        public boolean answers(QuestionKind kind) {
            return kinds.contains(kind);
        }
    }

    public record Hit(Indexed indexed, float score) {
    }

    /**
     * The directory and its one writer, shared by the generations made from one full build; the last generation
     * to close closes them.
     */
    private static final class Store {
        final java.nio.file.Path path;
        final MMapDirectory directory;
        final IndexWriter writer;
        final Analyzer analyzer;
        final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger(1);
        long nextUid;
        /** An update failed half-way: the writer may hold part of it, so only a full build may follow. */
        volatile boolean broken;

        Store(java.nio.file.Path path, MMapDirectory directory, IndexWriter writer, Analyzer analyzer) {
            this.path = path;
            this.directory = directory;
            this.writer = writer;
            this.analyzer = analyzer;
        }

        void release() {
            if (users.decrementAndGet() > 0) return;
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the files go anyway
            }
            try {
                directory.close();
                analyzer.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
            deleteTree(path);
        }
    }

    /** What analysing one entry gave: its record for answering, and the words it adds to the typo vocabulary. */
    private record Analysed(Indexed indexed, Document doc, Map<String, String> vocabulary, Set<String> knownWords) {
    }

    private final List<Indexed> entries;
    /** Each entry's document key (by entry position), and each document's entry position (by document id). */
    private final long[] uids;
    private final int[] ordinalOfDoc;
    private final Store store;
    /** How many entries making this generation analysed (all of them for a full build, the changed ones for an update). */
    private final int analysed;
    /**
     * The words the typo corrector knows, shared (and only added to) by the generations of one store, so an update
     * adds an edit's words instead of segmenting or copying everything.
     */
    private final Map<String, String> vocabulary;
    private final Set<String> knownWords;
    private final IndexSearcher searcher;
    private final Analyzer queryWords = Analyzers.words(false);
    private final int docCount;
    private final TypoCorrector typos;
    private final DocFreqs docFreqs;
    private final DirectoryReader reader;
    /** Each entry's sentence vector (its FAQ question, or the passage's own sentence); null without the model. */
    private final float[][] vectors;
    /** The same vectors, scanned for the closest to a question (a byte copy, rescored exactly). */
    private final org.redengine.knowledge.semantic.NearestVectors nearestVectors;
    private final org.redengine.knowledge.semantic.Semantics semantics;
    /** The passage centred on each article sentence (its vector is that sentence's). */
    private final java.util.Map<String, Integer> bySentence = new java.util.HashMap<>();
    /** Whether any entry belongs to one group only: without such entries no search needs the scope filter. */
    private final boolean anyScoped;

    /**
     * What made this generation from the one before, when it was an update: the entries removed and those added (an
     * edited entry is both, old and new). Null after a full build or a restore: then anything may have changed.
     */
    private List<Indexed> changed;

    private KnowledgeIndex(List<Indexed> entries, long[] uids, Store store, int analysed, DirectoryReader reader,
                           Map<String, String> vocabulary, Set<String> knownWords, TypoCorrector typos, DocFreqs docFreqs,
                           float[][] vectors, org.redengine.knowledge.semantic.NearestVectors nearestVectors,
                           org.redengine.knowledge.semantic.Semantics semantics, java.util.function.Predicate<Indexed> weigh)
            throws IOException {
        this.entries = entries;
        this.uids = uids;
        this.store = store;
        this.analysed = analysed;
        this.vocabulary = vocabulary;
        this.knownWords = knownWords;
        this.anyScoped = entries.stream().anyMatch(ix -> ix.entry().scope() != null);
        this.vectors = vectors;
        this.nearestVectors = nearestVectors != null ? nearestVectors : org.redengine.knowledge.semantic.NearestVectors.of(vectors);
        this.semantics = semantics;
        for (Indexed ix : entries) {
            if (!ix.entry().isFaq()) bySentence.putIfAbsent(ix.entry().sentences().get(ix.entry().focus()), ix.ordinal());
        }
        this.typos = typos;
        this.reader = reader;
        this.ordinalOfDoc = ordinalsOfDocs(reader, uids);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // queries rarely repeat exactly; answers are cached above this
        this.docCount = Math.max(1, reader.numDocs());
        this.docFreqs = docFreqs;
        // rarity weights of each FAQ question's words, computed once rather than for every candidate (an update
        // keeps those of entries whose words' frequencies did not change)
        for (Indexed ix : entries) {
            if (!weigh.test(ix)) continue;
            for (int i = 0; i < ix.questionWords().size(); i++) {
                String w = ix.questionWords().get(i);
                ix.questionWeights()[i] = w.length() == 1 ? 0.35 * maxIdf() / 2 : idf(w);
            }
        }
    }

    /**
     * How many live entries each token occurs in: a base map and the counts changed since (flattened into a new base
     * when they grow), so an edit changes a few counts instead of copying them all.
     */
    static final class DocFreqs {
        private static final int FLATTEN_AT = 20_000;
        private final Map<String, Integer> base;
        private final Map<String, Integer> changed;

        DocFreqs(Map<String, Integer> base, Map<String, Integer> changed) {
            this.base = base;
            this.changed = changed;
        }

        int get(String token) {
            Integer c = changed.get(token);
            return c != null ? c : base.getOrDefault(token, 0);
        }

        /** These counts with {@code deltas} (token: +n for entries added, -n for entries removed) applied. */
        DocFreqs plus(Map<String, Integer> deltas) {
            Map<String, Integer> next = new java.util.HashMap<>(changed);
            deltas.forEach((t, d) -> {
                if (d != 0) next.put(t, Math.max(0, get(t) + d));
            });
            if (next.size() < FLATTEN_AT) return new DocFreqs(base, next);
            Map<String, Integer> flat = new java.util.HashMap<>(base);
            flat.putAll(next);
            flat.values().removeIf(v -> v == 0);
            return new DocFreqs(flat, Map.of());
        }

        /** Every non-zero count in one map. */
        Map<String, Integer> flat() {
            Map<String, Integer> flat = new java.util.HashMap<>(base);
            flat.putAll(changed);
            flat.values().removeIf(v -> v == 0);
            return flat;
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

    /** Each live document's entry position, read from its key (document ids change as segments merge). */
    private static int[] ordinalsOfDocs(DirectoryReader reader, long[] uids) throws IOException {
        Map<Long, Integer> byUid = new java.util.HashMap<>(uids.length * 2);
        for (int i = 0; i < uids.length; i++) byUid.put(uids[i], i);
        int[] out = new int[reader.maxDoc()];
        java.util.Arrays.fill(out, -1);
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.NumericDocValues values = leaf.reader().getNumericDocValues(UID);
            if (values == null) continue;
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (int d = values.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                Integer ordinal = byUid.get(values.longValue());
                if (ordinal != null) out[leaf.docBase + d] = ordinal;
            }
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
        Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
        kb.synonyms().phrases().forEach(p -> vocabulary.put(p, "nz"));
        Set<String> knownWords = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.nio.file.Path path;
        try {
            path = java.nio.file.Files.createTempDirectory("redengine-index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store store = null;
        try {
            MMapDirectory dir = new MMapDirectory(path);
            Analyzer analyzer = Analyzers.perField(true, FIELDS);
            store = new Store(path, dir, new IndexWriter(dir, writerConfig(analyzer)), analyzer);
            IndexWriter writer = store.writer;
            long[] uids = new long[entries.size()];
            java.util.stream.IntStream.range(0, entries.size()).parallel().forEach(i -> {
                Analysed a = analyse(entries.get(i), i, i);
                indexed[i] = a.indexed();
                uids[i] = i;
                a.vocabulary().forEach(vocabulary::putIfAbsent); // the synonyms' phrases keep their nature
                a.knownWords().forEach(knownWords::add);
                try {
                    writer.addDocument(a.doc());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            store.nextUid = entries.size();
            writer.forceMerge(1); // one segment: the fastest to search; edits add small ones later
            DirectoryReader reader = DirectoryReader.open(writer);
            float[][] vectors = semantics.vectors(entries.stream().map(KnowledgeIndex::semanticText).toList());
            return new KnowledgeIndex(List.of(indexed), uids, store, entries.size(), reader, vocabulary, knownWords,
                    TypoCorrector.of(vocabulary, knownWords), new DocFreqs(docFreqs(reader), Map.of()), vectors, null, semantics, ix -> true);
        } catch (IOException | RuntimeException e) {
            if (store != null) store.release();
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw (RuntimeException) e;
        }
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(64);
        config.setUseCompoundFile(false);
        // documents are analysed on all cores at once; sorting by key (the entry's position in a full build) puts
        // them back in entry order, so equal scores rank the same way in every build
        config.setIndexSort(new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(UID, org.apache.lucene.search.SortField.Type.LONG)));
        return config;
    }

    /**
     * Saves this generation into {@code dir} (which must not exist yet): its Lucene files as of a commit made now,
     * in {@code dir/lucene}, and its {@link IndexTables} in {@code dir/tables.bin}. No update of this index's store
     * may run meanwhile (the caller holds the lock updates are made under); the files are synced before return.
     */
    void save(java.nio.file.Path dir, Set<String> segmenterWords) throws IOException {
        if (store.broken) throw new IOException("an update of this index failed half-way; only a full build is saved");
        java.nio.file.Path lucene = dir.resolve("lucene");
        java.nio.file.Files.createDirectories(lucene);
        store.writer.commit(); // a commit of exactly this generation: updates are serialised with saving
        org.apache.lucene.index.SegmentInfos commit = org.apache.lucene.index.SegmentInfos.readLatestCommit(store.directory);
        if (commit.totalMaxDoc() < entries.size()) throw new IOException("the commit holds fewer documents than entries");
        try (org.apache.lucene.store.FSDirectory to = org.apache.lucene.store.FSDirectory.open(lucene)) {
            List<String> names = new ArrayList<>(commit.files(true));
            for (String name : names) to.copyFrom(store.directory, name, name, org.apache.lucene.store.IOContext.DEFAULT);
            to.sync(names);
            to.syncMetaData();
        }
        new IndexTables(entries, uids, store.nextUid, new java.util.HashMap<>(vocabulary), new java.util.HashSet<>(knownWords),
                docFreqs.flat(), segmenterWords).write(dir.resolve("tables.bin"));
        try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(dir.resolve("tables.bin"), java.nio.file.StandardOpenOption.WRITE)) {
            f.force(true);
        }
    }

    /**
     * A generation served from a saved index without analysing anything: its Lucene files are copied into a new
     * working directory (the saved ones are never written), and its tables give the entries and word statistics.
     * Sentence vectors come from the embedding cache like a build's. {@link #update} then brings it to the
     * knowledge base as it is now.
     */
    static KnowledgeIndex open(IndexTables tables, java.nio.file.Path savedLucene,
                               org.redengine.knowledge.semantic.Semantics semantics) throws IOException {
        java.nio.file.Path path = java.nio.file.Files.createTempDirectory("redengine-index-");
        Store store = null;
        try {
            try (var files = java.nio.file.Files.list(savedLucene)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.copy(f, path.resolve(f.getFileName().toString()));
                }
            }
            MMapDirectory dir = new MMapDirectory(path);
            Analyzer analyzer = Analyzers.perField(true, FIELDS);
            store = new Store(path, dir, new IndexWriter(dir, writerConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND)), analyzer);
            store.nextUid = tables.nextUid();
            DirectoryReader reader = DirectoryReader.open(store.writer);
            List<Indexed> entries = tables.entries();
            if (reader.numDocs() != entries.size()) {
                reader.close();
                throw new IOException("the saved index has " + reader.numDocs() + " documents for " + entries.size() + " entries");
            }
            Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>(tables.vocabulary());
            Set<String> knownWords = java.util.concurrent.ConcurrentHashMap.newKeySet();
            knownWords.addAll(tables.knownWords());
            float[][] vectors = semantics.vectors(entries.stream().map(ix -> semanticText(ix.entry())).toList());
            KnowledgeIndex index = new KnowledgeIndex(entries, tables.uids(), store, 0, reader, vocabulary, knownWords,
                    TypoCorrector.of(vocabulary, knownWords), new DocFreqs(new java.util.HashMap<>(tables.docFreqs()), Map.of()),
                    vectors, null, semantics, ix -> true);
            if (java.util.Arrays.stream(index.ordinalOfDoc).filter(o -> o >= 0).count() != entries.size()) {
                index.close();
                store = null; // released by closing the index
                throw new IOException("the saved index's documents and entries do not match");
            }
            return index;
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.release();
            } else {
                deleteTree(path);
            }
            if (e instanceof IOException io) throw io;
            throw new IOException("cannot open the saved index: " + e, e);
        }
    }

    /** Deletes a directory and everything in it, as far as it can (a leftover directory is harmless). */
    static void deleteTree(java.nio.file.Path path) {
        try (var walk = java.nio.file.Files.walk(path)) {
            for (java.nio.file.Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(f);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // nothing more to do
        }
    }

    /** A title as entries are scored with it: normalised, with the entry's tags after it. */
    static String indexedTitle(String title, List<String> tags) {
        return TextNormalizer.normalize(title) + " " + TextNormalizer.normalize(String.join(" ", tags));
    }

    /** Normalises and segments one entry: its document, its record for answering, and the words it knows. */
    private static Analysed analyse(KnowledgeEntry e, int ordinal, long uid) {
        String title = TextNormalizer.normalize(e.title());
        String tags = TextNormalizer.normalize(String.join(" ", e.tags()));
        String titleWithTags = indexedTitle(e.title(), e.tags());
        String focus = TextNormalizer.normalize(e.sentences().get(e.focus()));
        String context = TextNormalizer.normalize(e.body());
        Document doc = new Document();
        doc.add(new org.apache.lucene.document.NumericDocValuesField(UID, uid));
        doc.add(new org.apache.lucene.document.LongPoint(UID, uid));
        doc.add(new org.apache.lucene.document.StringField(SCOPE, e.scope() == null ? EVERY_CHAT : e.scope(), Field.Store.NO));
        add(doc, TEXT, title + " " + tags + " " + context);
        List<String> questionWords = e.isFaq() ? QueryTerms.contentWords(title) : List.of();
        Indexed ix = new Indexed(ordinal, e, titleWithTags, context, focus, questionWords,
                QuestionKind.answeredIn(e.isFaq() ? context : focus), new double[questionWords.size()]);
        Map<String, String> vocabulary = new java.util.HashMap<>();
        Set<String> known = new java.util.HashSet<>();
        e.tags().forEach(t -> vocabulary.putIfAbsent(TextNormalizer.normalize(t), "nz"));
        for (ChineseSegmenter.Word w : ChineseSegmenter.forIndex(title + " " + focus)) {
            known.add(w.text());
            // (and names of two characters: the full names 于老师 or 蔡老 may stand for)
            if (w.text().length() >= TypoCorrector.MIN_LENGTH || w.text().length() == 2 && w.nature().startsWith("nr")) {
                vocabulary.putIfAbsent(w.text(), w.nature());
            }
        }
        return new Analysed(ix, doc, vocabulary, known);
    }

    /** An entry's content without its id (which holds its line number, so it changes when rows above it do). */
    private record Content(KnowledgeEntry.Kind kind, String title, List<String> sentences, int focus, String source,
                           String file, List<String> tags, String scope) {
        static Content of(KnowledgeEntry e) {
            return new Content(e.kind(), e.title(), e.sentences(), e.focus(), e.source(), e.file(), e.tags(), e.scope());
        }
    }

    /**
     * The next generation: {@code kb} indexed by changing only what differs from this one. Entries whose content is
     * unchanged keep their documents and vectors (only their position and id may change); the others are removed or
     * analysed and added, and a near-real-time reader sees the result. This generation keeps serving unchanged.
     * Words learnt from removed entries stay in the typo vocabulary until the next full build; BM25 statistics count
     * removed documents until Lucene merges their segments away. Null when an earlier update failed half-way.
     */
    public KnowledgeIndex update(KnowledgeBase kb) {
        return update(kb, Integer.MAX_VALUE);
    }

    /**
     * Likewise, or null (and nothing changed) when more than {@code atMost} entries would have to be analysed, or when
     * an earlier update of this index failed half-way (then only a full build is safe).
     */
    public KnowledgeIndex update(KnowledgeBase kb, int atMost) {
        if (store.broken) return null;
        Map<Content, java.util.ArrayDeque<Integer>> old = new java.util.HashMap<>(entries.size() * 2);
        for (Indexed ix : entries) old.computeIfAbsent(Content.of(ix.entry()), k -> new java.util.ArrayDeque<>()).add(ix.ordinal());
        List<KnowledgeEntry> next = kb.entries();
        int[] was = new int[next.size()];
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            java.util.ArrayDeque<Integer> same = old.get(Content.of(next.get(i)));
            Integer o = same == null ? null : same.poll();
            was[i] = o == null ? -1 : o;
            if (o == null) added.add(i);
        }
        if (added.size() > atMost) return null;
        List<Integer> removed = new ArrayList<>();
        old.values().forEach(removed::addAll);

        // what the edit does to the words: document frequencies, and any word the typo corrector did not know
        Map<String, Integer> deltas = new java.util.HashMap<>();
        for (int o : removed) tokensOf(entries.get(o)).forEach(t -> deltas.merge(t, -1, Integer::sum));
        Indexed[] indexed = new Indexed[next.size()];
        List<Analysed> made = new ArrayList<>(added.size());
        long[] nextUids = new long[next.size()];
        Map<String, String> newWords = new java.util.HashMap<>();
        Set<String> newKnown = new java.util.HashSet<>();
        kb.synonyms().phrases().forEach(p -> {
            if (!vocabulary.containsKey(p)) newWords.put(p, "nz");
        });
        for (int i : added) {
            long uid = store.nextUid + made.size();
            Analysed a = analyse(next.get(i), i, uid);
            made.add(a);
            indexed[i] = a.indexed();
            nextUids[i] = uid;
            tokensOf(a.indexed()).forEach(t -> deltas.merge(t, 1, Integer::sum));
            a.vocabulary().forEach((w, nature) -> {
                if (!vocabulary.containsKey(w)) newWords.putIfAbsent(w, nature);
            });
            a.knownWords().forEach(w -> {
                if (!knownWords.contains(w)) newKnown.add(w);
            });
        }
        deltas.values().removeIf(d -> d == 0);
        DocFreqs freqs = docFreqs.plus(deltas);
        float[][] nextVectors = new float[next.size()][];
        for (int i = 0; i < next.size(); i++) {
            if (was[i] < 0) continue;
            Indexed before = entries.get(was[i]);
            boolean reweigh = false;
            for (String w : before.questionWords()) reweigh |= deltas.containsKey(w);
            // the same analysis at its new position; its word weights kept unless their frequencies changed
            indexed[i] = new Indexed(i, next.get(i), before.title(), before.body(), before.focus(), before.questionWords(),
                    before.kinds(), reweigh ? new double[before.questionWords().size()] : before.questionWeights());
            nextUids[i] = uids[was[i]];
            nextVectors[i] = vectors[was[i]];
        }
        Set<Indexed> toWeigh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < next.size(); i++) {
            if (was[i] < 0 || indexed[i].questionWeights() != entries.get(was[i]).questionWeights()) toWeigh.add(indexed[i]);
        }
        // the typo corrector's words only grow, and every generation of this store shares them (see TypoCorrector#add)
        newWords.forEach(vocabulary::putIfAbsent);
        knownWords.addAll(newKnown);
        if (!newWords.isEmpty() || !newKnown.isEmpty()) typos.add(newWords, newKnown);
        store.users.incrementAndGet(); // the new generation uses the store too
        try {
            IndexWriter writer = store.writer;
            if (!removed.isEmpty()) {
                writer.deleteDocuments(org.apache.lucene.document.LongPoint.newSetQuery(UID,
                        removed.stream().mapToLong(o -> uids[o]).toArray()));
            }
            for (Analysed a : made) writer.addDocument(a.doc());
            store.nextUid += made.size();
            float[][] vectorsMade = semantics.vectors(added.stream().map(i -> semanticText(next.get(i))).toList());
            for (int j = 0; j < added.size(); j++) nextVectors[added.get(j)] = vectorsMade[j];
            DirectoryReader nextReader = DirectoryReader.openIfChanged(reader, writer);
            if (nextReader == null) {
                reader.incRef(); // nothing changed in Lucene: both generations share the reader
                nextReader = reader;
            }
            KnowledgeIndex result = new KnowledgeIndex(List.of(indexed), nextUids, store, added.size(), nextReader, vocabulary,
                    knownWords, typos, freqs, nextVectors, nearestVectors.next(nextVectors, was), semantics, toWeigh::contains);
            List<Indexed> changedEntries = new ArrayList<>(removed.size() + added.size());
            for (int o : removed) changedEntries.add(entries.get(o));
            for (int i : added) changedEntries.add(indexed[i]);
            result.changed = List.copyOf(changedEntries);
            return result;
        } catch (IOException | RuntimeException e) {
            store.broken = true;
            store.release();
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw (RuntimeException) e;
        }
    }

    /**
     * The entries removed from the generation before and added to this one, when this generation is an update of it
     * (an edited entry is both); null when it was built or restored whole.
     */
    public List<Indexed> changedSincePrevious() {
        return changed;
    }

    /** How many entries making this generation analysed: all for a full build, only the changed ones for an update. */
    public int analysed() {
        return analysed;
    }

    /** The distinct tokens an entry's document was indexed with (the same analyser, the same text). */
    private Set<String> tokensOf(Indexed ix) {
        return new java.util.HashSet<>(tokens(store.analyzer, TEXT, ix.title() + " " + ix.body()));
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
        var found = nearestVectors.nearest(question, n, i -> !anyScoped || entries.get(i).entry().visibleIn(chatScope));
        List<Hit> out = new ArrayList<>(found.length);
        for (var f : found) out.add(new Hit(entries.get(f.position()), f.cosine()));
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
                int ordinal = ordinalOfDoc[sd.doc];
                if (ordinal >= 0) hits.add(new Hit(entries.get(ordinal), sd.score));
            }
            // equal scores in entry order, as a full build's documents are: an updated index ranks the same way
            hits.sort(java.util.Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingInt(h -> h.indexed().ordinal()));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question with a surname and 老 (任老, 孙老) read as the full name of the person it clearly stands for. */
    public String withHonouredNames(String question) {
        return withHonouredNames(question, word -> false);
    }

    /** As above, leaving a form of respect the synonyms already read as someone's name ({@code taught}) as it is. */
    public String withHonouredNames(String question, java.util.function.Predicate<String> taught) {
        return HonouredNames.named(question, typos::fullNamesFrom, typos::threeCharacterWordsEndingWith, docFreqs::get, taught);
    }

    /** Whether the index has this word (or character bigram) at all. */
    public boolean knows(String word) {
        return docFreqs.get(word) > 0;
    }

    /** Inverse document frequency of a word over whole entries (BM25's form); unseen words weigh most. */
    public double idf(String word) {
        int df = docFreqs.get(word);
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }

    /** Closes this generation's reader (and, when no generation uses them any more, the index files); searching afterwards fails. */
    @Override
    public void close() {
        try {
            reader.decRef();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException ignored) {
            // nothing more to do
        }
        store.release();
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
        return tokens(analyzer, "x", text);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
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
