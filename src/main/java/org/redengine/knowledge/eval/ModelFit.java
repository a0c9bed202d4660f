package org.redengine.knowledge.eval;

import org.redengine.knowledge.AnswerModel;
import org.redengine.knowledge.Answerer;
import org.redengine.knowledge.QuestionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits the answer model on tuning questions: the ranker on every candidate of every in-scope question (is its
 * answer right?), then the gate on each question's best candidate under that ranker (was the best right, and
 * for an out-of-scope question never), then the gate's threshold as the lowest that keeps confident wrong answers
 * and answered out-of-scope questions within the given shares (the median of that threshold over resamples of the
 * calibration questions, so that no handful of them decides it). Both are L2-regularised logistic regressions,
 * solved by Newton's method (a dozen features: no library needed for that).
 */
public final class ModelFit {

    /** One question's candidates: their signals and whether each one's answer is right. */
    /**
     * @param calibrate whether the gate and its threshold learn from this question (the ranker learns from all):
     *                  they should be calibrated on questions like those members ask, written without the text
     */
    /**
     * @param texts each candidate's answer, for the runner-up the gate measures the best one's lead over (the first
     *              that says something else: {@link Answerer#sameAnswer}); none: every candidate says its own
     * @param kind  what the question asks (candidates giving the same dates or counts for it agree)
     * @param asked the question, normalised (a person or place it names is no agreement on who or where)
     */
    public record Question(boolean inScope, List<double[]> features, List<Boolean> right, boolean calibrate, List<String> texts,
                           QuestionKind kind, String asked) {
        public Question(boolean inScope, List<double[]> features, List<Boolean> right, boolean calibrate) {
            this(inScope, features, right, calibrate, List.of(), QuestionKind.OTHER, "");
        }

        public Question withCalibrate(boolean c) {
            return new Question(inScope, features, right, c, texts, kind, asked);
        }

        /** Whether candidates i and j give the same answer. */
        boolean same(int i, int j) {
            return !texts.isEmpty() && Answerer.sameAnswer(texts.get(i), texts.get(j), kind, asked);
        }
    }

    public record Result(AnswerModel model, int questions, int answered, int right, int wrong, int outOfScopeAnswered) {
    }

    private ModelFit() {
    }

    /** The candidates answering considers for each question, with their signals (the model only orders them). */
    public static List<Question> collect(Answerer answerer, List<EvalQuestion> questions) {
        List<Question> out = new ArrayList<>();
        AnswerModel noShortcut = AnswerModel.standard().withLexical(null); // every signal of every question
        for (EvalQuestion q : questions) {
            out.add(question(q, answerer.consider(q.question(), noShortcut)));
        }
        return out;
    }

