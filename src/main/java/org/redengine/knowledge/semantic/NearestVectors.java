package org.redengine.knowledge.semantic;

import org.apache.lucene.util.VectorUtil;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Finds the sentence vectors closest to a question's. A scan of every float vector reads 2 KB per entry (20 MB a
 * question at 10,000 entries), and that memory traffic was most of answering's Java time. So the scan reads a one-byte
 * copy of each component (a quarter of the bytes), keeps several times the candidates asked for, and orders those by
 * their exact float cosine: the answer is the float scan's, unless a vector the byte scan put far below the cut
 * belonged in the top (the test compares them).
 *
 * <p>Codes use one fixed scale, so a vector's code never depends on the others: an update reuses the previous
 * generation's codes for the vectors it keeps and quantizes only the new ones.
 */
public final class NearestVectors {

    /**
     * Components of normalised BGE vectors stay well inside ±0.5 (typically ±0.05 to ±0.2); beyond it they are
     * clipped, which the float rescoring corrects.
     */
    private static final float SCALE = 127f / 0.5f;
    /** How many times the candidates asked for the byte scan keeps for the float rescoring (at least {@link #MIN_KEPT}). */
    private static final int OVERSAMPLE = 4;
    private static final int MIN_KEPT = 40;

    private final float[][] vectors;
    private final byte[][] codes;

    private NearestVectors(float[][] vectors, byte[][] codes) {
        this.vectors = vectors;
        this.codes = codes;
    }

    /** Codes for these vectors (null where a vector is null). */
    public static NearestVectors of(float[][] vectors) {
        byte[][] codes = new byte[vectors.length][];
        for (int i = 0; i < vectors.length; i++) codes[i] = code(vectors[i]);
        return new NearestVectors(vectors, codes);
    }

    /**
     * Codes for a next generation's vectors: {@code was[i]} is the position of vector {@code i} in this generation
     * (negative for a new one, quantized here).
     */
    public NearestVectors next(float[][] nextVectors, int[] was) {
        byte[][] next = new byte[nextVectors.length][];
        for (int i = 0; i < nextVectors.length; i++) {
            next[i] = was[i] >= 0 && vectors[was[i]] == nextVectors[i] ? codes[was[i]] : code(nextVectors[i]);
        }
        return new NearestVectors(nextVectors, next);
    }

    static byte[] code(float[] v) {
        if (v == null) return null;
        byte[] c = new byte[v.length];
        for (int i = 0; i < v.length; i++) c[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * SCALE)));
        return c;
    }

    /** A result: the vector's position and its exact cosine with the question. */
    public record Nearest(int position, float cosine) {
    }

    /**
     * The {@code n} vectors closest to the question's among those {@code allowed}, closest first, by exact cosine.
     */
    public Nearest[] nearest(float[] question, int n, IntPredicate allowed) {
        if (question == null || n <= 0) return new Nearest[0];
        byte[] q = code(question);
        int kept = Math.max(MIN_KEPT, OVERSAMPLE * n);
        int[] best = new int[kept];
        int[] scores = new int[kept];
        Arrays.fill(scores, Integer.MIN_VALUE);
        int found = 0;
        for (int i = 0; i < codes.length; i++) {
            byte[] c = codes[i];
            if (c == null || !allowed.test(i)) continue;
            int s = VectorUtil.dotProduct(c, q);
            if (found == kept && s <= scores[kept - 1]) continue;
            int j = found < kept ? found++ : kept - 1;
            while (j > 0 && scores[j - 1] < s) {
                scores[j] = scores[j - 1];
                best[j] = best[j - 1];
                j--;
            }
            scores[j] = s;
            best[j] = i;
        }
        Nearest[] rescored = new Nearest[found];
        for (int j = 0; j < found; j++) rescored[j] = new Nearest(best[j], VectorUtil.dotProduct(vectors[best[j]], question));
        Arrays.sort(rescored, (a, b) -> a.cosine() != b.cosine() ? Float.compare(b.cosine(), a.cosine()) : Integer.compare(a.position(), b.position()));
        return Arrays.copyOf(rescored, Math.min(n, found));
    }
}
