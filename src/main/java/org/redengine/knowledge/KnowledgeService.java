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

    public KnowledgeService(Path dir, double threshold) {
        this.dir = dir;
        this.threshold = threshold;
    }

    /** Builds a snapshot of a directory without serving it (for eval and the CLI). */
    public static KnowledgeSnapshot build(Path dir, double threshold, int generation) throws IOException {
        long start = System.nanoTime();
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        return build(kb, threshold, generation, start);
    }

    public static KnowledgeSnapshot build(KnowledgeBase kb, double threshold, int generation, long startNanos) {
        Set<String> words = new HashSet<>(kb.synonyms().phrases());
        for (KnowledgeEntry e : kb.entries()) {
            // short tags are domain words (周汇朝学); long ones are phrases that would swallow real words
            e.tags().stream().filter(t -> t.length() <= 6).forEach(words::add);
        }
        ChineseSegmenter.addWords(words);
        KnowledgeIndex index = KnowledgeIndex.build(kb);
        Answerer answerer = new Answerer(index, kb.synonyms(), threshold);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new KnowledgeSnapshot(kb, answerer, Instant.now(), millis, generation);
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
        if (!structural && previous != null) next = update(previous, kb, start);
        boolean updated = next != null;
        if (next == null) next = build(kb, threshold, ++generation, start);
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
                updated ? "updated (" + next.answerer().index().analysed() + " entries analysed)" : "built", next.buildMillis());
        for (LoadProblem p : kb.problems()) {
            log.warn("knowledge file skipped: {}", p);
        }
        return next;
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
        Answerer answerer = new Answerer(next, kb.synonyms(), threshold);
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
        retirer.shutdownNow();
        for (KnowledgeIndex old : List.copyOf(retiring)) {
            if (retiring.remove(old)) old.close();
        }
        KnowledgeSnapshot last = current.getAndSet(null);
        if (last != null) last.answerer().index().close();
    }
}
