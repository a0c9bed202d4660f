package org.redengine.knowledge.semantic;

import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NearestVectorsTest {

    private static float[] unit(Random r, int d) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) v[i] = (float) r.nextGaussian();
        return BgeSmallZh.normalize(v);
    }

    /** The float scan the byte scan stands in for: every vector's exact cosine, closest first, ties by position. */
    private static int[] exact(float[][] vectors, float[] q, int n) {
        return IntStream.range(0, vectors.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -VectorUtil.dotProduct(vectors[i], q)).thenComparing(i -> i))
                .limit(n).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void findsWhatTheFloatScanFinds() {
        Random r = new Random(7);
        float[][] vectors = new float[5_000][];
        for (int i = 0; i < vectors.length; i++) vectors[i] = unit(r, 512);
        NearestVectors nv = NearestVectors.of(vectors);
        for (int t = 0; t < 200; t++) {
            // a question near some entry, as a paraphrase is: that entry plus noise
            float[] q = vectors[r.nextInt(vectors.length)].clone();
            float[] noise = unit(r, 512);
            for (int i = 0; i < q.length; i++) q[i] += 0.8f * noise[i];
            q = BgeSmallZh.normalize(q);
            NearestVectors.Nearest[] got = nv.nearest(q, 10, i -> true);
            assertThat(Arrays.stream(got).mapToInt(NearestVectors.Nearest::position).toArray()).isEqualTo(exact(vectors, q, 10));
            assertThat(got[0].cosine()).isEqualTo(VectorUtil.dotProduct(vectors[got[0].position()], q));
        }
    }

    @Test
    void skipsWhatIsNotAllowedOrHasNoVector() {
        Random r = new Random(3);
        float[][] vectors = {unit(r, 16), null, unit(r, 16), unit(r, 16)};
        NearestVectors nv = NearestVectors.of(vectors);
        NearestVectors.Nearest[] got = nv.nearest(vectors[0], 10, i -> i != 2);
        assertThat(Arrays.stream(got).mapToInt(NearestVectors.Nearest::position).toArray()).containsExactly(0, 3);
        assertThat(nv.nearest(null, 10, i -> true)).isEmpty();
    }

    @Test
    void theNextGenerationKeepsTheCodesOfTheVectorsItKeeps() {
        Random r = new Random(5);
        float[][] vectors = {unit(r, 64), unit(r, 64), unit(r, 64)};
        NearestVectors nv = NearestVectors.of(vectors);
        float[] added = unit(r, 64);
        // entry 1 removed, a new one appended: positions 0, 2 kept (now 0, 1)
        float[][] next = {vectors[0], vectors[2], added};
        NearestVectors after = nv.next(next, new int[] {0, 2, -1});
        assertThat(after.nearest(added, 1, i -> true)[0].position()).isEqualTo(2);
        assertThat(after.nearest(vectors[2], 1, i -> true)[0].position()).isEqualTo(1);
        assertThat(after.nearest(vectors[1], 3, i -> true)).hasSize(3);
    }
}
