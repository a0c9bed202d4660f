package org.redengine.knowledge;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsArticlesFaqsAndSynonymsFromSubfolders() throws Exception {
        KnowledgeBase kb = KnowledgeLoader.load(TestKnowledge.write(dir));
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.faqs()).isEqualTo(3);
        assertThat(kb.articles()).isEqualTo(1);
        assertThat(kb.passages()).isEqualTo(3); // one passage per sentence
        assertThat(kb.synonyms().alternativesOf("中共一大")).contains("中国共产党第一次全国代表大会");
        KnowledgeEntry passage = kb.entries().stream().filter(e -> !e.isFaq() && e.title().contains("学习群")).findFirst().orElseThrow();
        assertThat(passage.title()).isEqualTo("重庆市科协的周汇朝学制度 · 学习群");
        assertThat(passage.source()).isEqualTo("《重庆日报》2021年6月29日");
        assertThat(passage.tags()).containsExactly("周汇朝学");
    }

    @Test
    void aNewspaperPageRepeatingItsHeadlineGivesNoPassageOfIt() throws Exception {
        // the page as copied: headline line, the headline again in its parts (another order), then the story
        Files.writeString(dir.resolve("page.txt"), "井冈山会师95周年红色记忆朱毛握手处 星火燎原时\n朱毛握手处 星火燎原时\n红色记忆·井冈山会师95周年\n\n"
                + "朱毛握手处 星火燎原时\n\n1928年4月下旬，朱德、陈毅率领的部队与毛泽东率领的部队在宁冈砻市会师。\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.entries()).singleElement().extracting(KnowledgeEntry::body)
                .isEqualTo("1928年4月下旬，朱德、陈毅率领的部队与毛泽东率领的部队在宁冈砻市会师。");
        assertThat(KnowledgeLoader.repeatsTheTitle("井冈山会师", "井冈山会师95周年红色记忆朱毛握手处 星火燎原时")).isTrue();
        assertThat(KnowledgeLoader.repeatsTheTitle("井冈山会师在宁冈砻市。", "井冈山会师95周年红色记忆")).isFalse();
    }

    @Test
    void aHeadlineCopiedInPiecesAboveTheStoryIsNotPartOfItsFirstSentence() {
        String p = "青石巷社区党员学习时传祥精神本报讯（记者 温若衡）4月28日上午，支部开展主题党日活动。";
        List<Integer> ends = List.of(7, 9, 14, p.length());
        assertThat(KnowledgeLoader.withoutHeadline(p, ends, "青石巷社区党员学习时传祥精神")).startsWith("本报讯");
        // a title opening a line of the story is its subject
        String life = "时传祥1915年出生在山东省齐河县。";
        assertThat(KnowledgeLoader.withoutHeadline(life, List.of(life.length()), "时传祥")).isEqualTo(life);
        assertThat(KnowledgeLoader.withoutHeadline("时传祥" + life, List.of(3, 3 + life.length()), "时传祥")).isEqualTo(life);
        // the headline repeated without its subtitle (kb10's page)
        String visit = "重温红手印感悟改革路本报讯（记者 陈思远）11月24日，党员来到小岗村。";
        assertThat(KnowledgeLoader.withoutHeadline(visit, List.of(5, 10, visit.length()), "重温红手印 感悟改革路——东湖街道党员群众走进小岗村大包干纪念馆"))
                .startsWith("本报讯");
    }

    @Test
    void aPassageOpeningWithAPronounKeepsTheSentenceThatSaysWhom() throws Exception {
        Files.writeString(dir.resolve("people.md"), "# 英模\n\n张桂梅长期在云南华坪县从事教育工作。她推动创办了华坪女子高级中学。"
                + "多年来，她守护着学生。学校于2008年开学。\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        // the passage around 多年来… opens with 她推动…: the sentence naming her comes too
        KnowledgeEntry third = kb.entries().stream().filter(e -> e.sentences().get(e.focus()).startsWith("多年来")).findFirst().orElseThrow();
        assertThat(third.sentences().get(0)).startsWith("张桂梅");
        assertThat(third.sentences().get(third.focus())).startsWith("多年来");
        // a window whose first sentence stands alone is as before
        KnowledgeEntry fourth = kb.entries().stream().filter(e -> e.sentences().get(e.focus()).startsWith("学校")).findFirst().orElseThrow();
        assertThat(fourth.sentences()).hasSize(2);
    }

    @Test
    void faqWithQuotedCommasAndEnglishHeader() throws Exception {
        Files.writeString(dir.resolve("en.csv"), "question,answer,source,tags\n\"四史, 是什么\",\"党史、新中国史，改革开放史、社会主义发展史\",《简史》,x\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("四史, 是什么");
            assertThat(e.body()).isEqualTo("党史、新中国史，改革开放史、社会主义发展史");
        });
    }

    @Test
    void gbkFaqFileLoads() throws Exception {
        Files.write(dir.resolve("gbk.csv"), "问题,答案,来源\n遵义会议在哪召开？,在贵州遵义召开。,《简史》\n".getBytes("GBK"));
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.entries()).singleElement().extracting(KnowledgeEntry::title).isEqualTo("遵义会议在哪召开？");
    }

    @Test
    void badRowsAreReportedWithLineAndTheRestLoads() throws Exception {
        Files.writeString(dir.resolve("rows.csv"), "问题,答案\n好问题,好答案。\n没有答案的问题,\n,没有问题的答案\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.faqs()).isEqualTo(1);
        assertThat(kb.problems()).extracting(LoadProblem::toString)
                .containsExactly("rows.csv:3: 缺少答案", "rows.csv:4: 缺少问题");
    }

    @Test
    void brokenFilesAreSkippedWholeAndReported() throws Exception {
        Files.writeString(dir.resolve("good.csv"), "问题,答案\n好问题,好答案。\n");
        Files.writeString(dir.resolve("noheader.csv"), "甲,乙\n丙,丁\n");
        Files.writeString(dir.resolve("quote.csv"), "问题,答案\n\"没有结束的引号,答案\n好问题二,好答案二\n");
        Files.write(dir.resolve("binary.md"), new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x30, (byte) 0xff});
        Files.writeString(dir.resolve("empty.md"), "\n\n");
        Files.writeString(dir.resolve("titleonly.txt"), "只有标题\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.faqs()).isEqualTo(1);
        assertThat(kb.problems()).extracting(LoadProblem::file)
                .containsExactlyInAnyOrder("noheader.csv", "quote.csv", "binary.md", "empty.md", "titleonly.txt");
    }

    @Test
    void plainTextArticleTakesItsFirstLineAsTitle() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "古田会议\n\n古田会议于1929年12月在福建上杭古田召开。会议确立了思想建党、政治建军的原则。\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.title()).isEqualTo("古田会议");
            assertThat(e.source()).isEqualTo("《古田会议》");
        });
    }

    @Test
    void badSynonymLinesAreReported() throws Exception {
        Files.writeString(dir.resolve("synonyms.txt"), "一大, 中共一大\n孤零零\na => b => c\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).extracting(LoadProblem::line).containsExactly(2, 3);
        assertThat(kb.synonyms().alternativesOf("一大")).containsExactly("中共一大");
    }

    @Test
    void hiddenAndTemporaryFilesAreIgnored() throws Exception {
        Files.writeString(dir.resolve(".hidden.csv"), "broken");
        Files.writeString(dir.resolve("~$lock.csv"), "broken");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.files()).isZero();
    }
}
