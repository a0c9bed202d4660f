package org.redengine.knowledge.semantic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors by content: the SHA-256 of (model, text) names a vector, so an edit or a restart encodes only
 * sentences it has not seen. Kept in memory and, when given a directory, appended to a file there
 * ({@code embeddings-<model>.bin}: records of a 16-byte key and the vector), read back at start.
 */
public final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final Map<Path, EmbeddingCache> OPEN = new ConcurrentHashMap<>();

    private record Key(long high, long low) {
    }

    private final Path file;
    private final Map<Key, float[]> vectors = new ConcurrentHashMap<>();
    private int dims = -1;

    private EmbeddingCache(Path file) {
        this.file = file;
    }

    /** A cache only in memory (tests, one-off commands). */
    public static EmbeddingCache inMemory() {
        return new EmbeddingCache(null);
    }

    /** The one cache of a directory in this process (several snapshots share it). */
    public static EmbeddingCache in(Path dir, String modelId) {
        Path f = dir.toAbsolutePath().resolve("embeddings-" + modelId + ".bin");
        return OPEN.computeIfAbsent(f, p -> {
            EmbeddingCache c = new EmbeddingCache(p);
            c.load();
            return c;
        });
    }

    public float[] get(String modelId, String text) {
        return vectors.get(key(modelId, text));
    }

    public int size() {
        return vectors.size();
    }

    /** Adds vectors (and appends them to the file, if any). */
    public synchronized void putAll(String modelId, Map<String, float[]> byText) {
        if (byText.isEmpty()) return;
        OutputStream out = null;
        try {
            if (file != null) {
                Files.createDirectories(file.getParent());
                out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16);
            }
            DataOutputStream data = out == null ? null : new DataOutputStream(out);
            for (Map.Entry<String, float[]> e : byText.entrySet()) {
                Key k = key(modelId, e.getKey());
                if (vectors.putIfAbsent(k, e.getValue()) != null || data == null) continue;
                data.writeLong(k.high());
                data.writeLong(k.low());
                data.writeShort(e.getValue().length);
                for (float x : e.getValue()) data.writeFloat(x);
            }
            if (data != null) data.flush();
        } catch (IOException e) {
            log.warn("could not write the embedding cache {}: {}", file, e.toString());
        } finally {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the vectors are in memory anyway
                }
            }
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) return;
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            while (true) {
                long high, low;
                try {
                    high = data.readLong();
                } catch (EOFException end) {
                    break;
                }
                low = data.readLong();
                int n = data.readShort();
                if (n <= 0 || n > 4096) throw new IOException("bad record length " + n);
                float[] v = new float[n];
                for (int i = 0; i < n; i++) v[i] = data.readFloat();
                vectors.put(new Key(high, low), v);
                dims = n;
            }
        } catch (IOException e) {
            // a torn last record (a crash mid-append) or a damaged file: keep what was read, encode the rest again
            log.warn("embedding cache {} read up to a damaged record ({} vectors kept): {}", file, vectors.size(), e.toString());
        }
    }

    private static Key key(String modelId, String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(modelId.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            byte[] h = d.digest(text.getBytes(StandardCharsets.UTF_8));
            return new Key(java.nio.ByteBuffer.wrap(h, 0, 8).getLong(), java.nio.ByteBuffer.wrap(h, 8, 8).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
