package org.redengine.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replacing a file so that readers see the old content or the new, never half of it: the new content goes to a
 * hidden file beside the target (the knowledge and quiz loaders skip hidden files), which is then moved over it.
 * The staged file is created as any new file is (the process's umask, not {@code createTempFile}'s owner-only
 * 0600), and a replaced file keeps its permissions, so files the server writes look like those an admin made.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the new content beside {@code target}; {@link #commit} or {@link #discard} it afterwards. */
    public static Path stage(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            if (Files.exists(target)) Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stand
        }
        return temp;
    }

    public static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void discard(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden file is skipped by the loaders
        }
    }

    /** Stages and commits at once. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path temp = stage(target, content);
        try {
            commit(temp, target);
        } catch (IOException e) {
            discard(temp);
            throw e;
        }
    }
}
