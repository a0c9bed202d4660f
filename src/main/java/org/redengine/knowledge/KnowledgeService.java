package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Owns the live knowledge base. Loads a directory, builds an index, and keeps serving the last good snapshot
 * while a new one builds; a finished build replaces it in one atomic step, so a request sees either the old
 * or the new index, never half of one. With {@link #watch()} it rebuilds when files change.
 */
public final class KnowledgeService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);
    /** Waits this long after the last file event before rebuilding, so a copy of many files builds once. */
    private static final long DEBOUNCE_MILLIS = 250;

    private final Path dir;
    private final double threshold;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    private volatile WatchService watcher;
    private volatile Thread watchThread;
    private int generation;
    /** Each file's size and modification time as of the snapshot serving now: what it was built from. */
    private volatile Map<String, String> builtFrom = Map.of();
    /** What each file gave at that build, so the next one reads only the files that changed. */
    private Map<String, KnowledgeLoader.FileLoad> loaded = Map.of();
    /** Above this share of entries changed, a whole new index (built on all cores, merged) beats an update. */
    static final double UPDATE_AT_MOST = 0.25;

    /** Where the index is kept between runs (null: it is built at every start). */
    private final SavedIndex saved;
    /** The words the segmenter was taught for the index serving now (those of its full build, or of its save). */
    private Set<String> indexWords = Set.of();
    /** The generation whose index the saved files are (nothing to save while it serves); 0: none. */
    private volatile int savedGeneration;
    private final java.util.concurrent.ExecutorService saver =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("knowledge-save").unstarted(r));

    public KnowledgeService(Path dir, double threshold) {
        this(dir, threshold, null);
    }

    /**
     * @param savedIndexDir where the index is saved after each full build and at {@link #close()}, and restored from
     *                      at start when it still fits (null: never saved)
     */
    public KnowledgeService(Path dir, double threshold, Path savedIndexDir) {
        this.dir = dir;
        this.threshold = threshold;
        this.saved = savedIndexDir == null ? null : new SavedIndex(savedIndexDir);
    }

    /** Builds a snapshot of a directory without serving it (for eval and the CLI). */
    public static KnowledgeSnapshot build(Path dir, double threshold, int generation) throws IOException {
        long start = System.nanoTime();
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        return build(kb, threshold, generation, start);
    }

    public static KnowledgeSnapshot build(KnowledgeBase kb, double threshold, int generation, long startNanos) {
        ChineseSegmenter.addWords(segmenterWords(kb));
        KnowledgeIndex index = KnowledgeIndex.build(kb);
        Answerer answerer = new Answerer(index, kb.synonyms(), threshold);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new KnowledgeSnapshot(kb, answerer, Instant.now(), millis, generation);
    }

    /** The domain words a knowledge base teaches the segmenter: its synonyms' phrases and its short tags. */
    static Set<String> segmenterWords(KnowledgeBase kb) {
        Set<String> words = new HashSet<>(kb.synonyms().phrases());
        for (KnowledgeEntry e : kb.entries()) {
            // short tags are domain words (周汇朝学); long ones are phrases that would swallow real words
            e.tags().stream().filter(t -> t.length() <= 6).forEach(words::add);
        }
        return words;
    }

    /** Replaced generations not closed yet (closed on schedule, or all at once when the service closes). */
    private final Set<KnowledgeIndex> retiring = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** How long a replaced index stays open for requests that started on it. */
    private static final long RETIRE_AFTER_SECONDS = 30;
    private final java.util.concurrent.ScheduledExecutorService retirer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("knowledge-retire").unstarted(r));

    /**
     * Loads and swaps in a new snapshot; on failure the previous one keeps serving. Only files whose size or
     * modification time changed are read again, and when they are FAQ files or articles whose entries bring no new
     * word to the segmenter, the index is updated in place of a rebuild ({@link KnowledgeIndex#update}); the
     * synonyms file, new tags or a large change build everything again.
     */
    public synchronized KnowledgeSnapshot reload() throws IOException {
        long start = System.nanoTime();
        Map<String, String> stamps = stamps(); // taken first: a change made during the build is seen as a change
        Map<String, KnowledgeLoader.FileLoad> files = new java.util.TreeMap<>();
        Path root = dir.toRealPath();
        boolean structural = current.get() == null;
        for (Path p : KnowledgeLoader.files(dir)) {
            String rel = KnowledgeLoader.relative(dir, p);
            KnowledgeLoader.FileLoad before = loaded.get(rel);
            if (before != null && stamps.get(rel) != null && stamps.get(rel).equals(builtFrom.get(rel))) {
                files.put(rel, before);
                continue;
            }
            KnowledgeLoader.FileLoad now = KnowledgeLoader.loadFile(root, dir, p);
            files.put(rel, now);
            structural |= rel.equals(KnowledgeLoader.SYNONYMS_FILE);
        }
        for (String gone : loaded.keySet()) structural |= !files.containsKey(gone) && gone.equals(KnowledgeLoader.SYNONYMS_FILE);
        KnowledgeBase kb = KnowledgeLoader.assemble(files.values());
        KnowledgeSnapshot previous = current.get();
        KnowledgeSnapshot next = null;
        String how = "built";
        if (previous == null && saved != null) {
            next = restore(kb, start);
            if (next != null) how = "restored from the saved index (" + next.answerer().index().analysed() + " entries analysed)";
        }
        if (next == null && !structural && previous != null) {
            next = update(previous, kb, start);
            if (next != null) how = "updated (" + next.answerer().index().analysed() + " entries analysed)";
        }
        if (next == null) {
            next = build(kb, threshold, ++generation, start);
            indexWords = segmenterWords(kb);
            if (saved != null) saver.execute(this::saveIfChanged); // in the background: serving need not wait
        }
        loaded = files;
        builtFrom = stamps;
        current.set(next);
        if (previous != null) {
            // requests that picked up the old index finish on it; it is closed once none can still be running
            KnowledgeIndex old = previous.answerer().index();
            retiring.add(old);
            retirer.schedule(() -> {
                if (retiring.remove(old)) old.close();
            }, RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
        }
        log.info("knowledge base generation {}: {} files, {} articles ({} passages), {} FAQ entries, {} problems, {} in {} ms",
                next.generation(), kb.files(), kb.articles(), kb.passages(), kb.faqs(), kb.problems().size(),
                how, next.buildMillis());
        for (LoadProblem p : kb.problems()) {
            log.warn("knowledge file skipped: {}", p);
        }
        return next;
    }

    /**
     * The first snapshot made from the saved index, brought up to date with {@code kb} by an update; null when there
     * is none, it does not fit, or too much changed since (then a full build follows).
     */
    private KnowledgeSnapshot restore(KnowledgeBase kb, long startNanos) {
        SavedIndex.Restored restored = saved.restore(kb, segmenterWords(kb), org.redengine.knowledge.semantic.Semantics.standard());
        if (restored == null) return null;
        KnowledgeIndex next;
        try {
            next = restored.index().update(kb, (int) Math.max(50, UPDATE_AT_MOST * kb.entries().size()));
        } catch (RuntimeException e) {
            log.warn("the saved knowledge index could not be brought up to date ({}): building again", e.toString());
            return null;
        } finally {
            restored.index().close(); // the new generation holds its own references to the files
        }
        if (next == null) {
            log.info("over a quarter of the knowledge base changed since the index was saved: building again");
            return null;
        }
        indexWords = restored.segmenterWords();
        Answerer answerer = new Answerer(next, kb.synonyms(), threshold);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        ++generation;
        if (next.analysed() == 0 && next.size() == restored.index().size()) savedGeneration = generation; // the saved files are this index
        return new KnowledgeSnapshot(kb, answerer, Instant.now(), millis, generation);
    }

    /** Saves the serving index unless it is the saved one; failures are logged (the next start builds instead). */
    private synchronized void saveIfChanged() {
        KnowledgeSnapshot now = current.get();
        if (now == null || saved == null) return;
        KnowledgeIndex index = now.answerer().index();
        if (now.generation() == savedGeneration) return;
        long start = System.nanoTime();
        try {
            saved.save(index, indexWords, now.base().synonyms());
            savedGeneration = now.generation();
            log.info("knowledge index generation {} saved in {} ms", now.generation(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("could not save the knowledge index: {}", e.toString());
        }
    }

    /** The next snapshot made by changing the serving index, or null when a full build is needed. */
    private KnowledgeSnapshot update(KnowledgeSnapshot previous, KnowledgeBase kb, long startNanos) {
        KnowledgeIndex index = previous.answerer().index();
        if (!kb.synonyms().equals(previous.base().synonyms())) return null;
        Set<String> words = new HashSet<>();
        for (KnowledgeEntry e : kb.entries()) e.tags().stream().filter(t -> t.length() <= 6).forEach(words::add);
        // a new word changes how every text is segmented: the documents indexed before would no longer match
        if (ChineseSegmenter.wouldAdd(words)) return null;
        KnowledgeIndex next = index.update(kb, (int) Math.max(50, UPDATE_AT_MOST * kb.entries().size()));
        if (next == null) return null;
        Answerer answerer = Answerer.after(previous.answerer(), next, kb.synonyms(), threshold);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new KnowledgeSnapshot(kb, answerer, Instant.now(), millis, ++generation);
    }

    /** Every visible file's size and modification time, by path: what a build is made from. */
    Map<String, String> stamps() {
        Map<String, String> out = new java.util.TreeMap<>();
        try {
            for (Path p : KnowledgeLoader.files(dir)) {
                String rel = KnowledgeLoader.relative(dir, p);
                try {
                    out.put(rel, Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    out.put(rel, "gone");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            out.put("", "unreadable:" + System.nanoTime()); // never equal: read everything again
        }
        return out;
    }

    /** The snapshot serving now (null before the first load). */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    public Answer answer(String question) {
        return current.get().answerer().answer(question);
    }

    /** The answer in a chat of this scope (see {@link Answers}). */
    public Answer answer(String question, String chatScope) {
        Answerer answerer = current.get().answerer();
        Answer cached = answerer.cached(question, chatScope);
        if (cached != null || !Thread.currentThread().isVirtual()) return cached != null ? cached : answerer.answer(question, chatScope);
        // Working an answer out is milliseconds of CPU (the sentence encoder most of it). On a virtual thread it would
        // hold one of the few carrier threads all that time, and under load a virtual thread woken by the database
        // writer (an admin's edit, a check-in) waited seconds for a free carrier; on these platform threads the
        // operating system shares the cores fairly, and the waiting virtual thread gives its carrier back.
        try {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> answerer.answer(question, chatScope), ANSWERING).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r; // as if answered on this thread
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Where answers are worked out for requests on virtual threads: one platform thread per core. */
    private static final java.util.concurrent.ExecutorService ANSWERING = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("answering-", 1).factory());

    /** Watches the directory tree and rebuilds in the background after changes. */
    public void watch() throws IOException {
        WatchService ws = FileSystems.getDefault().newWatchService();
        registerTree(ws, dir);
        watcher = ws;
        Thread t = Thread.ofPlatform().daemon().name("knowledge-watch").start(() -> watchLoop(ws));
        watchThread = t;
    }

    private void watchLoop(WatchService ws) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean changed = drain(ws, key);
                // Debounce: keep absorbing events until the directory has been quiet for a moment.
                WatchKey more;
                while ((more = ws.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(ws, more);
                }
                // an edit through the API has rebuilt already; only a change the index has not seen needs a build
                if (changed && !stamps().equals(builtFrom)) {
                    try {
                        reload();
                    } catch (IOException | RuntimeException e) {
                        log.error("knowledge reload failed; the previous version keeps serving", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private boolean drain(WatchService ws, WatchKey key) {
        Path parent = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p) {
                Path child = parent.resolve(p);
                if (Files.isDirectory(child)) {
                    try {
                        registerTree(ws, child);
                    } catch (IOException e) {
                        log.warn("cannot watch {}", child, e);
                    }
                }
            }
        }
        key.reset();
        return true;
    }

    private static void registerTree(WatchService ws, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            if (watcher != null) watcher.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        if (watchThread != null) watchThread.interrupt();
        saver.shutdown();
        try {
            if (!saver.awaitTermination(30, TimeUnit.SECONDS)) log.warn("saving the knowledge index took over 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveIfChanged(); // edits since the last save: the next start updates less
        retirer.shutdownNow();
        for (KnowledgeIndex old : List.copyOf(retiring)) {
            if (retiring.remove(old)) old.close();
        }
        KnowledgeSnapshot last = current.getAndSet(null);
        if (last != null) last.answerer().index().close();
    }
}
