package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTest {

    final Synonyms synonyms = Synonyms.parse("synonyms.txt", List.of(
            "# 注释", "中共一大, 中国共产党第一次全国代表大会, 党的一大", "一大, 中共一大", "小平同志 => 邓小平"), new ArrayList<>());

    @Test
    void longestPhraseWinsAndPhrasesDoNotOverlap() {
        List<Synonyms.Match> found = synonyms.find("中共一大在哪开的");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.phrase()).isEqualTo("中共一大");
            assertThat(m.alternatives()).contains("中国共产党第一次全国代表大会", "党的一大", "一大");
        });
    }

    @Test
    void oneWayMappingsOnlyGoOneWay() {
        assertThat(synonyms.alternativesOf("小平同志")).containsExactly("邓小平");
        assertThat(synonyms.alternativesOf("邓小平")).isEmpty();
    }

    @Test
    void phrasesAreNormalisedLikeQueries() {
        Synonyms s = Synonyms.parse("s", List.of("遵義會議, 遵义会议的召开"), new ArrayList<>());
        assertThat(s.alternativesOf("遵义会议")).containsExactly("遵义会议的召开");
    }
}
