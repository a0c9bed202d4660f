package org.redengine.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests run on virtual threads; answers are worked out on the answering threads and come back the same. */
class AnsweringThreadsTest {

    @TempDir
    Path dir;

    @Test
    void aVirtualThreadGetsTheSameAnswerAndACachedOneWithoutWaiting() throws Exception {
        try (KnowledgeService service = new KnowledgeService(TestKnowledge.write(dir), 0.56)) {
            service.reload();
            AtomicReference<Answer> onVirtual = new AtomicReference<>();
            Thread.ofVirtual().start(() -> onVirtual.set(service.answer("遵义会议是哪年开的？", null))).join();
            assertThat(onVirtual.get().confident()).isTrue();
            assertThat(onVirtual.get().text()).contains("1935年");
            Answer onPlatform = service.answer("遵义会议是哪年开的？", null);
            assertThat(onPlatform).as("the answer the virtual thread had worked out, from the cache").isSameAs(onVirtual.get());
            AtomicReference<Answer> fallback = new AtomicReference<>();
            Thread.ofVirtual().start(() -> fallback.set(service.answer("上海迪士尼门票多少钱", "web:g1"))).join();
            assertThat(fallback.get().confident()).isFalse();
        }
    }
}
