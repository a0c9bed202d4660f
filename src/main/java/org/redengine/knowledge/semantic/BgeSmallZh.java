package org.redengine.knowledge.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BGE-small-zh v1.5, quantized, run in process by ONNX Runtime (the model ships inside a Maven jar; nothing is
 * downloaded). 512 dimensions; about 2–3 ms for a short question on one core. Questions get BGE's retrieval
 * instruction, knowledge-base sentences do not, as the model was trained. Loaded once, on first use.
 */
public final class BgeSmallZh implements SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(BgeSmallZh.class);
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    private static final BgeSmallZh INSTANCE = new BgeSmallZh();

    private volatile BgeSmallZhV15QuantizedEmbeddingModel model;
    private volatile boolean failed;

    private BgeSmallZh() {
    }

    public static BgeSmallZh get() {
        return INSTANCE;
    }

    @Override
    public String modelId() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] encode(String text, boolean query) {
        BgeSmallZhV15QuantizedEmbeddingModel m = model();
        if (m == null) return null;
        float[] v = m.embed(query ? QUERY_INSTRUCTION + text : text).content().vector();
        return normalize(v);
    }

    private BgeSmallZhV15QuantizedEmbeddingModel model() {
        BgeSmallZhV15QuantizedEmbeddingModel m = model;
        if (m != null || failed) return m;
        synchronized (this) {
            if (model == null && !failed) {
                try {
                    long start = System.nanoTime();
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                    log.info("sentence embedding model {} loaded in {} ms", modelId(), (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException | LinkageError e) {
                    // answering goes on without semantic matching rather than not at all
                    failed = true;
                    log.warn("sentence embedding model could not be loaded; answering without semantic matching: {}", e.toString());
                }
            }
            return model;
        }
    }

    static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        if (n == 0) return v;
        float inv = (float) (1 / Math.sqrt(n));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
        return v;
    }
}
