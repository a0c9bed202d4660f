package org.redengine.knowledge.edit;

import org.redengine.storage.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeLoader;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.LoadProblem;
import org.redengine.knowledge.TextFiles;
import org.redengine.storage.AtomicFiles;
import org.redengine.storage.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Edits the knowledge base for admins. The knowledge directory stays a complete copy of the knowledge base: every
 * change rewrites a file there (atomically) and is recorded in the database first, with who, when, what, and the
 * content before and after, so it can be rolled back. The new content is checked before anything is written (a bad
 * change or upload changes nothing), and the index is rebuilt and swapped at once, so the bot serves the change as
 * soon as the call returns, without a restart or a failed request.
 */
public final class KnowledgeEditor {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KnowledgeEditor.class);

    /** The FAQ file that entries added through the API or chat go to, unless another is named. */
    public static final String DEFAULT_FAQ_FILE = "faq/管理员维护.csv";
    /** The largest file an edit or upload may write (characters); larger ones are refused with 413. */
    public static final int MAX_FILE_CHARS = 8_000_000;

    /** A recorded change. */
    public record Change(long id, long at, String who, String action, String file, String summary, Long rolledBackBy,
                         long reloadMillis) {
    }

    /** A change that cannot be made; says why, in Chinese. */
    public static final class EditException extends RuntimeException {
        private final int status;

        public EditException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long VERSION_LOCK = 0x5245_4B42_0000_0001L; // "REKB" 1

    private final Path dir;
    private final KnowledgeService knowledge;
    private final Database db;
    private final Clock clock;
    private volatile KnowledgeSync sync;

    public KnowledgeEditor(Path dir, KnowledgeService knowledge, Database db, Clock clock) {
        this.dir = dir;
        this.knowledge = knowledge;
        this.db = db;
        this.clock = clock;
    }

    // ---- FAQ entries ----

    /** A FAQ file's rows as written (the answer as the admin wrote it, tags, scope); empty when it cannot be read. */
    public List<FaqRow> faqRows(String file) {
        try {
            return FaqFiles.read(readOrNull(checkPath(file, ".csv")));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public synchronized Change addFaq(String file, FaqRow row, String who) {
        catchUp();
        String target = file == null || file.isBlank() ? DEFAULT_FAQ_FILE : checkPath(file, ".csv");
        check(row);
        List<FaqRow> rows = new ArrayList<>(FaqFiles.read(readOrNull(target)));
        if (indexOf(rows, row.question()) >= 0) throw new EditException(409, "已有同样的问题：" + row.question());
        rows.add(row);
        return apply(target, FaqFiles.write(rows), "add", who, "添加问答：" + row.question(), entryJson(null, row));
    }

    public synchronized Change editFaq(String file, String question, FaqRow row, String who) {
        catchUp();
        String target = checkPath(file, ".csv");
        check(row);
        List<FaqRow> rows = new ArrayList<>(FaqFiles.read(existing(target)));
        int i = indexOf(rows, question);
        if (i < 0) throw new EditException(404, "没有找到这个问题：" + question);
        if (!row.question().equals(question) && indexOf(rows, row.question()) >= 0) {
            throw new EditException(409, "已有同样的问题：" + row.question());
        }
        FaqRow before = rows.set(i, row);
        return apply(target, FaqFiles.write(rows), "edit", who, "修改问答：" + row.question(), entryJson(before, row));
    }

    public synchronized Change deleteFaq(String file, String question, String who) {
        catchUp();
        String target = checkPath(file, ".csv");
        List<FaqRow> rows = new ArrayList<>(FaqFiles.read(existing(target)));
        int i = indexOf(rows, question);
        if (i < 0) throw new EditException(404, "没有找到这个问题：" + question);
        FaqRow before = rows.remove(i);
        return apply(target, FaqFiles.write(rows), "delete", who, "删除问答：" + question, entryJson(before, null));
    }

    // ---- articles and whole files ----

    public synchronized Change putArticle(String file, String text, String who) {
        catchUp();
        String target = checkPath(file, ".md", ".txt");
        boolean exists = Files.exists(dir.resolve(target));
        return apply(target, text, exists ? "edit" : "add", who, (exists ? "修改文章：" : "添加文章：") + target, "");
    }

    public synchronized Change deleteFile(String file, String who) {
        catchUp();
        String target = checkPath(file, ".md", ".txt", ".csv");
        existing(target);
        return apply(target, null, "delete", who, "删除文件：" + target, "");
    }

    /** An uploaded .md, .txt, .csv, .xlsx or .docx file, converted and checked; replaces a file of the same name. */
    public synchronized Change upload(String name, byte[] bytes, String who) {
        catchUp();
        Uploads.Converted c;
        try {
            c = Uploads.convert(name, bytes);
        } catch (Uploads.TooLarge e) {
            throw new EditException(413, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new EditException(400, e.getMessage());
        }
        if (c.original() != null) validate(c.file(), c.original()); // problems reported by the admin's own line numbers
        return apply(c.file(), c.text(), "upload", who, "上传文件：" + name + " → " + c.file(), "");
    }

    /**
     * Undoes a change as a new change. An entry change is undone on the entry (later changes to other entries of
     * the file stay); a file change restores the file, if nothing changed it since.
     */
    public synchronized Change rollback(long id, String who) {
        catchUp();
        Stored v = version(id);
        if (v == null) throw new EditException(404, "没有这个版本：" + id);
        if (v.rolledBackBy() != null) throw new EditException(409, "版本 " + id + " 已经回滚过了（由版本 " + v.rolledBackBy() + "）");
        Change done;
        if (!v.entry().isEmpty()) {
            JsonNode e = readJson(v.entry());
            FaqRow before = row(e.get("before")), after = row(e.get("after"));
            List<FaqRow> rows = new ArrayList<>(FaqFiles.read(readOrNull(v.file())));
            if (after != null) {
                int i = indexOf(rows, after.question());
                if (i < 0) throw new EditException(409, "这条问答后来又被修改或删除了，无法回滚版本 " + id);
                if (before == null) rows.remove(i);
                else rows.set(i, before);
            } else if (indexOf(rows, before.question()) >= 0) {
                throw new EditException(409, "已有同样的问题，无法恢复：" + before.question());
            } else {
                rows.add(before);
            }
            done = apply(v.file(), FaqFiles.write(rows), "rollback", who, "回滚版本 " + id + "（" + v.summary() + "）",
                    entryJson(after, before));
        } else {
            String now = readOrNull(v.file());
            if (!Objects.equals(now, v.after())) {
                throw new EditException(409, "文件 " + v.file() + " 在版本 " + id + " 之后又被修改过，请先回滚后来的修改");
            }
            done = apply(v.file(), v.before(), "rollback", who, "回滚版本 " + id + "（" + v.summary() + "）", "");
        }
        db.write(c -> {
            return Sql.update(c, "UPDATE kb_versions SET rolled_back = ? WHERE id = ?", done.id(), id);
        });
        return done;
    }

    private void catchUp() {
        KnowledgeSync s = sync;
        if (s != null) s.catchUp();
    }

    /** The newest changes first, optionally of one file. */
    public List<Change> history(String file, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, who, action, file, summary, rolled_back FROM kb_versions"
                    + (file == null ? "" : " WHERE file = ?") + " ORDER BY id DESC LIMIT ?")) {
                int i = 1;
                if (file != null) ps.setString(i++, file);
                ps.setInt(i, limit);
                List<Change> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long rolledBack = rs.getLong(7);
                        if (rs.wasNull()) rolledBack = null;
                        out.add(new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rolledBack, 0));
                    }
                }
                return out;
            }
        });
    }

    /** The text of a file of the knowledge directory (for the console's article editor). */
    public String read(String file) {
        return existing(checkPath(file, ".md", ".txt", ".csv"));
    }

    // ---- the one way a change happens ----

    /** With several nodes: brings this node's files up to date before each edit, so an edit starts from the latest. */
    public void syncWith(KnowledgeSync sync) {
        this.sync = sync;
    }

    private Change apply(String file, String text, String action, String who, String summary, String entry) {
        long began = System.nanoTime();
        if (text != null && text.length() > MAX_FILE_CHARS) {
            throw new EditException(413, "文件内容太大（最多 " + MAX_FILE_CHARS / 1_000_000 + " 百万字）：请拆成几个文件");
        }
        if (text != null) validate(file, text);
        String before = readOrNull(file);
        if (Objects.equals(before, text)) throw new EditException(409, "内容没有变化");
        Path target = dir.resolve(file);
        Path temp = null;
        try {
            if (text != null) {
                temp = AtomicFiles.stage(target, text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            AtomicFiles.discard(temp);
            throw new EditException(500, "无法写入知识库目录：" + e.getMessage());
        }
        long at = clock.millis();
        long staged = System.nanoTime();
        long id = db.write(c -> {
            if (db.kind() == Database.Kind.POSTGRESQL) { // editors on several nodes take version numbers one at a time
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, VERSION_LOCK);
                    ps.execute();
                }
            }
            long next;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM kb_versions");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO kb_versions (id, at, who, action, file, entry, summary, before_text, after_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, next);
                ps.setLong(2, at);
                ps.setString(3, who == null || who.isBlank() ? "admin" : who);
                ps.setString(4, action);
                ps.setString(5, file);
                ps.setString(6, entry);
                ps.setString(7, summary.length() > 300 ? summary.substring(0, 300) : summary);
                ps.setString(8, VersionText.pack(before)); // large files compressed: an upload must not bloat the database
                ps.setString(9, VersionText.pack(text));
                ps.executeUpdate();
            }
            if (db.kind() == Database.Kind.POSTGRESQL) { // delivered to every node's KnowledgeSync when this commits
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + KnowledgeSync.CHANNEL + "', ?)")) {
                    ps.setString(1, Long.toString(next));
                    ps.execute();
                }
            }
            return next;
        });
        try {
            if (text == null) Files.deleteIfExists(target);
            else AtomicFiles.commit(temp, target);
        } catch (IOException e) {
            AtomicFiles.discard(temp);
            db.write(c -> { // the file did not change: the version must not claim it did
                return Sql.update(c, "DELETE FROM kb_versions WHERE id = ?", id);
            });
            throw new EditException(500, "无法写入知识库目录：" + e.getMessage());
        }
        long start = System.nanoTime();
        if (start - began > 1_000_000_000L) { // the index is not what took long: say what did
            log.warn("knowledge edit of {} was slow before its reload: checks {} ms, version and file {} ms",
                    file, (staged - began) / 1_000_000, (start - staged) / 1_000_000);
        }
        try {
            knowledge.reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the file is written and recorded; the watcher retries the build
        }
        return new Change(id, at, who, action, file, summary, null, (System.nanoTime() - start) / 1_000_000);
    }

    /** The new content must load without a single problem, or nothing is written. */
    private static void validate(String file, String text) {
        List<LoadProblem> problems = new ArrayList<>();
        List<KnowledgeEntry> entries = file.endsWith(".csv") ? KnowledgeLoader.parseFaq(file, text, problems)
                : KnowledgeLoader.parseArticle(file, text, problems);
        if (!problems.isEmpty()) {
            throw new EditException(400, "内容有问题，未作任何修改：" + String.join("；", problems.stream().limit(10).map(LoadProblem::toString).toList())
                    + (problems.size() > 10 ? "（共 " + problems.size() + " 处）" : ""));
        }
        if (entries.isEmpty() && !file.endsWith(".csv")) throw new EditException(400, "文章没有内容");
    }

    private static void check(FaqRow row) {
        String p = row.problem();
        if (p != null) throw new EditException(400, p);
    }

    private static int indexOf(List<FaqRow> rows, String question) {
        String q = question == null ? "" : question.strip();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).question().equals(q)) return i;
        return -1;
    }

    /** A path inside the knowledge directory: articles/[folder/]NAME.md|.txt or faq/[folder/]NAME.csv, nothing else. */
    String checkPath(String file, String... extensions) {
        String f = file == null ? "" : file.strip().replace('\\', '/');
        boolean ext = false;
        for (String e : extensions) ext |= f.endsWith(e);
        String[] parts = f.split("/");
        boolean ok = ext && parts.length >= 2 && parts.length <= 4
                && parts[0].equals(f.endsWith(".csv") ? "faq" : "articles");
        for (int i = 1; ok && i < parts.length; i++) {
            String part = i == parts.length - 1 && parts[i].contains(".") ? parts[i].substring(0, parts[i].lastIndexOf('.')) : parts[i];
            ok = !part.isEmpty() && part.equals(safeBaseName(part));
        }
        if (!ok) throw new EditException(400, "文件名不合法：" + file + "（应为 articles/名称.md、articles/名称.txt 或 faq/名称.csv）");
        return f;
    }

    /** Letters (any script), digits, - and _ only; at most 60 characters. */
    static String safeBaseName(String name) {
        String s = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) s = "上传";
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private String readOrNull(String file) {
        Path p = dir.resolve(file);
        try {
            if (!Files.exists(p)) return null;
            if (!TextFiles.inside(dir.toRealPath(), p)) throw new EditException(400, "拒绝读取：" + file + " 是指向知识库目录之外的符号链接");
            return TextFiles.read(p);
        } catch (IOException e) {
            throw new EditException(500, "无法读取 " + file + "：" + e.getMessage());
        }
    }

    private String existing(String file) {
        String text = readOrNull(file);
        if (text == null) throw new EditException(404, "没有这个文件：" + file);
        return text;
    }

    private record Stored(long id, String file, String entry, String summary, String before, String after, Long rolledBackBy) {
    }

    private Stored version(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, file, entry, summary, before_text, after_text, rolled_back FROM kb_versions WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    Long rolledBack = rs.getLong(7);
                    if (rs.wasNull()) rolledBack = null;
                    return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            VersionText.unpack(rs.getString(5)), VersionText.unpack(rs.getString(6)), rolledBack);
                }
            }
        });
    }

    private static String entryJson(FaqRow before, FaqRow after) {
        ObjectNode o = JSON.createObjectNode();
        o.set("before", before == null ? null : JSON.valueToTree(before));
        o.set("after", after == null ? null : JSON.valueToTree(after));
        return o.toString();
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new EditException(500, "版本记录已损坏");
        }
    }

    private static FaqRow row(JsonNode n) {
        if (n == null || n.isNull()) return null;
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        return new FaqRow(n.path("question").asText(), n.path("answer").asText(), n.path("source").asText(), tags,
                n.path("scope").asText(""));
    }
}
