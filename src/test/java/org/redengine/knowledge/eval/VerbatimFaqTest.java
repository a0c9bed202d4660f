package org.redengine.knowledge.eval;

import org.junit.jupiter.api.Test;
import org.redengine.TestKnowledge;
import org.redengine.app.Settings;
import org.redengine.knowledge.Answer;
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
 * Every FAQ row, asked word for word, is answered with that row: an admin who adds a row and types its question
 * gets its answer, whatever the answer checks make of the answer's wording (they once refused 10 such rows of the
 * bundled and the blind knowledge bases: `建党百年庆祝大会在哪里举行？`, `首批“共和国勋章”授予了哪些人？` …).
 */
class VerbatimFaqTest {

    @Test
    void everyBundledRowAnswersItsOwnQuestion() throws Exception {
        assertEveryRowAnswersItsOwnQuestion(TestKnowledge.bundled());
    }

    @Test
    void everyBlindSetRowAnswersItsOwnQuestion() throws Exception {
        assertEveryRowAnswersItsOwnQuestion(TestKnowledge.projectRoot().resolve("src/test/resources/eval/blind/kb"));
    }

    @Test
    void almostEveryBundledRowAnswersItsQuestionAskedPolitely() throws Exception {
        // not word for word any more (请问…, no question mark): the checks apply, and should seldom refuse the row
        KnowledgeBase kb = KnowledgeLoader.load(TestKnowledge.bundled());
        int rows = 0, answered = 0;
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            for (KnowledgeEntry e : kb.entries()) {
                if (!e.isFaq() || e.scope() != null) continue;
                rows++;
                Answer a = snap.answerer().answer("请问" + e.title().replaceAll("[？?]+$", ""));
                if (a.confident() && a.text().contains(start(e))) answered++;
            }
        }
        assertThat(answered).as("rows answered when asked 请问…").isGreaterThanOrEqualTo((int) Math.ceil(rows * 0.97));
    }

    private static String start(KnowledgeEntry e) {
        return e.sentences().get(0).substring(0, Math.min(12, e.sentences().get(0).length()));
    }

    private static void assertEveryRowAnswersItsOwnQuestion(Path dir) throws Exception {
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        List<String> refused = new ArrayList<>();
        int rows = 0;
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            for (KnowledgeEntry e : kb.entries()) {
                if (!e.isFaq() || e.scope() != null) continue;
                rows++;
                Answer a = snap.answerer().answer(e.title());
                if (!a.confident() || !a.text().contains(start(e))) refused.add(e.title() + " → " + a.text());
            }
        }
        assertThat(rows).isGreaterThan(100);
        assertThat(refused).as("rows not answered when their question is typed word for word").isEmpty();
    }
}
