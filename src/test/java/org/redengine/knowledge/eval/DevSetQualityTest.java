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
 * The old dev set (written while looking at the bundled knowledge base), kept as a regression set: few confident
 * wrong answers, almost every out-of-scope question a fallback, answers of about 200 characters at most, and far
 * fewer confident wrong answers than plain BM25; also with the public bank's 9,370 facts added as distractors.
 */
class DevSetQualityTest {

    static final Path DEV = TestKnowledge.projectRoot().resolve("src/test/resources/eval/dev.jsonl");

    static void assertTrustworthy(Evaluation.Report r) {
        assertThat(r.bot().confidentWrongRate()).as("confident wrong answers, share of all questions").isLessThanOrEqualTo(0.02);
        assertThat(r.bot().outOfScopeAnsweredRate()).as("out-of-scope questions answered").isLessThanOrEqualTo(0.05);
        assertThat(r.bot().accuracy()).as("in-scope answered right").isGreaterThanOrEqualTo(0.75);
        assertThat(r.bot().wrong()).as("far fewer confident wrong answers than BM25").isLessThan(r.baseline().wrong() / 4);
        assertThat(r.bot().maxAnswerChars()).isLessThanOrEqualTo(200);
    }

    @Test
    void bundledKnowledgeAnswersTheDevSetWithoutConfidentWrongAnswers() throws Exception {
        KnowledgeBase kb = KnowledgeLoader.load(TestKnowledge.bundled());
        assertThat(kb.problems()).as("bundled knowledge loads cleanly").isEmpty();
        List<EvalQuestion> questions = EvalQuestion.read(DEV);
        assertThat(questions.stream().filter(EvalQuestion::inScope).count()).isGreaterThanOrEqualTo(150);
        assertThat(questions.stream().filter(q -> !q.inScope()).count()).isGreaterThanOrEqualTo(40);
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, questions);
            Evaluation.print(r, System.out, false);
            assertTrustworthy(r);
            assertThat(r.baseline().fallbackRate()).isZero();
        }
    }

    @Test
    void largeDistractorBankAddsNoConfidentWrongAnswers() throws Exception {
        Path bank = distractorBank();
        KnowledgeBase bundled = KnowledgeLoader.load(TestKnowledge.bundled());
        List<KnowledgeEntry> all = new ArrayList<>(bundled.entries());
        List<KnowledgeEntry> distractors = Distractors.fromChallengeBank(bank);
        assertThat(distractors).hasSize(9370);
        all.addAll(distractors);
        KnowledgeBase kb = new KnowledgeBase(all, bundled.synonyms(), List.of(), bundled.files() + 1, bundled.articles(),
                bundled.faqs() + distractors.size());
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, EvalQuestion.read(DEV));
            Evaluation.print(r, System.out, false);
            assertTrustworthy(r);
        }
    }

    static Path distractorBank() {
        Path shared = TestKnowledge.shared();
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve("data/xxqg_challenge_tiku.json")),
                "跳过：没有 ../shared/data/xxqg_challenge_tiku.json（用户自己的检出中没有 shared 目录）");
        return shared.resolve("data/xxqg_challenge_tiku.json");
    }
}
