package org.redengine.knowledge.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.redengine.TestKnowledge;
import org.redengine.app.Settings;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeLoader;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality targets, measured on the bundled knowledge base and the dev set: in-scope top-1 at least 90%
 * and above plain BM25, at least 90% of out-of-scope questions answered with a fallback, answers of about
 * 200 characters at most; and with the public bank's 9,370 facts added as distractors, still at least 90%
 * and still above the baseline.
 */
class DevSetQualityTest {

    static final Path DEV = TestKnowledge.projectRoot().resolve("src/test/resources/eval/dev.jsonl");

    @Test
    void bundledKnowledgeMeetsTheTargets() throws Exception {
        KnowledgeBase kb = KnowledgeLoader.load(TestKnowledge.bundled());
        assertThat(kb.problems()).as("bundled knowledge loads cleanly").isEmpty();
        List<EvalQuestion> questions = EvalQuestion.read(DEV);
        assertThat(questions.stream().filter(EvalQuestion::inScope).count()).isGreaterThanOrEqualTo(150);
        assertThat(questions.stream().filter(q -> !q.inScope()).count()).isGreaterThanOrEqualTo(40);
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, questions);
            Evaluation.print(r, System.out, false);
            assertThat(r.bot().accuracy()).as("in-scope top-1").isGreaterThanOrEqualTo(0.90);
            assertThat(r.bot().accuracy()).as("in-scope top-1 above the baseline").isGreaterThan(r.baseline().accuracy());
            assertThat(r.bot().fallbackRate()).as("out-of-scope fallback rate").isGreaterThanOrEqualTo(0.90);
            assertThat(r.baseline().fallbackRate()).isZero();
            assertThat(r.bot().maxAnswerChars()).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void largeDistractorBankDoesNotCostAccuracy() throws Exception {
        Path shared = TestKnowledge.shared();
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve("data/xxqg_challenge_tiku.json")),
                "跳过：没有 ../shared/data/xxqg_challenge_tiku.json（用户自己的检出中没有 shared 目录）");
        KnowledgeBase bundled = KnowledgeLoader.load(TestKnowledge.bundled());
        List<KnowledgeEntry> all = new ArrayList<>(bundled.entries());
        List<KnowledgeEntry> distractors = Distractors.fromChallengeBank(shared.resolve("data/xxqg_challenge_tiku.json"));
        assertThat(distractors).hasSize(9370);
        all.addAll(distractors);
        KnowledgeBase kb = new KnowledgeBase(all, bundled.synonyms(), List.of(), bundled.files() + 1, bundled.articles(),
                bundled.faqs() + distractors.size());
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, EvalQuestion.read(DEV));
            Evaluation.print(r, System.out, false);
            assertThat(r.bot().accuracy()).as("in-scope top-1 with distractors").isGreaterThanOrEqualTo(0.90);
            assertThat(r.bot().accuracy()).as("above the baseline with distractors").isGreaterThan(r.baseline().accuracy());
        }
    }
}
