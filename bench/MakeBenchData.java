import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark inputs, written under OUT:
 *   kb/           the bundled knowledge base plus FAQ rows from the public 学习强国 bank up to ENTRIES entries
 *   warmup.txt    request bodies for warming the JIT up, none of them in distinct.txt
 *   distinct.txt  request bodies, every question different (no answer-cache hits) and about a row of the knowledge
 *                 base: a member's words around the first 12, 14, 16 or 18 characters of the row's question (answerable)
 *   mix.txt       200,000 request bodies in a realistic repeat mix (80% from 50 popular questions, the rest each asked
 *                 once), none in distinct.txt
 * Run: java -cp target/redengine.jar bench/MakeBenchData.java KNOWLEDGE_DIR BANK_JSON OUT ENTRIES
 */
public class MakeBenchData {
    static final String BLANK = "\u00a0".repeat(8);
    static final String[] PREFIX = {"", "请问", "我想知道", "问一下", "请教一下", "谁知道"};
    static final String[] SUFFIX = {"？", "?", "", "呢？"};

    public static void main(String[] args) throws Exception {
        Path knowledge = Path.of(args[0]), bank = Path.of(args[1]), out = Path.of(args[2]);
        int entries = Integer.parseInt(args[3]);
        ObjectMapper mapper = new ObjectMapper();
        Path kb = out.resolve("kb");
        copyTree(knowledge, kb);
        int bundled = 0;
        try (var s = Files.walk(kb)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                bundled += (int) Files.readAllLines(p).stream().skip(1).filter(l -> !l.isBlank()).count();
            }
        }
        JsonNode root = mapper.readTree(bank.toFile());
        List<String> stems = new ArrayList<>(); // the questions of the bank rows in the knowledge base
        StringBuilder csv = new StringBuilder("问题,答案,来源\n");
        int faq = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String stem = e.getKey().split("\\|", -1)[0].strip();
            String answer = e.getValue().asText();
            if (stem.isEmpty()) continue;
            String question = stem.replace(BLANK, "（　）");
            if (bundled + faq < entries) {
                stems.add(question.replace("（　）", ""));
                String fact = stem.contains(BLANK) ? stem.replace(BLANK, answer) : stem + "答案：" + answer;
                csv.append(q(question)).append(',').append(q(fact)).append(",学习强国挑战答题题库\n");
                faq++;
            }
        }
        Files.writeString(kb.resolve("faq/bench-xxqg.csv"), csv.toString(), StandardCharsets.UTF_8);
        Random random = new Random(42);
        java.util.Set<String> variants = new java.util.LinkedHashSet<>(); // a few rows share a question
        for (int length : LENGTHS) for (String p : PREFIX) for (String s : SUFFIX) for (String stem : stems) variants.add(p + trim(stem, length) + s);
        List<String> distinct = new ArrayList<>(variants);
        java.util.Collections.shuffle(distinct, random);
        // three disjoint parts: the warm-up's, the mix's and the distinct run's questions, so that neither measured run
        // finds answers another run left in the cache
        int warmup = Math.min(30_000, distinct.size() / 5), mixPool = Math.min(40_000, distinct.size() / 4);
        write(mapper, out.resolve("warmup.txt"), distinct.subList(0, warmup));
        List<String> forMix = distinct.subList(warmup, warmup + mixPool);
        distinct = new ArrayList<>(distinct.subList(warmup + mixPool, distinct.size()));
        write(mapper, out.resolve("distinct.txt"), distinct);
        List<String> popular = forMix.subList(0, 50);
        // long enough that wrk does not wrap around at a few thousand requests a second (a wrapped file would find
        // its once-asked fifth in the cache); that fifth is drawn without replacement, so each is asked once
        List<String> mix = new ArrayList<>();
        int fresh = 50;
        for (int i = 0; i < 200_000; i++) {
            if (random.nextDouble() < 0.8) {
                mix.add(popular.get((int) Math.min(49, Math.abs(random.nextGaussian()) * 12)));
            } else {
                mix.add(forMix.get(fresh));
                fresh = fresh + 1 < forMix.size() ? fresh + 1 : 50;
            }
        }
        write(mapper, out.resolve("mix.txt"), mix);
        System.out.printf("knowledge base: %d bundled FAQ + %d bank rows (+ articles); %d distinct questions%n", bundled, faq, distinct.size());
    }

    /** How much of a row's question a member types: about as long as a member's question (13 characters on average in the dev set). */
    static final int[] LENGTHS = {12, 14, 16, 18};

    static String trim(String s, int length) {
        s = s.strip();
        return s.length() > length ? s.substring(0, length) : s;
    }

    static String q(String s) {
        return "\"" + s.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }

    static void write(ObjectMapper mapper, Path file, List<String> questions) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String question : questions) {
                ObjectNode n = mapper.createObjectNode().put("user", "bench-" + (i++ % 500)).put("name", "压测").put("text", question);
                w.write(mapper.writeValueAsString(n));
                w.newLine();
            }
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
