package org.redengine.quiz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The quiz banks of a directory, one bank per {@code .csv} or {@code .xlsx} file, named by the file name
 * ({@code 党史基础.csv} → 党史基础). Banks reload when their files change; a file that fails to parse keeps its
 * previous version serving (and is reported), bad rows are left out and reported.
 */
public final class QuizBanks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuizBanks.class);

    private record Loaded(QuizBank bank, long modified, long size) {
    }

    private final Path dir;
    private final Map<String, Loaded> loaded = new HashMap<>();
    private volatile Map<String, QuizBank> banks = Map.of();
    private volatile Map<String, Question> byKey = Map.of();
    private volatile List<BankProblem> problems = List.of();
    private ScheduledExecutorService watcher;

    public QuizBanks(Path dir) {
        this.dir = dir;
    }

    public static String bankName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Reads new and changed files, drops deleted ones; returns the banks now serving. */
    public synchronized Map<String, QuizBank> reload() {
        List<BankProblem> found = new ArrayList<>();
        Map<String, Path> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(QuizBanks::isBankFile).forEach(p -> files.put(bankName(p), p));
            } catch (IOException e) {
                found.add(new BankProblem(dir.toString(), 0, "无法读取题库目录"));
            }
        }
        loaded.keySet().retainAll(files.keySet());
        for (Map.Entry<String, Path> e : files.entrySet()) {
            Path file = e.getValue();
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                Loaded previous = loaded.get(e.getKey());
                if (previous != null && previous.modified() == a.lastModifiedTime().toMillis() && previous.size() == a.size()) {
                    found.addAll(previous.bank().problems());
                    continue;
                }
                QuizBank bank = BankValidator.validate(e.getKey(), file.getFileName().toString(), BankRows.read(file));
                loaded.put(e.getKey(), new Loaded(bank, a.lastModifiedTime().toMillis(), a.size()));
                found.addAll(bank.problems());
                log.info("quiz bank {}: {} questions, {} rows left out", e.getKey(), bank.questions().size(), bank.problems().size());
            } catch (IOException ex) {
                String kept = loaded.containsKey(e.getKey()) ? "，继续使用上一版" : "";
                found.add(new BankProblem(file.getFileName().toString(), 0, ex.getMessage() + kept));
                log.warn("quiz bank {} could not be read: {}", file.getFileName(), ex.getMessage());
            }
        }
        Map<String, QuizBank> now = new TreeMap<>();
        loaded.forEach((name, l) -> now.put(name, l.bank()));
        Map<String, Question> keys = new HashMap<>();
        now.values().forEach(b -> b.questions().forEach(q -> keys.put(key(q), q)));
        banks = Map.copyOf(now);
        byKey = Map.copyOf(keys);
        problems = List.copyOf(found);
        return banks;
    }

    /** The outcome of installing an uploaded bank: the bank as read, or why it was refused. */
    public record Installed(QuizBank bank, String refusal) {
    }

    private static final java.util.regex.Pattern UPLOAD_NAME = java.util.regex.Pattern.compile("[\\p{IsHan}A-Za-z0-9_（）()·. -]{1,40}\\.(csv|xlsx)");

    /**
     * Installs an uploaded bank file ({@code NAME.csv} or {@code NAME.xlsx}) into the bank folder: read and checked
     * first, written whole (a temporary file moved into place) only when at least one question is valid, then
     * served at once. {@code replace}: whether it may replace a bank of the same name.
     */
    public synchronized Installed install(String fileName, byte[] content, boolean replace) throws IOException {
        if (fileName == null || !UPLOAD_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
            return new Installed(null, "文件名应为“题库名.csv”或“题库名.xlsx”，题库名最多 40 个字（汉字、字母、数字、空格和 _ - . ( )）");
        }
        String name = bankName(Path.of(fileName));
        boolean exists = banks.containsKey(name);
        if (exists && !replace) return new Installed(null, "已有同名题库“" + name + "”，只有管理员可以替换它；请换一个文件名");
        Files.createDirectories(dir);
        String ext = fileName.substring(fileName.lastIndexOf('.'));
        Path temp = dir.resolve(".upload-" + java.util.UUID.randomUUID() + ext);
        try {
            Files.write(temp, content);
            QuizBank bank;
            try {
                bank = BankValidator.validate(name, fileName, BankRows.read(temp));
            } catch (IOException e) {
                return new Installed(null, "题库文件读不了：" + e.getMessage());
            }
            if (bank.questions().isEmpty()) return new Installed(bank, "题库里没有一道合格的题，未作任何修改");
            // a bank of this name in the other format would shadow or be shadowed: the upload replaces both
            for (String other : List.of(".csv", ".xlsx")) {
                if (!other.equals(ext)) Files.deleteIfExists(dir.resolve(name + other));
            }
            Files.move(temp, dir.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            reload();
            return new Installed(banks.getOrDefault(name, bank), null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isBankFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.startsWith("~$") && (n.endsWith(".csv") || n.endsWith(".xlsx"));
    }

    /** A question's stable key: its bank and a hash of its stem (rows may move when a bank is edited). */
    public static String key(Question q) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1")
                    .digest(org.redengine.knowledge.TextNormalizer.normalize(q.stem()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return q.bank() + ":" + java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The question with this key, or null when its bank no longer has it. */
    public Question question(String key) {
        return byKey.get(key);
    }

    public Map<String, QuizBank> banks() {
        return banks;
    }

    public List<BankProblem> problems() {
        return problems;
    }

    /** Checks the directory for changes every {@code seconds} in the background. */
    public void watch(long seconds) {
        watcher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("quiz-watch").unstarted(r));
        watcher.scheduleWithFixedDelay(() -> {
            try {
                reload();
            } catch (RuntimeException e) {
                log.warn("quiz bank reload failed", e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (watcher != null) watcher.shutdownNow();
    }
}
