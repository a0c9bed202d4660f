package org.redengine.quiz;

import org.junit.jupiter.api.Test;
import org.redengine.TestKnowledge;
import org.redengine.app.Settings;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.knowledge.QueryTerms;
import org.redengine.knowledge.TextNormalizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled banks load cleanly, have at least 200 questions of all four types, and agree with the knowledge base:
 * searching the knowledge base with each explanation gives a confident answer that contains the right answer.
 */
class BundledQuizBanksTest {

    @Test
    void bundledBanksAreCompleteAndAgreeWithTheKnowledgeBase() throws Exception {
        QuizBanks banks = new QuizBanks(TestKnowledge.projectRoot().resolve("quizzes"));
        banks.reload();
        assertThat(banks.problems()).as("bundled banks load cleanly").isEmpty();
        List<Question> all = new ArrayList<>();
        banks.banks().values().forEach(b -> all.addAll(b.questions()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        all.forEach(q -> types.add(q.type()));
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(all).allSatisfy(q -> assertThat(q.explanation()).isNotBlank());
        // a quiz tests party history and study practice, never how to use the bot itself
        assertThat(all).as("questions about the bot").noneSatisfy(q -> assertThat(q.stem() + q.explanation() + q.source())
                .containsAnyOf("助手", "命令", "机器人"));

        List<String> disagreements = new ArrayList<>();
        try (KnowledgeSnapshot kb = KnowledgeService.build(TestKnowledge.bundled(), Settings.DEFAULT_THRESHOLD, 1)) {
            for (Question q : all) {
                // the explanation is a statement, not a member's question: the knowledge base backs it when one of the
                // entries BM25 finds for it (the first 30) holds most of its words and every word of the right answer
                var index = kb.answerer().index();
                QueryTerms terms = QueryTerms.of(q.explanation(), kb.base().synonyms());
                List<String> keys = switch (q.type()) {
                    case SINGLE, MULTIPLE -> q.answer().chars().mapToObj(c -> q.options().get(c - 'A')).toList();
                    case FILL_IN -> List.of(q.answer().split("\\|")[0]);
                    case TRUE_FALSE -> List.of();
                };
                boolean agrees = false;
                for (var hit : index.search(terms, 30)) {
                    String text = (hit.indexed().title() + " " + hit.indexed().body()).replace(" ", "");
                    long covered = terms.terms().stream().filter(t -> text.contains(t.text())
                            || t.alternatives().stream().anyMatch(text::contains)).count();
                    if (covered >= 0.6 * terms.terms().size()
                            && keys.stream().allMatch(k -> text.contains(TextNormalizer.normalize(k).replace(" ", "")))) {
                        agrees = true;
                        break;
                    }
                }
                if (!agrees) disagreements.add(q.bank() + " 第" + q.row() + "行：" + q.stem());
            }
        }
        assertThat(disagreements).as("questions whose explanation the knowledge base does not back").isEmpty();
    }
}
