package org.redengine.knowledge.eval;

import org.junit.jupiter.api.Test;
import org.redengine.TestKnowledge;
import org.redengine.app.Settings;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeLoader;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the test half of the blind set (questions written from facts only, on a knowledge base the engine was
 * never tuned on), with the 9,370-row distractor bank beside it. Measured here, never tuned on: it guards what the
 * README reports (few confident wrong answers, out-of-scope questions refused, far fewer wrong answers than BM25).
 */
class BlindSetQualityTest {

    static final Path BLIND = TestKnowledge.projectRoot().resolve("src/test/resources/eval/blind");

    @Test
    void testHalfWithDistractors() throws Exception {
        KnowledgeBase own = KnowledgeLoader.load(BLIND.resolve("kb"));
        assertThat(own.problems()).isEmpty();
        List<KnowledgeEntry> all = new ArrayList<>(own.entries());
        all.addAll(Distractors.fromChallengeBank(DevSetQualityTest.distractorBank()));
        KnowledgeBase kb = new KnowledgeBase(all, own.synonyms(), List.of(), own.files() + 1, own.articles(), all.size() - own.passages());
        List<EvalQuestion> questions = EvalQuestion.read(BLIND.resolve("test.jsonl"));
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, questions);
            Evaluation.print(r, System.out, false);
            assertThat(r.bot().confidentWrongRate()).as("confident wrong, share of all questions").isLessThanOrEqualTo(0.045);
            // a guard against regressions, like the others, not issue 13's target (3%): the dev set's limit, since one
            // question of 72 moves this share by 1.4 points (README, Quality)
            assertThat(r.bot().outOfScopeAnsweredRate()).as("out-of-scope and near-domain questions answered").isLessThanOrEqualTo(0.05);
            assertThat(r.bot().accuracy()).as("in-scope answered right").isGreaterThanOrEqualTo(0.50);
            assertThat(r.bot().wrong()).as("far fewer confident wrong answers than BM25").isLessThan(r.baseline().wrong() / 3);
        }
    }
}
