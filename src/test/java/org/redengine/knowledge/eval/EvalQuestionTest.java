package org.redengine.knowledge.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalQuestionTest {

    @Test
    void aKeyInOneStyleOfQuotesIsFoundInAnotherAndNothingElseLoosens() {
        EvalQuestion q = new EvalQuestion("海宝的造型是根据哪个汉字设计的？", List.of("“人”"), List.of(), 1);
        assertThat(q.acceptedBy("世博会的吉祥物名叫\"海宝\"，造型取自汉字\"人\"。")).isTrue();
        assertThat(q.acceptedBy("造型取自汉字「人」")).isTrue();
        assertThat(q.acceptedBy("造型取自汉字“人”")).isTrue();
        assertThat(q.acceptedBy("海宝的造型取自人字")).as("the quoted word alone is not the key").isFalse();
    }

    @Test
    void fullWidthAndSpacesAreComparedAsTheKnowledgeBaseIsSearched() {
        EvalQuestion q = new EvalQuestion("比分是多少", List.of("3:0"), List.of("洛杉矶"), 1);
        assertThat(q.acceptedBy("在洛杉矶以 3 ： 0 战胜美国队")).isTrue();
        assertThat(q.acceptedBy("以3:0战胜美国队")).as("every key of all is needed").isFalse();
    }
}
