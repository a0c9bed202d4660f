package org.redengine.quiz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public 学习强国 challenge bank ({@code {"stem|option|option…": "correct option"}}, see
 * ../shared/data/SOURCES.md) into questions: single choice, or true/false when the options are 正确/错误. Blanks
 * (eight no-break spaces) become （　）. Every question keeps the bank's attribution and the book its stem cites.
 */
public final class ChallengeBankImport {

    public static final String ATTRIBUTION = "学习强国挑战答题题库（github.com/mondayfirst/XXQG_TiKu，GPL-3.0）";
    private static final String BLANK = "\u00a0".repeat(8);
    private static final Pattern CITED = Pattern.compile("来源[:：]\\s*(《[^》]+》)");

    /** Which questions to keep: any of the keywords in the stem or options, and the cited source containing text. */
    public record Filter(List<String> keywords, String citedSource) {
        public static final Filter ALL = new Filter(List.of(), null);

        boolean accepts(String stem, List<String> options) {
            if (citedSource != null && !citedSource.isBlank()) {
                Matcher m = CITED.matcher(stem);
                if (!m.find() || !m.group(1).contains(citedSource)) return false;
            }
            if (keywords.isEmpty()) return true;
            String all = stem + " " + String.join(" ", options);
            for (String k : keywords) if (all.contains(k)) return true;
            return false;
        }
    }

    /** Questions read, and entries skipped with their reasons. */
    public record Result(List<Question> questions, List<BankProblem> skipped, int read) {
    }

    private ChallengeBankImport() {
    }

    public static Result read(Path file, String bank, Filter filter, IntConsumer progress) throws IOException {
        List<Question> out = new ArrayList<>();
        List<BankProblem> skipped = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        int read = 0;
        String name = file.getFileName().toString();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("不是挑战答题题库格式：应为一个 JSON 对象");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                String correct = p.getValueAsString();
                read++;
                if (read % 1000 == 0) progress.accept(read);
                String[] parts = key.split("\\|", -1);
                String stem = parts[0].strip().replace(BLANK, "（　）");
                List<String> options = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) if (!parts[i].isBlank()) options.add(parts[i].strip());
                String reason = reasonToSkip(stem, options, correct);
                if (reason != null) {
                    skipped.add(new BankProblem(name, read, reason));
                    continue;
                }
                if (!filter.accepts(stem, options)) continue;
                // the bank holds some stems twice with other option sets; a bank keeps one version of a stem
                if (!stems.add(org.redengine.knowledge.TextNormalizer.normalize(stem))) {
                    skipped.add(new BankProblem(name, read, "题干重复（保留第一个版本）"));
                    continue;
                }
                out.add(toQuestion(bank, read, stem, options, correct));
            }
        }
        progress.accept(read);
        return new Result(out, skipped, read);
    }

    private static String reasonToSkip(String stem, List<String> options, String correct) {
        if (stem.isEmpty()) return "题干为空";
        if (options.size() < 2) return "选项少于两个";
        if (options.size() > 6) return "选项多于六个";
        if (correct == null || !options.contains(correct)) return "答案不在选项中";
        return null;
    }

    private static Question toQuestion(String bank, int row, String stem, List<String> options, String correct) {
        Matcher m = CITED.matcher(stem);
        String source = m.find() ? ATTRIBUTION + "；原题出处" + m.group(1) : ATTRIBUTION;
        Set<String> tf = new HashSet<>(options);
        if (options.size() == 2 && tf.equals(Set.of("正确", "错误"))) {
            String answer = correct.equals("正确") ? "对" : "错";
            return new Question(bank, row, QuestionType.TRUE_FALSE, stem, List.of(), answer,
                    "正确答案：" + correct + "。", "", "", source);
        }
        String letter = String.valueOf((char) ('A' + options.indexOf(correct)));
        return new Question(bank, row, QuestionType.SINGLE, stem, options, letter,
                "正确答案：" + correct + "。", "", "", source);
    }
}
