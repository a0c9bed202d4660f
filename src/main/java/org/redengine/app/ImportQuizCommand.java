package org.redengine.app;

import org.redengine.quiz.BankProblem;
import org.redengine.quiz.BankRows;
import org.redengine.quiz.BankValidator;
import org.redengine.quiz.BankWriter;
import org.redengine.quiz.ChallengeBankImport;
import org.redengine.quiz.Question;
import org.redengine.quiz.QuizBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code import-quiz FILE --bank NAME}: writes a bank (CSV, XLSX, or the public 学习强国 JSON bank) into the quizzes directory. */
@Command(name = "import-quiz", mixinStandardHelpOptions = true,
        description = "把题库文件（CSV、XLSX 或学习强国挑战答题题库 JSON）导入题库目录，显示进度和导入结果。")
final class ImportQuizCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "要导入的题库文件")
    Path file;
    @Option(names = "--bank", required = true, paramLabel = "NAME", description = "题库名称（保存为 NAME.csv）")
    String bank;
    @Option(names = "--quizzes", paramLabel = "DIR", description = "题库目录（默认：数据目录下的 quizzes，即服务使用的题库）")
    Path quizzes;
    @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）")
    Path data = Path.of("data");
    @Option(names = "--keyword", paramLabel = "词", description = "只导入题干或选项含有这些词之一的题目（可重复）；仅用于 JSON 题库")
    List<String> keywords = new ArrayList<>();
    @Option(names = "--cited-source", paramLabel = "书名", description = "只导入题干注明的来源含有这个书名的题目，例如 中国共产党简史；仅用于 JSON 题库")
    String citedSource;

    @Override
    public Integer call() throws Exception {
        if (bank.isBlank() || bank.matches(".*[/\\\\:*?\"<>|].*")) {
            System.err.println("题库名称不能为空，也不能含有 / \\ : * ? \" < > |");
            return 2;
        }
        long start = System.nanoTime();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Question> questions;
        List<BankProblem> skipped;
        int read;
        if (name.endsWith(".json")) {
            ChallengeBankImport.Result r = ChallengeBankImport.read(file, bank,
                    new ChallengeBankImport.Filter(keywords, citedSource), n -> System.out.print("\r已读取 " + n + " 题…"));
            System.out.println();
            questions = r.questions();
            skipped = r.skipped();
            read = r.read();
        } else {
            List<BankRows.Row> rows = BankRows.read(file);
            QuizBank b = BankValidator.validate(bank, file.getFileName().toString(), rows);
            questions = b.questions();
            skipped = b.problems();
            read = rows.size();
        }
        // the server's live banks (seeded from the bundled ones first, so importing never hides them), never the checkout
        Path dir = quizzes != null ? quizzes : LiveContent.sync(data, "quizzes").live();
        java.nio.file.Files.createDirectories(dir);
        Path target = dir.resolve(bank + ".csv");
        BankWriter.write(target, questions);
        System.out.printf("导入完成：读取 %d 题，导入 %d 题，跳过 %d 题，用时 %.1f 秒 → %s%n", read, questions.size(), skipped.size(),
                (System.nanoTime() - start) / 1e9, target);
        Map<String, Integer> reasons = new LinkedHashMap<>();
        skipped.forEach(p -> reasons.merge(p.reason(), 1, Integer::sum));
        reasons.forEach((reason, count) -> System.out.println("  跳过原因：" + reason + " × " + count));
        skipped.stream().limit(20).forEach(p -> System.out.println("  " + p));
        if (skipped.size() > 20) System.out.println("  ……另有 " + (skipped.size() - 20) + " 条");
        return 0;
    }
}
