package org.redengine.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit to a FAQ file or an article changes only the entries that differ (the rest keep their analysis, documents
 * and vectors), and the updated index answers as a full build of the same files would.
 */
class IncrementalUpdateTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "问题,答案,来源\n";

    private static String rows(int from, int to) {
        return rows(from, to, "学习小组");
    }

    private static String rows(int from, int to, String group) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i).append("号").append(group).append("在哪里活动？,").append(i).append("号").append(group)
                    .append("在").append(i).append("号会议室活动。,《小组名册》\n");
        }
        return sb.toString();
    }

    /** The test knowledge base's FAQ file of that many study groups (rows alike but for a number). */
    private static Path groups(Path kb, int count) throws java.io.IOException {
        Path file = kb.resolve("faq/小组.csv");
        Files.writeString(file, HEADER + rows(0, count), StandardCharsets.UTF_8);
        return file;
    }

    /** What the best candidate says (these rows differ only in a number, so the bot may rightly not be sure). */
    private static String top(KnowledgeSnapshot s, String question) {
        List<Answer.Candidate> candidates = s.answerer().compute(question).candidates();
        return candidates.isEmpty() ? "" : candidates.get(0).excerpt();
    }

    @Test
    void anEditKeepsTheCachedAnswersItCannotChange() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        Path file = groups(kb, 50);
        // the model's own threshold, as served: the unknown question is one a member gets a fallback for
        try (KnowledgeService service = new KnowledgeService(kb, AnswerModel.standard().threshold())) {
            KnowledgeSnapshot first = service.reload();
            String unrelated = "什么是“四史”？", related = "12号学习小组在哪里活动？", unknown = "古田会议在哪里召开";
            assertThat(first.answerer().answer(unrelated).confident()).isTrue();
            assertThat(first.answerer().answer(related).text()).contains("12号会议室");
            assertThat(first.answerer().answer(unknown).confident()).isFalse();
            assertThat(first.answerer().answer("中共一大在哪里召开？").confident()).isTrue();

            // the 12th group moves, and a row about 古田会议 is added (neither has two characters of 四史's question together)
            String edited = HEADER + rows(0, 12) + "12号学习小组在哪里活动？,12号学习小组改在党员活动室活动。,《小组名册》\n"
                    + rows(13, 50) + "古田会议是在哪里召开的？,古田会议于1929年12月在福建上杭古田召开。,《中国共产党简史》\n";
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            KnowledgeSnapshot second = service.reload();
            assertThat(second.answerer().index().changedSincePrevious()).hasSize(3); // the old and new 12th row, the new row
            Answerer after = second.answerer();
            // kept: its question shares nothing with the changed rows, and it is the answer a fresh index gives
            Answer kept = after.cached(unrelated, null);
            assertThat(kept).isNotNull();
            assertThat(kept.text()).isEqualTo(after.compute(unrelated).text());
            // dropped: the question shares words with the changed rows, or the bot had no answer (the new row may be one)
            assertThat(after.cached(related, null)).isNull();
            assertThat(after.answer(related).text()).contains("党员活动室");
            assertThat(after.cached(unknown, null)).isNull();
            assertThat(after.answer(unknown).text()).contains("上杭");
            // (the new row has 在哪里召开 too: answered again, and cached by this generation)
            String synonym = "中共一大在哪里召开？";
            assertThat(after.cached(synonym, null)).isNull();
            assertThat(after.answer(synonym).confident()).isTrue();
            // a question with a synonym of a changed row's phrase is searched with it: dropped when the row has it
            // (中共一大 and the new row share no two characters: only the synonym links them)
            Files.writeString(file, edited + "中国共产党第一次全国代表大会有多少名代表出席？,出席大会的代表共13人。,《中国共产党简史》\n",
                    StandardCharsets.UTF_8);
            KnowledgeSnapshot third = service.reload();
            assertThat(third.answerer().index().changedSincePrevious()).hasSize(1);
            assertThat(third.answerer().cached(synonym, null)).isNull();
            assertThat(third.answerer().cached(unrelated, null)).isNotNull();
        }
        // a full build keeps nothing: anything may have changed
        try (KnowledgeSnapshot fresh = KnowledgeService.build(kb, 0.5, 7)) {
            assertThat(fresh.answerer().index().changedSincePrevious()).isNull();
        }
    }

    @Test
    void anEditAnalysesOnlyTheChangedRowsAndAnswersAsAFullBuildWould() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        Path file = groups(kb, 200);
        try (KnowledgeService service = new KnowledgeService(kb, 0.5)) {
            KnowledgeSnapshot first = service.reload();
            int size = first.base().entries().size();
            assertThat(first.answerer().index().analysed()).isEqualTo(size);

            // one row edited, one row in the middle deleted (every row after it moves up a line), one added
            String edited = HEADER + rows(0, 57) + "57号学习小组在哪里活动？,57号学习小组改在301号会议室活动。,《小组名册》（修订）\n"
                    + rows(58, 100) + rows(101, 200) + "古田会议是在哪里召开的？,古田会议于1929年12月在福建上杭古田召开。,《中国共产党简史》\n";
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            KnowledgeSnapshot second = service.reload();
            assertThat(second.generation()).isGreaterThan(first.generation());
            assertThat(second.answerer().index().analysed()).as("only the edited and the added row are analysed").isEqualTo(2);
            assertThat(second.base().entries()).hasSize(size);

            // (not the deleted row's question: 199 rows then match it equally well, and which comes first is a tie)
            List<String> questions = new ArrayList<>(List.of("57号学习小组在哪里活动？", "45号学习小组在哪活动",
                    "古田会议在哪里开的", "遵义会议是哪年开的？", "199号学习小组在哪里活动？"));
            try (KnowledgeSnapshot full = KnowledgeService.build(kb, 0.5, 99)) {
                assertThat(full.answerer().index().analysed()).isEqualTo(size);
                for (String q : questions) {
                    Answer updated = second.answerer().compute(q);
                    Answer rebuilt = full.answerer().compute(q);
                    assertThat(updated.confident()).as(q).isEqualTo(rebuilt.confident());
                    assertThat(updated.text()).as(q).isEqualTo(rebuilt.text());
                    assertThat(updated.confidence()).as(q).isCloseTo(rebuilt.confidence(), org.assertj.core.api.Assertions.within(0.05));
                    assertThat(top(second, q)).as(q).isEqualTo(top(full, q));
                }
            }
            assertThat(second.answerer().compute("57号学习小组在哪里活动？").text()).contains("301号会议室");
            assertThat(second.answerer().compute("古田会议在哪里开的").text()).contains("上杭");
            assertThat(top(second, "100号学习小组在哪里活动？")).doesNotContain("100号会议室");
            assertThat(top(second, "45号学习小组在哪里活动？")).contains("45号会议室");
            assertThat(top(first, "57号学习小组在哪里活动？"))
                    .as("the previous generation keeps serving what it served").contains("57号会议室");

            // deleting the whole file is an update too, and its entries are gone
            Files.delete(file);
            KnowledgeSnapshot third = service.reload();
            assertThat(third.answerer().index().analysed()).isZero();
            assertThat(third.answerer().compute("45号学习小组在哪里活动？").candidates())
                    .noneMatch(c -> c.excerpt().contains("45号会议室"));
            assertThat(third.answerer().compute("遵义会议是哪年开的？").text()).contains("1935");
        }
    }

    @Test
    void theSynonymsFileOrALargeChangeBuildsEverythingAgain() throws Exception {
        Path kb = TestKnowledge.write(tmp.resolve("kb"));
        Path file = kb.resolve("faq/小组.csv");
        // words of their own: a synonym becomes a word of the segmenter's dictionary, which every test shares
        Files.writeString(file, HEADER + rows(0, 100, "读书班"), StandardCharsets.UTF_8);
        try (KnowledgeService service = new KnowledgeService(kb, 0.5)) {
            service.reload();
            Files.writeString(file, HEADER + rows(1000, 1200, "读书班"), StandardCharsets.UTF_8);
            KnowledgeSnapshot large = service.reload();
            assertThat(large.answerer().index().analysed()).isEqualTo(large.base().entries().size());
            Files.writeString(kb.resolve(KnowledgeLoader.SYNONYMS_FILE), "读书班, 读书小班\n", StandardCharsets.UTF_8);
            KnowledgeSnapshot synonyms = service.reload();
            assertThat(synonyms.answerer().index().analysed()).isEqualTo(synonyms.base().entries().size());
            assertThat(top(synonyms, "1050号读书小班在哪里活动？")).contains("1050号会议室");
        }
    }
}
