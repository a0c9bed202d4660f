package org.redengine.knowledge.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The semantic side of a knowledge base: an encoder and the cache of the vectors it made. {@link #vectors} encodes
 * the sentences not cached yet, on all cores, and caches them.
 */
public record Semantics(SentenceEncoder encoder, EmbeddingCache cache) {

    private static volatile Semantics standard;

    /** No semantic matching at all. */
    public static final Semantics OFF = new Semantics(SentenceEncoder.NONE, EmbeddingCache.inMemory());

    /**
     * The process's semantics: BGE-small-zh with a cache in {@code dir} (null: in memory only). Set once at start
     * (the server: the data directory); until then, the system property {@code redengine.embeddings} names the
     * cache directory (tests), else the cache is in memory.
     */
    public static synchronized Semantics standard() {
        if (standard == null) {
            String dir = System.getProperty("redengine.embeddings");
            use(dir == null || dir.isBlank() ? null : Path.of(dir));
        }
        return standard;
    }

    public static synchronized void use(Path cacheDir) {
        SentenceEncoder bge = BgeSmallZh.get();
        standard = new Semantics(bge, cacheDir == null ? EmbeddingCache.inMemory() : EmbeddingCache.in(cacheDir, bge.modelId()));
    }

    /** Turns semantic matching off for snapshots built from now on (benchmarks compare against it). */
    public static synchronized void useNone() {
        standard = OFF;
    }

    public boolean enabled() {
        return encoder != SentenceEncoder.NONE;
    }

    /** One vector per text (null where the encoder is unavailable), encoding only what the cache lacks. */
    public float[][] vectors(List<String> texts) {
        float[][] out = new float[texts.size()][];
        if (!enabled()) return out;
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cache.get(encoder.modelId(), texts.get(i));
            if (out[i] == null) missing.add(i);
        }
        if (missing.isEmpty()) return out;
        Map<String, float[]> made = new java.util.concurrent.ConcurrentHashMap<>();
        Runnable encodeAll = () -> IntStream.range(0, missing.size()).parallel().forEach(j -> {
            int i = missing.get(j);
            float[] v = encoder.encode(texts.get(i), false);
            if (v != null) {
                out[i] = v;
                made.put(texts.get(i), v);
            }
        });
        if (missing.size() == 1) {
            encodeAll.run(); // an edit's one sentence: no need to hand it over
        } else {
            // Thousands of sentences (a first start, an import) are encoded on platform threads of their own: not on the
            // caller's thread, which may be a request's virtual thread whose carrier a native call would hold for the
            // whole encoding, nor on the common pool other work shares. The caller just waits.
            try {
                ENCODING.submit(encodeAll).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while encoding sentences", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
        cache.putAll(encoder.modelId(), new HashMap<>(made));
        return out;
    }

    /** Where many sentences are encoded at once: one platform thread per core. */
    private static final java.util.concurrent.ForkJoinPool ENCODING = new java.util.concurrent.ForkJoinPool(
            Runtime.getRuntime().availableProcessors(), pool -> {
                java.util.concurrent.ForkJoinWorkerThread t = java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("encoding-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);

    public float[] query(String question) {
        return encoder.encode(question, true);
    }
}
