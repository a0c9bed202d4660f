package org.redengine.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index saved in the data directory: a restart with unchanged knowledge serves it without analysing a single entry
 * and answers exactly as before; files changed while the server was down are the only ones analysed; a save that
 * does not fit (other synonyms, other code) or is damaged is built again, never half used.
 */
class SavedIndexTest {

    @TempDir
    Path tmp;
    private Path kb;
    private Path saved;
    private Path faq;

    private static final List<String> QUESTIONS = List.of("遵义会议是哪一年召开的", "古田会议在哪里开的", "12号学习小组在哪里活动？",
            "什么是周汇朝学", "怎么减肥最快");

    @BeforeEach
    void knowledge() throws Exception {
        kb = TestKnowledge.write(tmp.resolve("kb"));
        saved = tmp.resolve("data/index");
        faq = kb.resolve("faq/小组.csv");
        StringBuilder rows = new StringBuilder("问题,答案,来源\n");
        for (int i = 0; i < 60; i++) rows.append(i).append("号学习小组在哪里活动？,").append(i).append("号学习小组在").append(i).append("号会议室活动。,《小组名册》\n");
        rows.append("古田会议是在哪里召开的？,古田会议于1929年12月在福建上杭古田召开。,《中国共产党简史》\n");
        Files.writeString(faq, rows, StandardCharsets.UTF_8);
    }

    private record Reply(String text, boolean confident, double confidence, String top) {
    }

    private static Map<String, Reply> answers(KnowledgeSnapshot s) {
        Map<String, Reply> out = new LinkedHashMap<>();
        for (String q : QUESTIONS) {
            Answer a = s.answerer().compute(q);
            out.put(q, new Reply(a.text(), a.confident(), a.confidence(), a.candidates().isEmpty() ? "" : a.candidates().get(0).excerpt()));
        }
        return out;
    }

    /** Starts a service on the knowledge directory with the saved index, loads it, and returns what it answered. */
    private Map<String, Reply> run(int expectAnalysed) throws Exception {
        try (KnowledgeService service = new KnowledgeService(kb, 0.5, saved)) {
            KnowledgeSnapshot s = service.reload();
            int size = s.base().entries().size();
            assertThat(s.answerer().index().analysed()).isEqualTo(expectAnalysed < 0 ? size : expectAnalysed);
            return answers(s);
        }
    }

    @Test
    void aRestartWithUnchangedKnowledgeAnalysesNothingAndAnswersExactlyAsBefore() throws Exception {
        Map<String, Reply> built = run(-1);
        assertThat(saved.resolve("current.properties")).exists();
        Map<String, Reply> restored = run(0);
        assertThat(restored).isEqualTo(built);
        assertThat(restored.get("遵义会议是哪一年召开的").text()).contains("1935");
        assertThat(restored.get("怎么减肥最快").confident()).isFalse();
        assertThat(run(0)).isEqualTo(built);
    }

    @Test
    void filesChangedWhileStoppedAreTheOnlyOnesAnalysed() throws Exception {
        run(-1);
        String text = Files.readString(faq, StandardCharsets.UTF_8)
                .replace("12号学习小组在12号会议室活动。", "12号学习小组改在301号会议室活动。")
                + "红井在哪里？,红井在江西瑞金沙洲坝。,《红色地名》\n";
        Files.writeString(faq, text, StandardCharsets.UTF_8);
        Map<String, Reply> after = run(2);
        assertThat(after.get("12号学习小组在哪里活动？").text()).contains("301号会议室");
        // that run saved its updated index when it closed: nothing is left to analyse
        Map<String, Reply> again = run(0);
        assertThat(again).isEqualTo(after);
        // and what it serves is what a full build of the same files serves
        try (KnowledgeSnapshot full = KnowledgeService.build(kb, 0.5, 1)) {
            Map<String, Reply> fresh = answers(full);
            for (String q : QUESTIONS) {
                assertThat(again.get(q).text()).as(q).isEqualTo(fresh.get(q).text());
                assertThat(again.get(q).confident()).as(q).isEqualTo(fresh.get(q).confident());
            }
        }
    }

    @Test
    void anEditWhileRunningIsSavedAtClose() throws Exception {
        try (KnowledgeService service = new KnowledgeService(kb, 0.5, saved)) {
            service.reload();
            Files.writeString(faq, "井冈山会师是哪一年？,1928年4月，朱德、陈毅率部与毛泽东领导的工农革命军在井冈山会师。,《中国共产党简史》\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertThat(service.reload().answerer().index().analysed()).isEqualTo(1);
        }
        try (KnowledgeService service = new KnowledgeService(kb, 0.5, saved)) {
            KnowledgeSnapshot s = service.reload();
            assertThat(s.answerer().index().analysed()).isZero();
            assertThat(s.answerer().compute("井冈山会师是哪一年").text()).contains("1928");
        }
    }

    @Test
    void otherSynonymsBuildAgain() throws Exception {
        run(-1);
        Files.writeString(kb.resolve("synonyms.txt"), "会师, 会合\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        run(-1);
        run(0); // the build was saved
    }

    @Test
    void aSaveMadeByOtherCodeIsBuiltAgain() throws Exception {
        run(-1);
        Path manifest = saved.resolve("current.properties");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replaceAll("code=[0-9a-f]+", "code=0123"), StandardCharsets.UTF_8);
        run(-1);
    }

    @Test
    void aDamagedSaveIsBuiltAgainAndReplaced() throws Exception {
        Map<String, Reply> built = run(-1);
        Path tables;
        try (var dirs = Files.list(saved)) {
            tables = dirs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("tables.bin");
        }
        byte[] bytes = Files.readAllBytes(tables);
        bytes[bytes.length / 2] ^= 0x5a; // one flipped byte in the middle: the checksum refuses it
        Files.write(tables, bytes);
        assertThat(run(-1)).isEqualTo(built);
        assertThat(tables.getParent()).as("the damaged save is deleted once a new one is in use").doesNotExist();
        assertThat(run(0)).isEqualTo(built);

        // a save torn short (a crash while writing it) is refused the same way
        try (var dirs = Files.list(saved)) {
            tables = dirs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("tables.bin");
        }
        byte[] whole = Files.readAllBytes(tables);
        Files.write(tables, java.util.Arrays.copyOf(whole, whole.length - 100));
        assertThat(run(-1)).isEqualTo(built);
    }
}
