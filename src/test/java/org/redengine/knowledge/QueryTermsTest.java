package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTermsTest {

    @Test
    void theWaysMembersOpenAQuestionAreNotItsContent() {
        Synonyms none = Synonyms.NONE;
        // (周汇朝学 is one word only once a knowledge base has taught it to the segmenter)
        assertThat(String.join("", QueryTerms.of("我想问一下，什么是“周汇朝学”呀", none).terms().stream()
                .map(QueryTerms.Term::text).toList())).isEqualTo("周汇朝学");
        // however the segmenter splits the topic (other tests may have taught it words), no opener is left
        assertThat(String.join("", QueryTerms.of("打听一下遵义会议哪年开的来着", none).terms().stream()
                .map(QueryTerms.Term::text).toList())).startsWith("遵义会议").doesNotContain("打听", "来着");
    }
}
