import org.redengine.knowledge.Answer;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeLoader;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.knowledge.eval.Distractors;
import org.redengine.knowledge.eval.EvalQuestion;
import org.redengine.knowledge.semantic.Semantics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-process answering latency per distinct question (no answer cache), on one thread: the bundled knowledge base
 * with the 9,370 distractor rows beside it, over every question of the dev set and the blind tuning and test halves,
 * after a warm-up on other questions (the tuning sets of kb2–kb5), as a server that has been answering for a while
 * would be: the caches of what the knowledge base's sentences hold are warm, but no question measured was asked
 * before.
 * Prints p50, p99 and max, with the semantic model on (as served) and, in the same run, off (lexical only), and
 * how many questions skipped the model (an FAQ question typed exactly).
 * Run: java -cp target/redengine.jar bench/AnswerLatency.java ROOT DISTRACTORS CACHE_DIR
 */
public class AnswerLatency {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Semantics.use(Path.of(args[2]));
        KnowledgeBase bundled = KnowledgeLoader.load(root.resolve("knowledge"));
        List<KnowledgeEntry> all = new ArrayList<>(bundled.entries());
        all.addAll(Distractors.fromChallengeBank(Path.of(args[1])));
        KnowledgeBase kb = new KnowledgeBase(all, bundled.synonyms(), List.of(), bundled.files() + 1, bundled.articles(), all.size());
        List<String> questions = new ArrayList<>();
        for (String f : List.of("src/test/resources/eval/dev.jsonl", "src/test/resources/eval/blind/tune.jsonl",
                "src/test/resources/eval/blind/test.jsonl")) {
            EvalQuestion.read(root.resolve(f)).forEach(q -> questions.add(q.question()));
        }
        List<String> warmUp = new ArrayList<>();
        for (String set : List.of("kb2", "kb3", "kb4", "kb5")) {
            EvalQuestion.read(root.resolve("src/test/resources/eval/blind/tune-" + set + ".jsonl")).forEach(q -> warmUp.add(q.question()));
        }
        warmUp.removeAll(questions);
        long t0 = System.nanoTime();
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, 0.5, 1, t0)) {
            System.out.printf("knowledge base: %d entries, built (with cached sentence vectors) in %d ms%n", all.size(), snap.buildMillis());
            for (String q : warmUp) snap.answerer().compute(q);
            report("semantic on", snap, questions);
        }
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, 0.5, 1, System.nanoTime())) {
            // the same knowledge base without the sentence model: the lexical path alone, for comparison
            Semantics.useNone();
            try (KnowledgeSnapshot lexical = KnowledgeService.build(kb, 0.5, 1, System.nanoTime())) {
                for (String q : warmUp) lexical.answerer().compute(q);
                report("semantic off", lexical, questions);
            }
        }
    }

    static void report(String name, KnowledgeSnapshot snap, List<String> questions) {
        long[] micros = new long[questions.size()];
        int semantic = 0;
        for (int i = 0; i < questions.size(); i++) {
            long s = System.nanoTime();
            Answer a = snap.answerer().compute(questions.get(i));
            micros[i] = (System.nanoTime() - s) / 1000;
            if (a.explanation().semantic()) semantic++;
        }
        Arrays.sort(micros);
        System.out.printf("%-13s %d questions: p50 %.2f ms, p99 %.2f ms, max %.2f ms; the sentence model consulted for %d%n", name,
                micros.length, micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0,
                micros[micros.length - 1] / 1000.0, semantic);
    }
}
