package org.redengine.knowledge.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * BGE-small-zh v1.5, quantized, run in process by ONNX Runtime (the model and its tokenizer ship inside a Maven jar;
 * nothing is downloaded). 512 dimensions, the [CLS] token's output, normalised. Loaded once, on first use.
 *
 * <p>Questions are encoded as they are, like knowledge-base sentences. BGE v1.5 offers a retrieval instruction to put
 * before short queries ("为这个句子生成表示以用于检索相关文章："); here it doubled the length of a typical question, and so
 * nearly the cost of encoding it (1.7× the questions a second without it), for no gain: refitting the answer model
 * on the tuning questions with and without it gave the same ranking (474 of 520 best candidates right both ways) and
 * the same trade-off between answers and wrong answers within three questions of 640. (BGE's authors suggest the
 * instruction for short queries against passages; much of what a question is matched with here is other questions,
 * the FAQ rows.)
 *
 * <p>The session runs each sentence on the calling thread alone (one intra-op thread, no spinning): requests are
 * already answered on one thread per core, and ONNX Runtime's default pool of spinning helper threads per call made
 * concurrent calls fight for the same cores (measured: 1.6× the distinct questions a second under load on two cores).
 */
public final class BgeSmallZh implements SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(BgeSmallZh.class);
    /** BERT's position limit; longer sentences are cut (knowledge-base sentences and questions are far shorter). */
    private static final int MAX_TOKENS = 512;
    private static final BgeSmallZh INSTANCE = new BgeSmallZh();

    private record Model(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
    }

    private volatile Model model;
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
        Model m = model();
        if (m == null) return null;
        Encoding encoding = m.tokenizer().encode(text);
        long[] ids = encoding.getIds();
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(m.env(), LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(m.env(), LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(m.env(), LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = m.session().run(Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return normalize(hidden[0][0].clone());
        } catch (OrtException e) {
            log.warn("sentence embedding failed for a text of {} characters: {}", text.length(), e.toString());
            return null;
        }
    }

    private Model model() {
        Model m = model;
        if (m != null || failed) return m;
        synchronized (this) {
            if (model == null && !failed) {
                try {
                    long start = System.nanoTime();
                    model = load();
                    log.info("sentence embedding model {} loaded in {} ms", modelId(), (System.nanoTime() - start) / 1_000_000);
                } catch (IOException | OrtException | RuntimeException | LinkageError e) {
                    // answering goes on without semantic matching rather than not at all
                    failed = true;
                    log.warn("sentence embedding model could not be loaded; answering without semantic matching: {}", e.toString());
                }
            }
            return model;
        }
    }

    private static Model load() throws IOException, OrtException {
        byte[] onnx;
        try (InputStream in = resource("/bge-small-zh-v1.5-q.onnx")) {
            onnx = in.readAllBytes();
        }
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = resource("/bge-small-zh-v1.5-q-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                    "maxLength", Integer.toString(MAX_TOKENS)));
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new Model(env, env.createSession(onnx, options), tokenizer);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) throw new IOException("missing " + name + " in the model's jar");
        return in;
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