    /**
     * The candidates of answering's lexical pass alone (what the lexical shortcut decides on), question by question
     * as {@link #collect} lists them; none for a question typed word for word as an FAQ question (answered before
     * the shortcut is considered).
     */
    public static List<Question> collectLexical(Answerer answerer, List<EvalQuestion> questions) {
        List<Question> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Answerer.Considered c = answerer.considerLexically(q.question(), AnswerModel.standard());
            out.add(c.route() == Answerer.Route.EXACT ? new Question(q.inScope(), List.of(), List.of(), true) : question(q, c));
        }
        return out;
    }

    private static Question question(EvalQuestion q, Answerer.Considered c) {
        List<double[]> f = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Answerer.Scored s : c.ranked()) {
            if (s.vetoed()) continue; // never answered, whatever the weights
            f.add(s.features());
            right.add(q.inScope() && q.acceptedBy(s.text()));
            texts.add(s.text());
        }
        return new Question(q.inScope(), f, right, true, texts, c.query().kind(), c.query().normalized());
    }

    /** Each question's best candidate under a ranker, as the gate sees it, and whether it is right. */
    private record GateData(List<double[]> x, List<Boolean> right, List<Boolean> inScope, List<Boolean> calibrate) {
    }

    private static GateData gateData(List<Question> questions, AnswerModel ranker) {
        GateData data = new GateData(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Question q : questions) {
            if (q.features().isEmpty()) continue;
            Integer[] order = new Integer[q.features().size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> ranker.rankLogit(q.features().get(i))).reversed());
            double[] bf = q.features().get(order[0]);
            double best = ranker.rankLogit(bf);
            double second = best - 10;
            for (int k = 1; k < order.length; k++) {
                if (!q.same(order[0], order[k])) {
                    second = ranker.rankLogit(q.features().get(order[k]));
                    break;
                }
            }
            data.x().add(ranker.gateInput(bf, best, second));
            data.right().add(q.right().get(order[0]));
            data.inScope().add(q.inScope());
            data.calibrate().add(q.calibrate());
        }
        return data;
    }

    /** The ranker, then the gate (on these signals) on each question's best candidate under it (threshold left at 0.5). */
    private static AnswerModel fitModels(List<Question> questions, List<String> gateSignals, String description) {
        int d = AnswerModel.FEATURES.size();
        double[] rw = conditionalLogit(questions, d, 0.05);
        int gd = gateSignals.size();
        AnswerModel rankerOnly = new AnswerModel(rw, 0, gateSignals, new double[gd], 0, 0.5, description, null);
        AnswerModel partial = rankerOnly.withRunnerUpFloor(runnerUpFloor(questions, rankerOnly));
        GateData data = gateData(questions, partial);
        double[] g = logistic(data.x(), data.right(), 1.0);
        return new AnswerModel(rw, 0, gateSignals, java.util.Arrays.copyOf(g, gd), g[gd], 0.5, description, null, partial.runnerUpFloor());
    }

    /**
     * Which percentile of the runner-ups the tuning questions met is the lowest the gate measures a lead over. The
     * lowest of them was tried: a four-row knowledge base then still answered 古田会议是在哪里召开的 with its row
     * about 中共一大 (no rival at all, so a lead the gate had only seen with the surest answers).
     */
    private static final double RUNNER_UP_PERCENTILE = 0.10;

    /**
     * A low percentile of the ranker's score of each question's runner-up (the best candidate saying something else
     * than the best), over the questions that have one.
     */
    private static double runnerUpFloor(List<Question> questions, AnswerModel ranker) {
        List<Double> seconds = new ArrayList<>();
        for (Question q : questions) {
            if (q.features().size() < 2) continue;
            int best = best(q, ranker);
            double second = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < q.features().size(); i++) {
                if (i != best && !q.same(best, i)) second = Math.max(second, ranker.rankLogit(q.features().get(i)));
            }
            if (second > Double.NEGATIVE_INFINITY) seconds.add(second);
        }
        if (seconds.isEmpty()) return Double.NEGATIVE_INFINITY;
        java.util.Collections.sort(seconds);
        return seconds.get((int) (RUNNER_UP_PERCENTILE * (seconds.size() - 1)));
    }

    /** How answering fares on a set of questions: right, wrong (in scope), out-of-scope questions answered, not answered. */
    public record Tally(int right, int wrong, int outOfScopeAnswered, int notAnswered) {
        public Tally plus(Tally o) {
            return new Tally(right + o.right, wrong + o.wrong, outOfScopeAnswered + o.outOfScopeAnswered, notAnswered + o.notAnswered);
        }

        public static final Tally NONE = new Tally(0, 0, 0, 0);
    }

    /** What the model, answering above {@code threshold}, does with these questions. */
    public static Tally tally(List<Question> questions, AnswerModel m, double threshold) {
        int right = 0, wrong = 0, outOfScope = 0, none = 0;
        for (Question q : questions) {
            switch (outcome(q, m, threshold)) {
                case RIGHT -> right++;
                case WRONG -> {
                    if (q.inScope()) wrong++;
                    else outOfScope++;
                }
                case ABSTAINED -> none++;
            }
        }
        return new Tally(right, wrong, outOfScope, none);
    }

    /**
     * Each set held out in turn: the model fitted (as {@link #fit} fits it, with these bounds) on all the other sets
     * answers it at each threshold, so that what a change does is seen on questions the model was not fitted on.
     *
     * @return for each set, its tally at each threshold; then, as the last row, their sums
     */
    public static List<Tally[]> heldOut(List<List<Question>> sets, double[] thresholds, double maxWrongShare, double maxOutOfScopeShare) {
        List<Tally[]> rows = new ArrayList<>();
        Tally[] total = new Tally[thresholds.length];
        java.util.Arrays.fill(total, Tally.NONE);
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        for (int held = 0; held < sets.size(); held++) {
            List<Question> others = new ArrayList<>();
            for (int k = 0; k < sets.size(); k++) if (k != held) others.addAll(sets.get(k));
            AnswerModel m = fit(others, maxWrongShare, maxOutOfScopeShare, "held out: set " + (held + 1), quiet).model();
            Tally[] row = new Tally[thresholds.length];
            for (int t = 0; t < thresholds.length; t++) {
                row[t] = tally(sets.get(held), m, thresholds[t]);
                total[t] = total[t].plus(row[t]);
            }
            rows.add(row);
        }
        rows.add(total);
        return rows;
    }

    /** What answering does with one question under a model: not answer it, or answer it right or wrong. */
    enum Outcome { ABSTAINED, RIGHT, WRONG }

    private static Outcome outcome(Question q, AnswerModel m, double threshold) {
        if (q.features().isEmpty()) return Outcome.ABSTAINED;
        int best = best(q, m);
        if (gateOfBest(q, m, best) < threshold) return Outcome.ABSTAINED;
        return q.right().get(best) ? Outcome.RIGHT : Outcome.WRONG; // an out-of-scope question answered is wrong too
    }

    /** The candidate the model's ranker puts first. */
    private static int best(Question q, AnswerModel m) {
        int best = 0;
        for (int i = 1; i < q.features().size(); i++) if (m.rankLogit(q.features().get(i)) > m.rankLogit(q.features().get(best))) best = i;
        return best;
    }

    /** The model's gate probability for that candidate, given its lead over the runner-up that says something else. */
    private static double gateOfBest(Question q, AnswerModel m, int best) {
        double top = m.rankLogit(q.features().get(best)), second = top - 10;
        for (int i = 0; i < q.features().size(); i++) {
            if (i != best && !q.same(best, i)) second = Math.max(second, m.rankLogit(q.features().get(i)));
        }
        return m.gateProbability(q.features().get(best), top, second);
    }

    /**
     * The lexical shortcut's model: ranker and gate fitted on the lexical pass's signals alone, and the lowest
     * threshold at which answering the questions it is that sure of (without the sentence model) makes at most
     * {@code maxHarm} of the calibration questions worse than the full model would have left them: answered wrong
     * (or answered, when out of scope) where the full model was right or did not answer. Questions typed word for
     * word never reach it. Null when no threshold qualifies.
     *
     * @param lexical the lexical pass's candidates, question by question as in {@code full}
     */
    public static AnswerModel fitShortcut(List<Question> lexical, List<Question> full, AnswerModel fullModel, double maxHarm) {
        List<Question> reaching = lexical.stream().filter(q -> !q.features().isEmpty()).toList();
        AnswerModel model = fitModels(reaching, AnswerModel.LEXICAL_GATE_FEATURES, "lexical shortcut: answers without the sentence model; at most " + maxHarm
                + " of the tuning questions made worse than by the full model");
        List<Integer> order = new ArrayList<>();
        double[] p = new double[lexical.size()];
        for (int i = 0; i < p.length; i++) {
            Question q = lexical.get(i);
            if (q.features().isEmpty() || !q.calibrate()) continue;
            int best = best(q, model);
            if (!Answerer.takesShortcut(q.features().get(best))) continue; // answering never takes the shortcut with it
            p[i] = gateOfBest(q, model, best);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        long calibrating = full.stream().filter(Question::calibrate).count();
        double threshold = Double.NaN;
        int accepted = 0, right = 0, harmed = 0, bestAccepted = 0, bestRight = 0, bestHarmed = 0;
        for (int i : order) {
            accepted++;
            Outcome shortcut = outcome(lexical.get(i), model, 0);
            Outcome usual = outcome(full.get(i), fullModel, fullModel.threshold());
            if (shortcut == Outcome.RIGHT) right++;
            if (shortcut == Outcome.WRONG && usual != Outcome.WRONG) harmed++;
            if (harmed <= maxHarm * calibrating) {
                bestAccepted = accepted;
                bestRight = right;
                bestHarmed = harmed;
                threshold = p[i];
            }
        }
        System.out.printf("lexical shortcut: %d calibration questions reach it; at threshold %.4f it answers %d of them, %d right,"
                + " %d made worse than by the full model%n", order.size(), threshold, bestAccepted, bestRight, bestHarmed);
        return Double.isNaN(threshold) ? null : model.withThreshold(Math.round(threshold * 10000) / 10000.0);
    }

    public static Result fit(List<Question> questions, double maxWrongShare, double maxOutOfScopeShare, String description) {
        return fit(questions, maxWrongShare, maxOutOfScopeShare, description, System.out);
    }

    /** As {@link #fit(List, double, double, String)}, reporting the thresholds and the trade-off to {@code report}. */
    public static Result fit(List<Question> questions, double maxWrongShare, double maxOutOfScopeShare, String description,
                             java.io.PrintStream report) {
        AnswerModel model = fitModels(questions, AnswerModel.GATE_FEATURES, description);
        GateData data = gateData(questions, model);
        List<double[]> gx = data.x();
        List<Boolean> gy = data.right(), gIn = data.inScope(), gCal = data.calibrate();
        List<Question> calibration = questions.stream().filter(Question::calibrate).toList();
        int all = calibration.size();
        long outOfScope = calibration.stream().filter(q -> !q.inScope()).count();
        double[] p = new double[gx.size()];
        for (int i = 0; i < p.length; i++) p[i] = gCal.get(i) ? model.gateProbability(gx.get(i)) : -1; // -1: not calibrating
        int[] rows = java.util.stream.IntStream.range(0, p.length).filter(gCal::get).toArray();
        long oosRows = java.util.Arrays.stream(rows).filter(i -> !gIn.get(i)).count();
        // the threshold: the lowest that keeps both kinds of wrong answer within bounds on these questions. On its
        // own it hangs on the few out-of-scope questions the gate is surest of (two of them fewer moved it from
        // 0.91 to 0.78), so it is taken on resamples of the calibration questions, and the median of those is used:
        // a threshold that does not depend on which handful of questions happened to be written
        java.util.Random random = new java.util.Random(BOOTSTRAP_SEED);
        double[] resampled = new double[BOOTSTRAP_SAMPLES];
        for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
            int[] sample = new int[rows.length];
            for (int k = 0; k < sample.length; k++) sample[k] = rows[random.nextInt(rows.length)];
            long sampleOos = java.util.Arrays.stream(sample).filter(i -> !gIn.get(i)).count() + (outOfScope - oosRows);
            resampled[b] = lowestWithinBounds(sample, p, gy, gIn, maxWrongShare * all, maxOutOfScopeShare * Math.max(1, sampleOos));
        }
        java.util.Arrays.sort(resampled);
        double threshold = resampled[BOOTSTRAP_SAMPLES / 2];
        int bestRight = 0, bestWrong = 0, bestOos = 0, bestAnswered = 0;
        for (int i : rows) {
            if (p[i] < threshold) continue;
            bestAnswered++;
            if (gy.get(i)) bestRight++;
            else if (gIn.get(i)) bestWrong++;
            else bestOos++;
        }
        report.printf("threshold on %d resamples of the calibration questions: median %.4f (10%%: %.4f, 90%%: %.4f);"
                        + " on all of them alone: %.4f%n", BOOTSTRAP_SAMPLES, threshold, resampled[BOOTSTRAP_SAMPLES / 10],
                resampled[BOOTSTRAP_SAMPLES * 9 / 10], lowestWithinBounds(rows, p, gy, gIn, maxWrongShare * all, maxOutOfScopeShare * Math.max(1, outOfScope)));
        long topRight = java.util.stream.IntStream.range(0, gy.size()).filter(i -> gCal.get(i) && gy.get(i)).count();
        report.printf("ranker (on the calibration questions): best candidate right for %d of %d in-scope questions; a right candidate among them for %d%n", topRight,
                calibration.stream().filter(Question::inScope).count(),
                calibration.stream().filter(q -> q.inScope() && q.right().contains(true)).count());
        report.println("threshold  answered  right  wrong  out-of-scope");
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}) {
            int a = 0, r = 0, w = 0, o = 0;
            for (int i = 0; i < p.length; i++) {
                if (!gCal.get(i) || p[i] < t) continue;
                a++;
                if (gy.get(i)) r++;
                else if (gIn.get(i)) w++;
                else o++;
            }
            report.printf("%8.2f  %8d  %5d  %5d  %5d%n", t, a, r, w, o);
        }
        return new Result(model.withThreshold(Math.round(threshold * 10000) / 10000.0), all, bestAnswered, bestRight, bestWrong, bestOos);
    }

    private static final int BOOTSTRAP_SAMPLES = 201;
    private static final long BOOTSTRAP_SEED = 20261203L;

    /**
     * The lowest gate probability at which answering the given questions (a question may be listed more than once)
     * keeps confident wrong answers and answered out-of-scope questions within the given counts, answering as many
     * right as it can; 1 when none does.
     */
    static double lowestWithinBounds(int[] questions, double[] p, List<Boolean> right, List<Boolean> inScope,
                                     double maxWrong, double maxOutOfScope) {
        // by probability, highest first (boxed once: a few hundred questions)
        Integer[] boxed = java.util.Arrays.stream(questions).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double threshold = 1.0;
        int r = 0, w = 0, o = 0, bestRight = 0;
        for (int i : boxed) {
            if (right.get(i)) r++;
            else if (inScope.get(i)) w++;
            else o++;
            if (w <= maxWrong && o <= maxOutOfScope && r > bestRight) {
                bestRight = r;
                threshold = p[i];
            }
        }
        return threshold;
    }

    /**
     * The ranker: a conditional logit (a softmax over each question's candidates) that makes the right candidates'
     * share of the question as large as possible, which is what ranking needs (a pointwise fit spends itself on
     * telling the many wrong candidates apart). Features are standardised for the fit; the weights returned apply
     * to raw features. Fitted by gradient ascent with a backtracking step; L2 on the weights.
     */
    static double[] conditionalLogit(List<Question> questions, int d, double l2) {
        List<Question> usable = questions.stream().filter(q -> q.inScope() && q.right().contains(true)).toList();
        double[] mean = new double[d], sd = new double[d];
        int n = 0;
        for (Question q : usable) {
            for (double[] f : q.features()) {
                for (int k = 0; k < d; k++) mean[k] += f[k];
                n++;
            }
        }
        for (int k = 0; k < d; k++) mean[k] /= Math.max(1, n);
        for (Question q : usable) for (double[] f : q.features()) for (int k = 0; k < d; k++) sd[k] += (f[k] - mean[k]) * (f[k] - mean[k]);
        for (int k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k] / Math.max(1, n)) + 1e-9;
        double[] w = new double[d];
        double step = 1.0;
        double value = objective(usable, w, mean, sd, l2, null);
        for (int iter = 0; iter < 2000 && step > 1e-8; iter++) {
            double[] grad = new double[d];
            objective(usable, w, mean, sd, l2, grad);
            double[] next = new double[d];
            for (int k = 0; k < d; k++) next[k] = w[k] + step * grad[k];
            double v = objective(usable, next, mean, sd, l2, null);
            if (v > value) {
                w = next;
                value = v;
                step *= 1.2;
            } else {
                step *= 0.5;
            }
        }
        double[] raw = new double[d];
        for (int k = 0; k < d; k++) raw[k] = w[k] / sd[k];
        return raw;
    }

    /** The mean log-probability of the right candidates, less the L2 penalty; fills the gradient when given. */
    private static double objective(List<Question> qs, double[] w, double[] mean, double[] sd, double l2, double[] grad) {
        int d = w.length;
        double total = 0;
        for (Question q : qs) {
            int m = q.features().size();
            double[] s = new double[m];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double[] f = q.features().get(i);
                double z = 0;
                for (int k = 0; k < d; k++) z += w[k] * (f[k] - mean[k]) / sd[k];
                s[i] = z;
                max = Math.max(max, z);
            }
            double all = 0, right = 0;
            for (int i = 0; i < m; i++) {
                double e = Math.exp(s[i] - max);
                all += e;
                if (q.right().get(i)) right += e;
            }
            total += Math.log(right) - Math.log(all);
            if (grad != null) {
                for (int i = 0; i < m; i++) {
                    double e = Math.exp(s[i] - max);
                    double coef = (q.right().get(i) ? e / right : 0) - e / all;
                    double[] f = q.features().get(i);
                    for (int k = 0; k < d; k++) grad[k] += coef * (f[k] - mean[k]) / sd[k] / qs.size();
                }
            }
        }
        double penalty = 0;
        for (int k = 0; k < d; k++) {
            penalty += 0.5 * l2 * w[k] * w[k];
            if (grad != null) grad[k] -= l2 * w[k];
        }
        return total / qs.size() - penalty;
    }

    /** L2-regularised logistic regression by Newton's method; the last weight is the bias (not regularised). */
    static double[] logistic(List<double[]> x, List<Boolean> y, double l2) {
        int d = x.isEmpty() ? 1 : x.get(0).length + 1;
        double[] w = new double[d];
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[d];
            double[][] h = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] xi = x.get(n);
                double z = w[d - 1];
                for (int k = 0; k < d - 1; k++) z += w[k] * xi[k];
                double p = AnswerModel.sigmoid(z);
                double r = p - (y.get(n) ? 1 : 0), s = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    double xa = a == d - 1 ? 1 : xi[a];
                    grad[a] += r * xa;
                    for (int b = a; b < d; b++) h[a][b] += s * xa * (b == d - 1 ? 1 : xi[b]);
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) h[a][b] = h[b][a];
                if (a < d - 1) {
                    grad[a] += l2 * w[a];
                    h[a][a] += l2;
                }
                h[a][a] += 1e-9;
            }
            double[] step = solve(h, grad);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-7) break;
        }
        return w;
    }

    /** Solves h·s = g by Gaussian elimination with partial pivoting (h is small and positive definite). */
    private static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(h[i], 0, a[i], 0, n);
            a[i][n] = g[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double factor = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) a[r][k] -= factor * a[c][k];
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = a[r][n];
            for (int k = r + 1; k < n; k++) v -= a[r][k] * s[k];
            s[r] = v / a[r][r];
        }
        return s;
    }
}
