package org.redengine.app;

import org.redengine.knowledge.AnswerModel;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.eval.Distractors;
import org.redengine.knowledge.eval.ModelFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code held-out --set KB=QUESTIONS …}: how a change to answering does on questions the answer model was not fitted
 * on. Each tuning set is held out in turn, the model refitted on the others and the held-out set answered at fixed
 * thresholds (fixed, so that a refit moving its own threshold does not hide what the change did); then, optionally, a
 * model fitted on all of them answers other sets that are never fitted on.
 */
@Command(name = "held-out", mixinStandardHelpOptions = true,
        description = "留出检验：依次留出一组调参题，用其余各组重新拟合回答模型，在固定阈值下回答留出的一组；可再用全部调参组拟合的模型回答从不参与拟合的组。")
final class HeldOutCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "知识库目录=题目文件",
            description = "一组调参数据（至少两组）：知识库目录和它的题目（JSON Lines）")
    List<String> sets;

    @Option(names = "--transfer", paramLabel = "知识库目录=题目文件",
            description = "不参与拟合的一组：用全部调参组拟合的模型回答它（可给多组）")
    List<String> transfer = new ArrayList<>();

    @Option(names = "--distractors", paramLabel = "FILE", description = "每组都加入的干扰问答（学习强国挑战答题题库 JSON）")
    Path distractors;

    @Option(names = "--thresholds", split = ",", paramLabel = "T", description = "固定阈值，逗号分隔，默认 0.75,0.80,0.85,0.90")
    double[] thresholds = {0.75, 0.80, 0.85, 0.90};

    @Option(names = "--max-wrong", description = "拟合时答错（占全部题目）的上限，默认 0.015（同 README 中的拟合命令）")
    double maxWrong = 0.015;

    @Option(names = "--max-out-of-scope", description = "拟合时范围外题目被回答的上限，默认 0.015")
    double maxOutOfScope = 0.015;

    @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）：句向量缓存在它的 embeddings/ 下")
    Path data = Path.of("data");

    @Override
    public Integer call() throws Exception {
        if (sets.size() < 2) throw new IllegalArgumentException("留出检验至少需要两组 --set");
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 1)) throw new IllegalArgumentException("阈值应在 0 到 1 之间：" + t);
        }
        org.redengine.knowledge.semantic.Semantics.use(data.resolve("embeddings"));
        List<KnowledgeEntry> extra = distractors == null ? List.of() : Distractors.fromChallengeBank(distractors);
        List<List<ModelFit.Question>> tuning = new ArrayList<>();
        for (String set : sets) tuning.add(collect(set, extra));
        List<List<ModelFit.Question>> others = new ArrayList<>();
        for (String set : transfer) others.add(collect(set, extra));

        PrintStream out = System.out;
        out.println("留出检验（每格：答对/答错/范围外被回答；答错和范围外被回答都是“有把握却答错”）");
        List<ModelFit.Tally[]> rows = ModelFit.heldOut(tuning, thresholds, maxWrong, maxOutOfScope);
        printHeader(out, null);
        for (int i = 0; i < sets.size(); i++) printRow(out, name(sets.get(i)), rows.get(i));
        printRow(out, "合计", rows.get(rows.size() - 1));
        if (!others.isEmpty()) {
            List<ModelFit.Question> all = new ArrayList<>();
            tuning.forEach(all::addAll);
            AnswerModel m = ModelFit.fit(all, maxWrong, maxOutOfScope, "all tuning sets",
                    new PrintStream(java.io.OutputStream.nullOutputStream())).model();
            out.printf("%n用全部调参组拟合（其自身阈值 %.4f）回答不参与拟合的组：%n", m.threshold());
            printHeader(out, String.format("自身阈值 %.4f", m.threshold()));
            ModelFit.Tally[] sum = new ModelFit.Tally[thresholds.length + 1];
            for (int i = 0; i < others.size(); i++) {
                ModelFit.Tally[] row = new ModelFit.Tally[thresholds.length + 1];
                for (int t = 0; t < thresholds.length; t++) row[t] = ModelFit.tally(others.get(i), m, thresholds[t]);
                row[thresholds.length] = ModelFit.tally(others.get(i), m, m.threshold());
                for (int t = 0; t < row.length; t++) sum[t] = sum[t] == null ? row[t] : sum[t].plus(row[t]);
                printRow(out, name(transfer.get(i)), row);
            }
            printRow(out, "合计", sum);
        }
        return 0;
    }

    private static List<ModelFit.Question> collect(String set, List<KnowledgeEntry> extra) throws Exception {
        return Main.withTuningSet(set, extra, (snap, qs) -> {
            List<ModelFit.Question> collected = ModelFit.collect(snap.answerer(), qs);
            System.err.println("已收集 " + set.substring(set.indexOf('=') + 1) + "：" + qs.size() + " 题");
            return collected;
        });
    }

    private static String name(String set) {
        String file = set.substring(set.indexOf('=') + 1);
        return Path.of(file).getFileName().toString();
    }

    private void printHeader(PrintStream out, String last) {
        StringBuilder sb = new StringBuilder(pad("题组", 20));
        for (double t : thresholds) sb.append("  ").append(pad(String.format("阈值 %.2f", t), 16));
        if (last != null) sb.append("  ").append(last);
        out.println(sb.toString().stripTrailing());
    }

    private static void printRow(PrintStream out, String name, ModelFit.Tally[] row) {
        StringBuilder sb = new StringBuilder(pad(name, 20));
        for (ModelFit.Tally t : row) sb.append("  ").append(pad(t.right() + "/" + t.wrong() + "/" + t.outOfScopeAnswered(), 16));
        out.println(sb.toString().stripTrailing());
    }

    /** Pads to a width in terminal columns (a Chinese character takes two). */
    private static String pad(String s, int width) {
        int w = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
        return s + " ".repeat(Math.max(0, width - w));
    }
}
