package org.redengine.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The learned part of answering: two small logistic models over a candidate's signals. The ranker scores each
 * candidate (how likely its answer is right); the gate decides from the best candidate and its lead over the
 * runner-up how likely the bot is right to answer at all, and the bot answers above {@link #threshold()}.
 * Weights are data in the repository ({@code src/main/resources/knowledge/answer-model.json}), refitted with
 * {@code ./redengine fit-answer-model} on the tuning questions.
 *
 * @param lexical the same two models fitted on the signals known before the sentence model is consulted (its cosine
 *                signals zero), with a threshold chosen for near-certainty: a question it is that sure of is answered
 *                without encoding it (the lexical shortcut). Null: every question not typed word for word is encoded.
 * @param runnerUpFloor the lowest runner-up the gate measures a lead over: a small knowledge base offers rivals far
 *                weaker than the fitting questions ever met (or none), and a lead over them says nothing about being
 *                right (古田会议在哪里召开 "leading" with the only row about 中共一大). Fitted as a low percentile (the 10th) of
 *                the runner-ups the tuning questions met; -∞ in models fitted before it.
 */
public record AnswerModel(double[] ranker, double rankerBias, List<String> gateSignals, double[] gate, double gateBias,
                          double threshold, String fitted, AnswerModel lexical, double runnerUpFloor) {

    public AnswerModel(double[] ranker, double rankerBias, List<String> gateSignals, double[] gate, double gateBias,
                       double threshold, String fitted, AnswerModel lexical) {
        this(ranker, rankerBias, gateSignals, gate, gateBias, threshold, fitted, lexical, Double.NEGATIVE_INFINITY);
    }

    public AnswerModel(double[] ranker, double rankerBias, double[] gate, double gateBias, double threshold, String fitted) {
        this(ranker, rankerBias, GATE_FEATURES, gate, gateBias, threshold, fitted, null);
    }

    /** A candidate's signals, in this order (see {@link Answerer}). */
    public static final List<String> FEATURES = List.of("coverage", "answerCoverage", "questionMatch", "bm25", "cosine",
            "cosineGap", "kindHit", "kindMiss", "anchorAgree", "faq", "weakQuestion", "lexicalRank", "semanticOnly",
            "heuristic", "lexicalConfidence", "answerCosine", "sentenceCoverage", "entityCoverage");
    /**
     * The gate's signals: the ranker's score of the best candidate, its lead over the runner-up, and the best
     * candidate's own signals that say how sure an answer is (whether it holds the kind of fact asked, names what the
     * question names, covers its words, means what it means). Four were enough while the gate was fitted on three
     * tuning sets; on ten, these thirteen answer sets it was not fitted on better (see the README).
     */
    public static final List<String> GATE_FEATURES = List.of("rankerLogit", "margin", "lexicalConfidence", "answerCosine",
            "kindHit", "kindMiss", "entityCoverage", "faq", "coverage", "questionMatch", "answerCoverage", "cosine", "anchorAgree");
    /**
     * The lexical shortcut's gate signals: as the gate's, with how much of the FAQ row's own question the member's
     * has in place of the cosine, unknown before the sentence model is consulted.
     */
    public static final List<String> LEXICAL_GATE_FEATURES = List.of("rankerLogit", "margin", "lexicalConfidence", "questionMatch");

    private static final String RESOURCE = "/knowledge/answer-model.json";
    private static volatile AnswerModel standard;

    public static AnswerModel standard() {
        AnswerModel m = standard;
        if (m == null) {
            try (InputStream in = AnswerModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing " + RESOURCE);
                m = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = m;
        }
        return m;
    }

    public double rankLogit(double[] f) {
        return dot(ranker, f) + rankerBias;
    }

    public double gateProbability(double[] g) {
        return sigmoid(dot(gate, g) + gateBias);
    }

    /** The gate's signals ({@link #gateSignals()}) for the best candidate, given the runner-up's ranker score. */
    public double[] gateInput(double[] best, double bestLogit, double secondLogit) {
        double[] g = new double[gateSignals.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = switch (gateSignals.get(i)) {
                case "rankerLogit" -> bestLogit;
                case "margin" -> Math.min(10, bestLogit - Math.max(secondLogit, runnerUpFloor));
                default -> best[FEATURES.indexOf(gateSignals.get(i))];
            };
        }
        return g;
    }

    /** The gate's probability that the best candidate is right. */
    public double gateProbability(double[] best, double bestLogit, double secondLogit) {
        return gateProbability(gateInput(best, bestLogit, secondLogit));
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * f[i];
        return s;
    }

    public AnswerModel withThreshold(double t) {
        return new AnswerModel(ranker, rankerBias, gateSignals, gate, gateBias, t, fitted, lexical, runnerUpFloor);
    }

    public AnswerModel withRunnerUpFloor(double floor) {
        return new AnswerModel(ranker, rankerBias, gateSignals, gate, gateBias, threshold, fitted, lexical, floor);
    }

    public AnswerModel withLexical(AnswerModel shortcut) {
        return new AnswerModel(ranker, rankerBias, gateSignals, gate, gateBias, threshold, fitted, shortcut, runnerUpFloor);
    }

    public static AnswerModel parse(JsonNode root) {
        double[] r = weights(root.path("ranker").path("weights"), FEATURES);
        // the gate's signals are the names of its weights, in order
        List<String> signals = new java.util.ArrayList<>();
        root.path("gate").path("weights").fieldNames().forEachRemaining(signals::add);
        for (String name : signals) {
            if (!name.equals("rankerLogit") && !name.equals("margin") && !FEATURES.contains(name)) {
                throw new IllegalArgumentException("unknown gate signal in the answer model: " + name);
            }
        }
        double[] g = weights(root.path("gate").path("weights"), signals);
        JsonNode lexical = root.path("lexical");
        return new AnswerModel(r, root.path("ranker").path("bias").asDouble(), List.copyOf(signals), g,
                root.path("gate").path("bias").asDouble(), root.path("threshold").asDouble(0.5), root.path("fitted").asText(""),
                lexical.isObject() ? parse(lexical) : null, root.path("runnerUpFloor").asDouble(Double.NEGATIVE_INFINITY));
    }

    private static double[] weights(JsonNode node, List<String> names) {
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) w[i] = node.path(names.get(i)).asDouble(0);
        return w;
    }

    public ObjectNode toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("fitted", fitted);
        ObjectNode r = root.putObject("ranker");
        r.put("bias", rankerBias);
        ObjectNode rw = r.putObject("weights");
        for (int i = 0; i < ranker.length; i++) rw.put(FEATURES.get(i), ranker[i]);
        ObjectNode g = root.putObject("gate");
        g.put("bias", gateBias);
        ObjectNode gw = g.putObject("weights");
        for (int i = 0; i < gate.length; i++) gw.put(gateSignals.get(i), gate[i]);
        root.put("threshold", threshold);
        if (Double.isFinite(runnerUpFloor)) root.put("runnerUpFloor", runnerUpFloor);
        if (lexical != null) root.set("lexical", lexical.toJson());
        return root;
    }
}
