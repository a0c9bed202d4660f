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
 */
public record AnswerModel(double[] ranker, double rankerBias, double[] gate, double gateBias, double threshold, String fitted) {

    /** A candidate's signals, in this order (see {@link Answerer}). */
    public static final List<String> FEATURES = List.of("coverage", "answerCoverage", "questionMatch", "bm25", "cosine",
            "cosineGap", "kindHit", "kindMiss", "anchorAgree", "faq", "weakQuestion", "lexicalRank", "semanticOnly",
            "heuristic", "lexicalConfidence", "answerCosine", "sentenceCoverage", "entityCoverage");
    /**
     * The gate's signals: the ranker's score of the best candidate, its lead over the runner-up, and two of its own
     * (few, so that the gate, fitted on few questions, generalises).
     */
    public static final List<String> GATE_FEATURES = List.of("rankerLogit", "margin", "lexicalConfidence", "answerCosine");

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

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * f[i];
        return s;
    }

    public AnswerModel withThreshold(double t) {
        return new AnswerModel(ranker, rankerBias, gate, gateBias, t, fitted);
    }

    static AnswerModel parse(JsonNode root) {
        double[] r = weights(root.path("ranker").path("weights"), FEATURES);
        double[] g = weights(root.path("gate").path("weights"), GATE_FEATURES);
        return new AnswerModel(r, root.path("ranker").path("bias").asDouble(), g, root.path("gate").path("bias").asDouble(),
                root.path("threshold").asDouble(0.5), root.path("fitted").asText(""));
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
        for (int i = 0; i < gate.length; i++) gw.put(GATE_FEATURES.get(i), gate[i]);
        root.put("threshold", threshold);
        return root;
    }
}
