package org.redengine.knowledge.eval;

import org.redengine.knowledge.Answer;
import org.redengine.knowledge.Answerer;
import org.redengine.knowledge.KnowledgeBase;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures answering on a question set: in-scope top-1 accuracy (the answer contains an accepted string),
 * the fallback rate on out-of-scope questions, and the same two figures for the plain-BM25 baseline.
 */
public final class Evaluation {

    /**
     * The figures of one system on one question set: of the in-scope questions, how many were answered right,
     * answered wrong (a confident wrong answer, the worst outcome) or not answered; of the out-of-scope ones, how
     * many got a fallback.
     */
    public record Score(int inScope, int correct, int wrong, int outOfScope, int fallbacks, double meanAnswerChars, int maxAnswerChars) {
        public double accuracy() {
            return inScope == 0 ? 0 : (double) correct / inScope;
        }

        public double fallbackRate() {
            return outOfScope == 0 ? 0 : (double) fallbacks / outOfScope;
        }

        public int abstained() {
            return inScope - correct - wrong;
        }

        /** In-scope questions answered wrong, as a share of all questions. */
        public double confidentWrongRate() {
            int all = inScope + outOfScope;
            return all == 0 ? 0 : (double) wrong / all;
        }

        /** Out-of-scope questions answered anyway, as a share of the out-of-scope questions. */
        public double outOfScopeAnsweredRate() {
            return outOfScope == 0 ? 0 : 1 - fallbackRate();
        }
    }

    public record Failure(EvalQuestion question, String got, double confidence) {
    }

    public record Report(Score bot, Score baseline, List<Failure> failures, List<String> features) {
    }

    private Evaluation() {
    }

    public static Report run(Answerer answerer, KnowledgeBase kb, List<EvalQuestion> questions) throws IOException {
        BaselineRetriever baseline = BaselineRetriever.build(kb);
        int in = 0, out = 0, ok = 0, bad = 0, fb = 0, bOk = 0, bBad = 0, bFb = 0, answered = 0, bAnswered = 0, max = 0, bMax = 0;
        long chars = 0, bChars = 0;
        List<Failure> failures = new ArrayList<>();
        List<String> features = new ArrayList<>();
        features.add("line\tin_scope\tbest_right\tconfident\tconfidence\tfaq\tcoverage\tquestion_match\tbm25\tkind\tquestion\tterms\ttop_title\tbest_text");
        for (EvalQuestion q : questions) {
            Answer a = answerer.compute(q.question());
            String best = a.confident() ? a.text() : a.explanation().bestText();
            Answer.Candidate top = a.candidates().isEmpty() ? null : a.candidates().get(0);
            features.add(q.line() + "\t" + q.inScope() + "\t" + (q.inScope() && q.acceptedBy(best)) + "\t" + a.confident()
                    + "\t" + a.confidence() + "\t" + (top != null && top.faq()) + "\t" + (top == null ? 0 : top.coverage())
                    + "\t" + (top == null ? 0 : top.questionMatch()) + "\t" + (top == null ? 0 : top.bm25())
                    + "\t" + (top != null && top.kindMatch()) + "\t" + q.question() + "\t" + String.join(" ", a.explanation().terms())
                    + "\t" + (top == null ? "" : top.title()) + "\t" + best.replace('\t', ' ').replace('\n', ' '));
            Optional<String> b = baseline.answer(q.question());
            if (a.confident()) {
                answered++;
                chars += a.text().length();
                max = Math.max(max, a.text().length());
            }
            if (b.isPresent()) {
                bAnswered++;
                bChars += b.get().length();
                bMax = Math.max(bMax, b.get().length());
            }
            if (q.inScope()) {
                in++;
                boolean right = a.confident() && q.acceptedBy(a.text());
                if (right) ok++;
                else if (a.confident()) bad++;
                if (!right) failures.add(new Failure(q, a.confident() ? "（答错）" + a.text() : "（拒答）" + a.suggestions(), a.confidence()));
                if (b.isPresent() && q.acceptedBy(b.get())) bOk++;
                else if (b.isPresent()) bBad++;
            } else {
                out++;
                if (!a.confident()) fb++;
                else failures.add(new Failure(q, a.text(), a.confidence()));
                if (b.isEmpty()) bFb++;
            }
        }
        return new Report(
                new Score(in, ok, bad, out, fb, answered == 0 ? 0 : (double) chars / answered, max),
                new Score(in, bOk, bBad, out, bFb, bAnswered == 0 ? 0 : (double) bChars / bAnswered, bMax),
                failures, features);
    }

    public static void print(Report r, PrintStream o, boolean verbose) {
        o.printf("评测题目：范围内 %d 题，范围外 %d 题%n", r.bot().inScope(), r.bot().outOfScope());
        o.printf("%-10s %-16s %-10s %-16s %-18s %-16s %s%n", "系统", "范围内答对", "拒答", "答错（占全部）", "范围外被回答",
                "范围外拒答率", "答案长度(平均/最长)");
        line(o, "红色引擎", r.bot());
        line(o, "基线BM25", r.baseline());
        o.printf("对比：范围内正确率 %+.1f 个百分点，范围外拒答率 %+.1f 个百分点%n",
                100 * (r.bot().accuracy() - r.baseline().accuracy()), 100 * (r.bot().fallbackRate() - r.baseline().fallbackRate()));
        if (verbose) {
            o.println();
            o.println("未通过的题目：");
            for (Failure f : r.failures()) {
                String expected = f.question().inScope() ? "应含 " + f.question().any() + f.question().all() : "应拒答";
                o.printf("  第%d行 %s | %s | 置信度 %.2f | 实际：%s%n", f.question().line(), f.question().question(),
                        expected, f.confidence(), f.got().replace('\n', ' '));
            }
        }
    }

    private static void line(PrintStream o, String name, Score s) {
        o.printf("%-10s %5.1f%% (%d/%d)   %-10d %5.1f%% (%d)       %5.1f%% (%d/%d)       %5.1f%%          %.0f / %d 字%n", name,
                100 * s.accuracy(), s.correct(), s.inScope(), s.abstained(), 100 * s.confidentWrongRate(), s.wrong(),
                100 * s.outOfScopeAnsweredRate(), s.outOfScope() - s.fallbacks(), s.outOfScope(), 100 * s.fallbackRate(),
                s.meanAnswerChars(), s.maxAnswerChars());
    }
}
