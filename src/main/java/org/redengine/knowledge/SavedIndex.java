package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;
import org.redengine.knowledge.semantic.Semantics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The knowledge index kept in the data directory between runs, so a restart serves without segmenting every entry
 * again. Each save goes to a new directory ({@code index/<n>/}: the Lucene files of a commit and
 * {@link IndexTables}); {@code index/current.properties}, replaced atomically once the files are synced, names the
 * one to use, so a crash mid-save leaves the previous one in force. A saved index is used only when it was made by
 * this version of the analysis code, with the same synonyms, and when the knowledge base brings no word its
 * segmenter would learn; then {@link KnowledgeIndex#update} analyses just the entries changed since it was saved.
 */
final class SavedIndex {

    private static final Logger log = LoggerFactory.getLogger(SavedIndex.class);
    private static final String MANIFEST = "current.properties";
    /**
     * The classes whose code decides what is indexed and how: a saved index made by other code (another release,
     * another HanLP or Lucene) is built again rather than trusted.
     */
    private static final Class<?>[] ANALYSIS_CODE = {KnowledgeIndex.class, IndexTables.class, QueryTerms.class,
            QuestionKind.class, TextNormalizer.class, KnowledgeEntry.class, TypoCorrector.class,
            org.redengine.knowledge.analysis.HanLpTokenizer.class, ChineseSegmenter.class,
            org.redengine.knowledge.analysis.Analyzers.class, com.hankcs.hanlp.HanLP.class,
            com.hankcs.hanlp.seg.Viterbi.ViterbiSegment.class};
    private static volatile String codeFingerprint;

    /** A saved index opened for serving, and the words its segmenter was taught (now taught again). */
    record Restored(KnowledgeIndex index, Set<String> segmenterWords) {
    }

    private final Path root;

    SavedIndex(Path root) {
        this.root = root;
    }

    /**
     * The saved index, opened, when it may serve {@code kb} (after an update); null, with the reason logged, when
     * there is none or it does not fit. {@code words} are those {@code kb} would teach the segmenter.
     */
    Restored restore(KnowledgeBase kb, Set<String> words, Semantics semantics) {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            log.info("no saved knowledge index in {}: building one", root);
            return null;
        }
        try {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            String dir = p.getProperty("dir", "");
            if (!dir.matches("[0-9]+")) throw new IOException("bad directory name in " + MANIFEST);
            if (!codeFingerprint().equals(p.getProperty("code"))) {
                log.info("the saved knowledge index was made by other analysis code: building again");
                return null;
            }
            if (!sha256(kb.synonyms().fingerprint()).equals(p.getProperty("synonyms"))) {
                log.info("synonyms changed since the knowledge index was saved: building again");
                return null;
            }
            IndexTables tables = IndexTables.read(root.resolve(dir).resolve("tables.bin"));
            java.util.Set<String> newWords = new java.util.HashSet<>(words);
            newWords.removeAll(tables.segmenterWords());
            if (ChineseSegmenter.wouldAdd(newWords)) {
                log.info("the knowledge base has words new to the segmenter since the index was saved: building again");
                return null;
            }
            ChineseSegmenter.addWords(tables.segmenterWords()); // as when the saved documents were analysed
            KnowledgeIndex index = KnowledgeIndex.open(tables, root.resolve(dir).resolve("lucene"), semantics);
            return new Restored(index, tables.segmenterWords());
        } catch (IOException | RuntimeException e) {
            log.warn("the saved knowledge index in {} cannot be used ({}): building again", root, e.toString());
            return null;
        }
    }

    /**
     * Saves {@code index} as the one to use from now on and deletes older saves. The caller makes sure no update of
     * the index runs meanwhile.
     */
    void save(KnowledgeIndex index, Set<String> segmenterWords, Synonyms synonyms) throws IOException {
        Files.createDirectories(root);
        String name = Long.toString(System.currentTimeMillis());
        while (Files.exists(root.resolve(name))) name = Long.toString(Long.parseLong(name) + 1);
        Path dir = root.resolve(name);
        try {
            index.save(dir, segmenterWords);
        } catch (IOException | RuntimeException e) {
            KnowledgeIndex.deleteTree(dir);
            throw e;
        }
        Properties p = new Properties();
        p.setProperty("dir", name);
        p.setProperty("code", codeFingerprint());
        p.setProperty("synonyms", sha256(synonyms.fingerprint()));
        p.setProperty("entries", Integer.toString(index.size()));
        Path tmp = root.resolve(MANIFEST + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "the saved knowledge index in use; written by Red Engine, do not edit");
        }
        try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            f.force(true);
        }
        Files.move(tmp, root.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (var children = Files.list(root)) {
            for (Path c : children.toList()) {
                if (Files.isDirectory(c) && !c.getFileName().toString().equals(name)) KnowledgeIndex.deleteTree(c);
            }
        }
    }


    /** A digest of the analysis code's class files and the Lucene version. */
    static String codeFingerprint() {
        String f = codeFingerprint;
        if (f != null) return f;
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : ANALYSIS_CODE) {
                try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
                    if (in == null) throw new IllegalStateException("class file of " + c.getName() + " not found");
                    d.update(in.readAllBytes());
                }
            }
            codeFingerprint = f = HexFormat.of().formatHex(d.digest());
            return f;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
