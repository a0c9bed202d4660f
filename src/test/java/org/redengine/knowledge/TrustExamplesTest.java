package org.redengine.knowledge;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redengine.TestKnowledge;
import org.redengine.app.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: questions that got a confident wrong answer from the bundled knowledge base. Each is now answered
 * right, or (where the knowledge base lacks the fact, or the bot is not sure) with a fallback; never wrongly.
 */
class TrustExamplesTest {

    static KnowledgeSnapshot kb;

    @BeforeAll
    static void load() throws Exception {
        kb = KnowledgeService.build(TestKnowledge.bundled(), Settings.DEFAULT_THRESHOLD, 1);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中国共产党是哪一年成立的|1921",
            "二十大是什么时候召开的|2022",
            "抗美援朝战争是哪一年开始的|1950",
            "习近平新时代中国特色社会主义思想是在哪次大会上确立为指导思想的|十九大",
            "古田会议是谁主持的|毛泽东",
            "改革开放是哪一年开始的|1978",
            "帮我写一首关于春天的诗|（不回答）",
            "怎么减肥最快|（不回答）"})
    void answeredRightOrNotAtAll(String question, String mustContain) {
        Answer a = kb.answerer().compute(question);
        if (a.confident()) {
            assertThat(a.text()).as(question).contains(mustContain);
        }
    }
}
