package org.redengine.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.storage.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The knowledge base and quiz banks the server serves and admins edit live under the data directory
 * ({@code data/knowledge}, {@code data/quizzes}), never in the checkout: the bundled folders only seed them.
 *
 * <p>On every start the live copy is brought up to date with the bundled one the way package managers treat
 * configuration files: a bundled file the live copy lacks is added (unless an admin deleted it after it was seeded),
 * and a bundled file that changed replaces the live one only when no admin edited the live one since it was
 * seeded; an edited file is kept. What was seeded is remembered by hash in {@code data/seeded-NAME.json}.
 */
public final class LiveContent {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What bringing one folder up to date did, for the start-up message. */
    public record Sync(Path live, List<String> added, List<String> updated, List<String> keptEdited) {
        public boolean changed() {
            return !added.isEmpty() || !updated.isEmpty();
        }
    }

    private LiveContent() {
    }

    /** Where the bundled content is: the installation the launcher runs from (its {@code redengine.home}), else here. */
    public static Path home() {
        return Path.of(System.getProperty("redengine.home", "."));
    }

    /**
     * The folder to read {@code name} ("knowledge" or "quizzes") from without changing anything (the command-line
     * tools): the live copy once the server has made one, else the bundled folder.
     */
    public static Path forReading(Path data, String name) {
        Path live = data.resolve(name);
        return Files.isDirectory(live) ? live : home().resolve(name);
    }

    /** Creates or updates the live copy of the bundled {@code name} folder under {@code data}. */
    public static Sync sync(Path data, String name) throws IOException {
        return sync(home().resolve(name), data.resolve(name), data.resolve("seeded-" + name + ".json"));
    }

    static Sync sync(Path bundled, Path live, Path manifestFile) throws IOException {
        Files.createDirectories(live);
        List<String> added = new ArrayList<>(), updated = new ArrayList<>(), kept = new ArrayList<>();
        if (!Files.isDirectory(bundled)) return new Sync(live, added, updated, kept); // an installation without bundled content
        Map<String, String> seeded = Files.isRegularFile(manifestFile)
                ? JSON.readValue(manifestFile.toFile(), new TypeReference<TreeMap<String, String>>() { })
                : new TreeMap<>();
        // an empty live folder (new, or emptied by an admin to start over) takes every bundled file
        boolean fresh = isEmpty(live);
        for (Path file : files(bundled)) {
            String rel = bundled.relativize(file).toString().replace('\\', '/');
            byte[] content = Files.readAllBytes(file);
            String bundledHash = hash(content);
            String seededHash = seeded.get(rel);
            Path target = live.resolve(rel);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (seededHash != null && !fresh) continue; // seeded once, then deleted by an admin: stays deleted
                Files.createDirectories(target.getParent());
                AtomicFiles.replace(target, content);
                added.add(rel);
            } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(rel); // something else is there (a folder, a link): never overwritten
                continue;
            } else {
                String liveHash = hash(Files.readAllBytes(target));
                if (liveHash.equals(bundledHash)) {
                    // already the bundled version
                } else if (liveHash.equals(seededHash)) {
                    AtomicFiles.replace(target, content); // untouched since seeded: take the new bundled version
                    updated.add(rel);
                } else {
                    kept.add(rel); // an admin's edit wins over the bundled version
                    continue;
                }
            }
            seeded.put(rel, bundledHash);
        }
        AtomicFiles.replace(manifestFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(seeded));
        return new Sync(live, added, updated, kept);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")) // editor and version bookkeeping files
                    .sorted().toList();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
