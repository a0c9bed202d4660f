package org.redengine.quiz;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuizBankTest {

    static final String HEADER = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n";
    static final String GOOD = HEADER
            + "单选,遵义会议是哪一年召开的？,1934年,1935年,1936年,,,,B,遵义会议于1935年1月召开。,长征,易,《简史》\n"
            + "多选,三大战役包括哪些？,辽沈战役,淮海战役,平津战役,渡江战役,,,ABC,三大战役是辽沈、淮海、平津战役。,解放战争,中,《简史》\n"
            + "判断,中共一大在上海开幕。,,,,,,,对,中共一大1921年7月23日在上海开幕。,建党,易,《简史》\n"
            + "填空,红船停泊在浙江嘉兴（　）。,,,,,,,南湖|嘉兴南湖,红船在嘉兴南湖。,建党,易,《简史》\n";

    @TempDir
    Path dir;

    private QuizBank load(String name, String csv) throws Exception {
        Path f = Files.writeString(dir.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        return BankValidator.validate(name, f.getFileName().toString(), BankRows.read(f));
    }

    @Test
    void allFourTypesLoad() throws Exception {
        QuizBank bank = load("党史基础", GOOD);
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions()).extracting(Question::type)
                .containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.FILL_IN);
        assertThat(bank.questions().get(0).answerText()).isEqualTo("B. 1935年");
        assertThat(bank.questions().get(1).options()).hasSize(4);
        assertThat(bank.questions().get(3).options()).isEmpty();
    }

    @Test
    void answersAreCheckedLeniently() throws Exception {
        List<Question> q = load("b", GOOD).questions();
        assertThat(q.get(0).isCorrect("b")).isTrue();
        assertThat(q.get(0).isCorrect("Ｂ")).isTrue();
        assertThat(q.get(0).isCorrect("A")).isFalse();
        assertThat(q.get(1).isCorrect("c a b")).isTrue();
        assertThat(q.get(1).isCorrect("ＡＣＢ")).isTrue();
        assertThat(q.get(1).isCorrect("AB")).isFalse();
        assertThat(q.get(2).isCorrect("√")).isTrue();
        assertThat(q.get(2).isCorrect("正确")).isTrue();
        assertThat(q.get(2).isCorrect("×")).isFalse();
        assertThat(q.get(3).isCorrect(" 南湖 ")).isTrue();
        assertThat(q.get(3).isCorrect("嘉兴南湖。")).isTrue();
        assertThat(q.get(3).isCorrect("西湖")).isFalse();
        assertThat(q.get(3).isCorrect("")).isFalse();
    }

    @Test
    void badRowsAreReportedWithRowAndReasonAndTheRestLoads() throws Exception {
        QuizBank bank = load("坏", HEADER
                + "问答,什么？,,,,,,,甲,解析,,,\n"
                + "单选,选项不够？,只有一个,,,,,,A,解析,,,\n"
                + "单选,答案越界？,甲,乙,,,,,C,解析,,,\n"
                + "单选,两个答案？,甲,乙,丙,,,,AB,解析,,,\n"
                + "多选,只一个答案？,甲,乙,丙,,,,A,解析,,,\n"
                + "判断,判断答案不对。,,,,,,,也许,解析,,,\n"
                + "填空,没有解析（　）。,,,,,,,甲,,,,\n"
                + ",没有题型,,,,,,,甲,解析,,,\n"
                + "单选,,甲,乙,,,,,A,解析,,,\n"
                + "单选,好题？,甲,乙,,,,,A,解析,,,\n"
                + "单选,好题？,甲,乙,,,,,B,解析,,,\n");
        assertThat(bank.questions()).extracting(Question::stem).containsExactly("好题？");
        assertThat(bank.problems()).extracting(BankProblem::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 12);
        assertThat(bank.problems().get(0).reason()).contains("未知题型");
        assertThat(bank.problems().get(2).reason()).contains("没有对应的选项");
        assertThat(bank.problems().get(9).reason()).isEqualTo("题干重复");
        assertThat(bank.problems().get(0).toString()).isEqualTo("坏.csv 第2行：未知题型“问答”（应为单选、多选、判断或填空）");
    }

    @Test
    void gb18030AndXlsxFilesLoadToo() throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, GOOD.getBytes(org.redengine.knowledge.TextFiles.GB18030));
        assertThat(BankValidator.validate("gbk", "gbk.csv", BankRows.read(gbk)).questions()).hasSize(4);

        Path xlsx = dir.resolve("表格.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("题库");
            String[][] rows = {
                    HEADER.strip().split(","),
                    {"单选", "新中国是哪一年成立的？", "1949年", "1950年", "", "", "", "", "A", "1949年10月1日新中国成立。", "新中国", "易", "《简史》"},
                    {"判断", "七七事变发生在1937年。", "", "", "", "", "", "", "正确", "七七事变发生在1937年7月7日。", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            book.write(out);
        }
        QuizBank fromExcel = BankValidator.validate("表格", "表格.xlsx", BankRows.read(xlsx));
        assertThat(fromExcel.problems()).isEmpty();
        assertThat(fromExcel.questions()).extracting(Question::answer).containsExactly("A", "对");
        assertThat(fromExcel.questions().get(0).row()).isEqualTo(2);
    }

    @Test
    void aDirectoryReloadsChangedFilesAndKeepsTheLastGoodVersionOfABrokenOne() throws Exception {
        Path bankDir = dir.resolve("quizzes");
        Files.createDirectories(bankDir);
        Path file = Files.writeString(bankDir.resolve("党史基础.csv"), GOOD, StandardCharsets.UTF_8);
        try (QuizBanks banks = new QuizBanks(bankDir)) {
            assertThat(banks.reload()).containsOnlyKeys("党史基础");
            Files.writeString(file, "题型,题干\n\"没有结束的引号\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertThat(banks.reload().get("党史基础").questions()).as("previous version keeps serving").hasSize(4);
            assertThat(banks.problems()).anySatisfy(p -> assertThat(p.reason()).contains("继续使用上一版"));
            Files.writeString(file, GOOD.replace("遵义会议是哪一年召开的？", "遵义会议在哪里召开？"), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10000));
            assertThat(banks.reload().get("党史基础").questions().get(0).stem()).isEqualTo("遵义会议在哪里召开？");
            Files.delete(file);
            assertThat(banks.reload()).isEmpty();
        }
    }

    @Test
    void writtenBanksReadBackTheSameAndOpenInExcel() throws Exception {
        List<Question> questions = load("x", GOOD).questions();
        Path out = dir.resolve("out/写出.csv");
        BankWriter.write(out, questions);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xff).as("UTF-8 byte-order mark for Excel").isEqualTo(0xEF);
        QuizBank again = BankValidator.validate("写出", "写出.csv", BankRows.read(out));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).extracting(Question::stem, Question::answer, Question::explanation)
                .containsExactlyElementsOf(questions.stream().map(q -> org.assertj.core.groups.Tuple.tuple(q.stem(), q.answer(), q.explanation())).toList());
    }

    @Test
    void thePublicChallengeBankImportsWithItsAttributionAndAFilter() throws Exception {
        Path shared = TestKnowledge.shared();
        Path json = shared == null ? null : shared.resolve("data/xxqg_challenge_tiku.json");
        Assumptions.assumeTrue(json != null && Files.isRegularFile(json), "跳过：没有 ../shared/data/xxqg_challenge_tiku.json");
        ChallengeBankImport.Result all = ChallengeBankImport.read(json, "全部", ChallengeBankImport.Filter.ALL, n -> { });
        assertThat(all.read()).isEqualTo(9370);
        assertThat(all.questions().size() + all.skipped().size()).isEqualTo(9370);
        assertThat(all.questions()).allSatisfy(q -> assertThat(q.source()).startsWith(ChallengeBankImport.ATTRIBUTION));
        assertThat(all.questions()).anySatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE));
        assertThat(all.questions()).noneSatisfy(q -> assertThat(q.stem()).contains("\u00a0\u00a0\u00a0\u00a0"));
        ChallengeBankImport.Result party = ChallengeBankImport.read(json, "党史",
                new ChallengeBankImport.Filter(List.of(), "中国共产党简史"), n -> { });
        assertThat(party.questions()).hasSizeGreaterThan(150).allSatisfy(q -> {
            assertThat(q.stem()).contains("中国共产党简史");
            assertThat(q.source()).contains("《中国共产党简史》");
        });
        ChallengeBankImport.Result longMarch = ChallengeBankImport.read(json, "长征",
                new ChallengeBankImport.Filter(List.of("长征", "遵义"), null), n -> { });
        assertThat(longMarch.questions()).isNotEmpty().allSatisfy(q ->
                assertThat(q.stem() + String.join("", q.options())).containsAnyOf("长征", "遵义"));
        // written out and read back as a bank, every question survives validation
        Path out = dir.resolve("党史.csv");
        BankWriter.write(out, party.questions());
        assertThat(BankValidator.validate("党史", "党史.csv", BankRows.read(out)).questions()).hasSameSizeAs(party.questions());
    }
}
