package org.redengine.knowledge;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a knowledge directory: articles ({@code .md}, {@code .txt}), FAQ files ({@code .csv}) and the synonym
 * file ({@code synonyms.txt} at the top). A broken file or row is reported with file, line and reason and left
 * out; everything else loads. A file is used whole or not at all.
 */
public final class KnowledgeLoader {

    public static final String SYNONYMS_FILE = "synonyms.txt";

    private KnowledgeLoader() {
    }

    public static KnowledgeBase load(Path dir) throws IOException {
        List<FileLoad> loaded = new ArrayList<>();
        Path root = dir.toRealPath();
        for (Path path : files(dir)) loaded.add(loadFile(root, dir, path));
        return assemble(loaded);
    }

    /** What one file gave: its entries (or the synonyms), the problems found, and whether it counts as a file. */
    public record FileLoad(String file, List<KnowledgeEntry> entries, Synonyms synonyms, List<LoadProblem> problems,
                           boolean counts, boolean article) {
    }

    /** The files a load reads, in the order it reads them (hidden and editor backup files left out). */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isHidden(dir.relativize(p))).sorted().toList();
        }
    }

    /** The path of a file relative to the knowledge directory, with forward slashes. */
    public static String relative(Path dir, Path path) {
        return dir.relativize(path).toString().replace('\\', '/');
    }

    /** Reads and parses one file of the knowledge directory ({@code root}: the directory's real path). */
    public static FileLoad loadFile(Path root, Path dir, Path path) {
        String rel = relative(dir, path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        List<LoadProblem> problems = new ArrayList<>();
        if (!TextFiles.inside(root, path)) {
            // a symbolic link out of the folder must not turn /etc/… or another app's files into answers
            problems.add(new LoadProblem(rel, 0, "符号链接指向知识库目录之外，已拒绝"));
            return new FileLoad(rel, List.of(), null, problems, false, false);
        }
        try {
            if (rel.equals(SYNONYMS_FILE)) {
                Synonyms synonyms = Synonyms.parse(rel, TextFiles.read(path).lines().toList(), problems);
                return new FileLoad(rel, List.of(), synonyms, problems, true, false);
            } else if (name.endsWith(".md") || name.endsWith(".txt")) {
                List<KnowledgeEntry> passages = parseArticle(rel, TextFiles.read(path), problems);
                return new FileLoad(rel, passages, null, problems, !passages.isEmpty(), true);
            } else if (name.endsWith(".csv")) {
                List<KnowledgeEntry> rows = parseFaq(rel, TextFiles.read(path), problems);
                return new FileLoad(rel, rows, null, problems, !rows.isEmpty(), false);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new LoadProblem(rel, 0, "无法读取：" + describe(e)));
        }
        return new FileLoad(rel, List.of(), null, problems, false, false);
    }

    /** The knowledge base made of loaded files, in the order given. */
    public static KnowledgeBase assemble(java.util.Collection<FileLoad> loaded) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Synonyms synonyms = Synonyms.NONE;
        int files = 0, articles = 0, faqs = 0;
        for (FileLoad f : loaded) {
            problems.addAll(f.problems());
            if (f.synonyms() != null) synonyms = f.synonyms();
            entries.addAll(f.entries());
            if (!f.counts()) continue;
            files++;
            if (f.article()) articles++;
            else if (f.synonyms() == null) faqs += f.entries().size();
        }
        // the other names of people the entries themselves state (人们称她“江姐”) are synonyms too
        Synonyms all = Synonyms.builtIn().with(synonyms).with(TextAliases.learn(entries));
        return new KnowledgeBase(entries, all, problems, files, articles, faqs);
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("~$") || s.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "文件编码既不是 UTF-8 也不是 GB18030";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    // ---- articles ----

    public static List<KnowledgeEntry> parseArticle(String file, String text, List<LoadProblem> problems) {
        List<String> lines = ArticleText.clean(text.lines().toList());
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            problems.add(new LoadProblem(file, 0, "文章是空的"));
            return List.of();
        }
        String title = cleanInline(lines.get(i).strip().replaceFirst("^#+\\s*", ""));
        if (title.isEmpty()) {
            problems.add(new LoadProblem(file, i + 1, "第一行应当是文章标题"));
            return List.of();
        }
        i++;
        String source = null;
        List<String> tags = List.of();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip().replaceFirst("^>\\s*", "");
            if (line.isEmpty()) {
                break;
            }
            String[] meta = line.split("[:：]", 2);
            if (meta.length == 2 && meta[0].strip().equals("来源")) {
                source = meta[1].strip();
            } else if (meta.length == 2 && meta[0].strip().equals("标签")) {
                tags = splitTags(meta[1]);
            } else {
                break;
            }
        }
        if (source == null || source.isEmpty()) {
            source = "《" + title + "》";
        }
        List<KnowledgeEntry> out = new ArrayList<>();
        String section = null;
        StringBuilder paragraph = new StringBuilder();
        // where the paragraph's lines end in it, for a headline copied above the story in pieces
        List<Integer> lineEnds = new ArrayList<>();
        int paragraphLine = i + 1;
        for (; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            boolean heading = line.startsWith("#");
            if (line.isEmpty() || heading) {
                addPassages(file, title, section, withoutHeadline(paragraph.toString(), lineEnds, title), source, tags, paragraphLine, out);
                paragraph.setLength(0);
                lineEnds.clear();
                paragraphLine = i + 2;
                if (heading) {
                    section = cleanInline(line.replaceFirst("^#+\\s*", ""));
                }
                continue;
            }
            paragraph.append(cleanInline(line.replaceFirst("^([-*+]|\\d+[.、)]|>)\\s+", "")));
            lineEnds.add(paragraph.length());
        }
        if (out.isEmpty()) {
            problems.add(new LoadProblem(file, 0, "文章《" + title + "》没有正文"));
        }
        return out;
    }

    private static void addPassages(String file, String title, String section, String paragraph, String source,
                                    List<String> tags, int line, List<KnowledgeEntry> out) {
        if (repeatsTheTitle(paragraph, title)) return;
        List<String> sentences = RelativeYears.tellMonthYears(Sentences.split(paragraph));
        String fullTitle = section == null || section.isEmpty() ? title : title + " · " + section;
        for (int s = 0; s < sentences.size(); s++) {
            int from = Math.max(0, s - 1);
            // a first sentence that opens with 她 or 同年 says whom or when only in the one before: keep that one too, so
            // an answer drawn from it can say it
            if (from > 0 && from < s && Answerer.pointsBack(sentences.get(from))) from--;
            int to = Math.min(sentences.size(), s + 2);
            out.add(new KnowledgeEntry("article:" + file + ":" + line + ":" + s, KnowledgeEntry.Kind.ARTICLE,
                    fullTitle, sentences.subList(from, to), s - from, source, file, tags));
        }
    }

    /**
     * The paragraph without the headline a page copied without blank lines repeats above its story, on lines of its own
     * (青石巷社区党员 / 学习 / 时传祥精神, then 本报讯…): whole lines that together are the title. Glued to the story's first
     * sentence, it would make that sentence match every question about the page. A title opening a line of the story
     * (时传祥1915年出生…) is the sentence's subject and stays.
     */
    static String withoutHeadline(String paragraph, List<Integer> lineEnds, String title) {
        String t = title.replaceAll("[\\s\u3000]+", "");
        if (t.length() < 2) return paragraph;
        // the headline without its subtitle (重温红手印 感悟改革路——东湖街道党员群众走进…: the page repeats the first part)
        Matcher sub = SUBTITLE_MARK.matcher(title);
        String main = sub.find() ? title.substring(0, sub.start()).replaceAll("[\\s\u3000]+", "") : t;
        for (int k = 0; k + 1 < lineEnds.size(); k++) {
            String head = paragraph.substring(0, lineEnds.get(k)).replaceAll("[\\s\u3000]+", "");
            if (head.equals(t) || (head.equals(main) && main.length() >= MAIN_HEADLINE_CHARS)) return paragraph.substring(lineEnds.get(k));
            if (head.length() >= t.length()) break;
        }
        return paragraph;
    }

    /** Where a headline's subtitle begins. */
    private static final Pattern SUBTITLE_MARK = Pattern.compile("——|—|[:：]");
    /** The shortest main part of a headline read as one repeated above the story. */
    private static final int MAIN_HEADLINE_CHARS = 4;

    /**
     * A paragraph that only repeats the headline, as a page copied from a newspaper does under its title line (the
     * headline's parts again, in another order or with one of them left out): no passage of its own, or it would be
     * found for every question about the article's subject and answer none of them. Told by reading it as runs of
     * the title's text: nearly all of it must be.
     */
    static boolean repeatsTheTitle(String paragraph, String title) {
        String p = paragraph.replaceAll("[\\s\u3000]+", "");
        if (p.length() < 2 || p.length() > HEADLINE_CHARS) return false;
        String t = title.replaceAll("[\\s\u3000]+", "");
        int elsewhere = 0;
        for (int k = 0; k < p.length(); ) {
            int run = 0;
            while (k + run < p.length() && t.contains(p.substring(k, k + run + 1))) run++;
            if (run >= 2) {
                k += run;
            } else {
                if (!TextNormalizer.isPunctuationOrSpace(p.charAt(k))) elsewhere++;
                k++;
            }
        }
        return elsewhere <= NOT_IN_TITLE * p.length();
    }

    /** The longest paragraph read as a repeated headline. */
    private static final int HEADLINE_CHARS = 120;
    /** The share of a headline repeated under the title that may be found nowhere in the title. */
    private static final double NOT_IN_TITLE = 0.1;

    private static String cleanInline(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").strip();
    }

    static List<String> splitTags(String s) {
        return Arrays.stream(s.split("[;；,，、\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    // ---- FAQ files ----

    private static final Map<String, String> HEADER_ALIASES = Map.of(
            "问题", "q", "question", "q", "答案", "a", "answer", "a",
            "来源", "s", "source", "s", "标签", "t", "tags", "t", "范围", "g", "scope", "g");

    public static List<KnowledgeEntry> parseFaq(String file, String text, List<LoadProblem> problems) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        List<KnowledgeEntry> out = new ArrayList<>();
        List<LoadProblem> rowProblems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int q = -1, a = -1, s = -1, t = -1, g = -1;
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (header) {
                    for (int c = 0; c < record.size(); c++) {
                        String role = HEADER_ALIASES.get(record.get(c).strip().toLowerCase(Locale.ROOT));
                        if (role == null) continue;
                        switch (role) {
                            case "q" -> q = c;
                            case "a" -> a = c;
                            case "s" -> s = c;
                            case "g" -> g = c;
                            default -> t = c;
                        }
                    }
                    if (q < 0 || a < 0) {
                        problems.add(new LoadProblem(file, 1, "问答文件的第一行必须是表头：问题,答案[,来源,标签]"));
                        return List.of();
                    }
                    header = false;
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String question = field(record, q), answer = field(record, a);
                if (question.isEmpty() || answer.isEmpty()) {
                    rowProblems.add(new LoadProblem(file, line, question.isEmpty() ? "缺少问题" : "缺少答案"));
                    continue;
                }
                String source = field(record, s);
                if (source.isEmpty()) {
                    source = "知识库问答（" + file + "）";
                }
                out.add(new KnowledgeEntry("faq:" + file + ":" + line, KnowledgeEntry.Kind.FAQ, question,
                        List.of(FaqAnswers.standAlone(question, answer)), 0, source, file, splitTags(field(record, t)),
                        field(record, g)));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new LoadProblem(file, 0, "CSV 格式错误：" + describe(e)));
            return List.of();
        }
        problems.addAll(rowProblems);
        return out;
    }

    private static String field(CSVRecord record, int column) {
        // a cell the editor neutralised against formula injection ('=…) stands for its text (=…)
        return column >= 0 && column < record.size() ? org.redengine.security.FormulaCells.restore(record.get(column).strip()) : "";
    }
}
