package org.redengine.knowledge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.redengine.knowledge.AnswerModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFitTest {

    private static final int COVERAGE = AnswerModel.FEATURES.indexOf("coverage");
    private static final int LEXICAL_CONFIDENCE = AnswerModel.FEATURES.indexOf("lexicalConfidence");

    /** A candidate whose signals are all zero but its coverage and lexical confidence. */
    private static double[] candidate(double coverage, double lexicalConfidence) {
        double[] f = new double[AnswerModel.FEATURES.size()];
        f[COVERAGE] = coverage;
        f[LEXICAL_CONFIDENCE] = lexicalConfidence;
        f[AnswerModel.FEATURES.indexOf("entityCoverage")] = 1; // the question names nothing the entry lacks
        return f;
    }

    /**
     * Forty questions, each with a well-covered candidate (right unless the question is the trap) and a poor one
     * (wrong); the lexical signals rise with the question's index, and the trap sits among the surest.
     */
    private static List<ModelFit.Question> questions(int trap) {
        List<ModelFit.Question> qs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double sure = 0.3 + 0.7 * i / 39.0;
            qs.add(new ModelFit.Question(true, List.of(candidate(sure, sure), candidate(0.1, 0.1)), List.of(i != trap, false), true));
        }
        return qs;
    }

    /** A full model that ranks by coverage and answers everything (threshold 0). */
    private static final AnswerModel ANSWERS_ALL;

    static {
        double[] ranker = new double[AnswerModel.FEATURES.size()];
        ranker[COVERAGE] = 5;
        ANSWERS_ALL = new AnswerModel(ranker, 0, new double[AnswerModel.GATE_FEATURES.size()], 0, 0, "test");
    }

    private static double surenessOf(AnswerModel m, ModelFit.Question q) {
        double[] best = q.features().get(0);
        return m.gateProbability(best, m.rankLogit(best), m.rankLogit(q.features().get(1)));
    }

    /** Questions whose right candidate is the well-covered one, or (inverted) the poorly covered one. */
    private static List<ModelFit.Question> set(int n, boolean inverted) {
        List<ModelFit.Question> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double sure = 0.5 + 0.5 * i / n;
            qs.add(new ModelFit.Question(true, List.of(candidate(sure, sure), candidate(0.1, 0.1)), List.of(!inverted, inverted), true));
        }
        return qs;
    }

    @Test
    void eachSetHeldOutIsAnsweredByAModelFittedWithoutIt() {
        // two small sets where coverage tells the right candidate, one larger where it tells the wrong one: fitted
        // with the larger set, a ranker prefers poor coverage; fitted without it, good coverage
        List<List<ModelFit.Question>> sets = List.of(set(20, false), set(20, false), set(60, true));
        double[] thresholds = {0, 0.999999};
        List<ModelFit.Tally[]> rows = ModelFit.heldOut(sets, thresholds, 0.5, 0.5);
        assertThat(rows).hasSize(4);
        // the first set, held out, meets a ranker fitted mostly on the inverted set: every answer wrong
        assertThat(rows.get(0)[0]).isEqualTo(new ModelFit.Tally(0, 20, 0, 0));
        // the inverted set, held out, meets a ranker fitted on the other two only: every answer wrong too, though
        // a model fitted on all three would have ranked it right
        assertThat(rows.get(2)[0]).isEqualTo(new ModelFit.Tally(0, 60, 0, 0));
        assertThat(ModelFit.tally(sets.get(2), ModelFit.fit(new ArrayList<>(sets.stream().flatMap(List::stream).toList()), 0.5, 0.5, "all",
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).model(), 0).right()).isEqualTo(60);
        // at a threshold nothing reaches, nothing is answered; the last row sums the sets
        assertThat(rows.get(1)[1].notAnswered()).isEqualTo(20);
        ModelFit.Tally sum = rows.get(0)[0].plus(rows.get(1)[0]).plus(rows.get(2)[0]);
        assertThat(rows.get(3)[0]).isEqualTo(sum);
    }

    @Test
    void theShortcutStopsShortOfAQuestionItWouldMakeWorse() {
        int trap = 35;
        List<ModelFit.Question> lexical = questions(trap);
        // the full model does not answer the trap at all (no candidate left): the shortcut answering it wrong is harm
        List<ModelFit.Question> full = new ArrayList<>(lexical);
        full.set(trap, new ModelFit.Question(true, List.of(), List.of(), true));
        AnswerModel shortcut = ModelFit.fitShortcut(lexical, full, ANSWERS_ALL, 0);
        assertThat(shortcut).isNotNull();
        assertThat(shortcut.gateSignals()).isEqualTo(AnswerModel.LEXICAL_GATE_FEATURES);
        double trapSureness = surenessOf(shortcut, lexical.get(trap));
        assertThat(shortcut.threshold()).isGreaterThan(trapSureness);
        assertThat(lexical.stream().filter(q -> surenessOf(shortcut, q) >= shortcut.threshold()).count())
                .as("questions the shortcut still answers").isGreaterThan(0);

        // where the full model answers the trap wrong as well, the shortcut makes nothing worse by answering it
        AnswerModel harmless = ModelFit.fitShortcut(lexical, lexical, ANSWERS_ALL, 0);
        assertThat(harmless.threshold()).isLessThanOrEqualTo(surenessOf(harmless, lexical.get(trap)));
        // a budget for harm: one question in forty
        AnswerModel tolerant = ModelFit.fitShortcut(lexical, full, ANSWERS_ALL, 1 / 40.0);
        assertThat(tolerant.threshold()).isLessThan(shortcut.threshold());
    }

    @Test
    void theModelWithItsShortcutSurvivesItsJson() throws Exception {
        AnswerModel shortcut = ModelFit.fitShortcut(questions(-1), questions(-1), ANSWERS_ALL, 0);
        AnswerModel model = ANSWERS_ALL.withThreshold(0.8).withLexical(shortcut);
        String json = new ObjectMapper().writeValueAsString(model.toJson());
        AnswerModel read = AnswerModel.parse(new ObjectMapper().readTree(json));
        assertThat(read.threshold()).isEqualTo(0.8);
        assertThat(read.gateSignals()).isEqualTo(AnswerModel.GATE_FEATURES);
        assertThat(read.lexical().gateSignals()).isEqualTo(AnswerModel.LEXICAL_GATE_FEATURES);
        assertThat(read.lexical().gate()).containsExactly(shortcut.gate());
        assertThat(read.lexical().threshold()).isEqualTo(shortcut.threshold());
        assertThat(read.lexical().lexical()).isNull();
        assertThat(read.lexical().runnerUpFloor()).as("the shortcut's floor, fitted on its questions").isEqualTo(shortcut.runnerUpFloor());
        assertThat(shortcut.runnerUpFloor()).isFinite();
        assertThat(read.runnerUpFloor()).as("a model fitted without one has none").isEqualTo(Double.NEGATIVE_INFINITY);

        String unknown = json.replace("\"questionMatch\":", "\"noSuchSignal\":");
        assertThatThrownBy(() -> AnswerModel.parse(new ObjectMapper().readTree(unknown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchSignal");
    }

    @Test
    void theThresholdIsTheLowestWithinBothBounds() {
        // by gate probability: right, right, out of scope, wrong, right, wrong
        double[] p = {0.99, 0.95, 0.9, 0.85, 0.8, 0.7};
        List<Boolean> right = List.of(true, true, false, false, true, false);
        List<Boolean> inScope = List.of(true, true, false, true, true, true);
        int[] all = {0, 1, 2, 3, 4, 5};
        assertThat(ModelFit.lowestWithinBounds(all, p, right, inScope, 1, 1)).isEqualTo(0.8);
        assertThat(ModelFit.lowestWithinBounds(all, p, right, inScope, 0, 1)).as("no wrong answer allowed").isEqualTo(0.95);
        assertThat(ModelFit.lowestWithinBounds(all, p, right, inScope, 1, 0)).as("no out-of-scope answer allowed").isEqualTo(0.95);
        // a resample lists a question twice: the out-of-scope one twice breaks a bound of one
        assertThat(ModelFit.lowestWithinBounds(new int[] {0, 1, 2, 2, 3, 4}, p, right, inScope, 1, 1)).isEqualTo(0.95);
    }
}
