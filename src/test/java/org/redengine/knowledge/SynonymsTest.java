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

    @Test
    void everyKnowledgeBaseHasTheBuiltInSynonymsAndItsOwnFileAddsToThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("faq"));
        java.nio.file.Files.writeString(dir.resolve("faq/问答.csv"), "问题,答案,来源\n朱德是哪里人？,朱德是四川仪陇人。,《朱德传》\n");
        Synonyms without = KnowledgeLoader.load(dir).synonyms();
        assertThat(without.alternativesOf("朱老总")).contains("朱德");
        assertThat(without.alternativesOf("毛主席")).contains("毛泽东");

        java.nio.file.Files.writeString(dir.resolve(KnowledgeLoader.SYNONYMS_FILE), "毛主席, 毛润之\n红井, 沙洲坝红井\n");
        Synonyms with = KnowledgeLoader.load(dir).synonyms();
        assertThat(with.alternativesOf("毛主席")).contains("毛泽东", "毛润之");
        assertThat(with.alternativesOf("红井")).contains("沙洲坝红井");
        // loaded twice, the same synonyms: an edit elsewhere keeps the index's statistics (and the update incremental)
        assertThat(KnowledgeLoader.load(dir).synonyms()).isEqualTo(with).isNotEqualTo(without);
    }

    @Test
    void builtInSynonymsKnowTheShortNamesOfBodies() {
        Synonyms built = Synonyms.builtIn();
        assertThat(built.alternativesOf("中纪委")).contains("中央纪律检查委员会", "中央纪委");
        assertThat(built.alternativesOf("国家监委")).contains("国家监察委员会");
        assertThat(built.alternativesOf("抗联")).contains("东北抗日联军");
        assertThat(built.alternativesOf("359旅")).contains("三五九旅");
        assertThat(built.alternativesOf("特首")).containsExactly("行政长官");
        assertThat(built.alternativesOf("行政长官")).as("one way only").isEmpty();
    }

    @Test
    void aMeetingsOpeningIsAskedOfTheDaysItWasHeld() {
        Synonyms built = Synonyms.builtIn();
        assertThat(built.alternativesOf("开幕")).contains("召开", "举行");
        assertThat(built.alternativesOf("召开")).as("one way: a meeting held is not said to open").doesNotContain("开幕");
    }

    @Test
    void aSpouseAndStudyAbroadAreAskedInMembersWords() {
        Synonyms built = Synonyms.builtIn();
        // 爱人 is a wife or a husband
        assertThat(built.alternativesOf("爱人")).contains("妻子", "夫人", "丈夫");
        assertThat(built.alternativesOf("丈夫")).as("one way: a husband is no wife").doesNotContain("妻子");
        // 留苏 is told as going to the Soviet Union
        assertThat(built.alternativesOf("留苏")).contains("苏联");
        assertThat(built.alternativesOf("留美")).contains("美国");
        assertThat(built.alternativesOf("苏联")).as("one way").doesNotContain("留苏");
    }
}
