package io.agentcost.pricing.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so a reader sees the old content or the complete new one, never a part: the
 * new content goes to a temporary file in the same directory (a dot-name the snapshot pattern
 * does not match), is flushed to disk and checked, then renamed over the target with
 * {@code ATOMIC_MOVE}. Any failure removes the temporary file and leaves the target as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface Check {
        /** Throws when the written file must not replace the target. */
        void verify(Path written) throws IOException;
    }

    public static void replace(Path target, Content content, Check check) throws IOException {
        replace(target, content, check, target);
    }

    /**
     * As {@link #replace(Path, Content, Check)}; the new file gets the permissions of {@code target}
     * if it exists, else of {@code permissionsLike} (temporary files are created owner-only).
     */
    public static void replace(Path target, Content content, Check check, Path permissionsLike) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            copyPermissions(Files.exists(target) ? target : permissionsLike, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            check.verify(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system: " + e.getMessage(), e);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        if (from == null || !Files.exists(from)) return;
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: the platform's default for new files applies
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not possible on every platform; the rename has happened either way
        }
    }
}
