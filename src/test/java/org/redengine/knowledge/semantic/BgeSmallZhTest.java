package org.redengine.knowledge.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Our own ONNX session (one thread per call) must give the vectors the model's reference wrapper (LangChain4j's) gives,
 * so sentence vectors cached by an earlier version stay comparable with new ones; and the vectors must mean something.
 */
class BgeSmallZhTest {

    private static final List<String> TEXTS = List.of(
            "遵义会议于1935年1月在贵州遵义召开。",
            "中国共产党第一次全国代表大会于1921年7月在上海召开，最后一天的会议转移到浙江嘉兴南湖的游船上举行。",
            "周汇朝学是每周一早上在学习群里集中学习的活动。",
            "红井在哪里？",
            "党的二十大是什么时候召开的",
            "ABC 123 abc，混合文本与标点！？",
            "一");

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void givesTheReferenceWrappersVectors() {
        BgeSmallZh ours = BgeSmallZh.get();
        BgeSmallZhV15QuantizedEmbeddingModel reference = new BgeSmallZhV15QuantizedEmbeddingModel();
        for (String text : TEXTS) {
            for (boolean query : new boolean[]{false, true}) {
                float[] mine = ours.encode(text, query);
                float[] theirs = BgeSmallZh.normalize(reference.embed(text).content().vector()); // questions as they are, too
                assertThat(mine).hasSize(512);
                assertThat(dot(mine, mine)).isCloseTo(1.0, within(1e-4));
                assertThat(dot(mine, theirs)).as(text).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void closeMeaningsAreCloserThanUnrelatedOnes() {
        BgeSmallZh bge = BgeSmallZh.get();
        float[] question = bge.encode("遵义会议是哪年开的", true);
        float[] answer = bge.encode("遵义会议于1935年1月在贵州遵义召开。", false);
        float[] unrelated = bge.encode("周汇朝学是每周一早上在学习群里集中学习的活动。", false);
        assertThat(dot(question, answer)).isGreaterThan(dot(question, unrelated) + 0.1);
    }
}
