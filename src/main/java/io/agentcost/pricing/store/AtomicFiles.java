package io.agentcost.pricing.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so a reader sees the old content or the complete new one, never a part: the
 * new content goes to a temporary file in the same directory (a dot-name the snapshot pattern
 * does not match), is flushed to disk and checked, then renamed over the target with
 * {@code ATOMIC_MOVE}. Any failure removes the temporary file and leaves the target as it was; the
 * temporary files of a killed process are removed by the next write to the same target.
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
        // a symbolic link is kept: the file it points to is replaced (the user's link to a shared scenario stays a link)
        if (Files.isSymbolicLink(target)) target = target.toRealPath();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStale(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, tempPrefix(target.getFileName().toString(), ProcessHandle.current().pid()), ".tmp");
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

    /** ".name.PID." : the process that writes a temporary file is in its name, so a later run can tell a stale one. */
    static String tempPrefix(String name, long pid) {
        return "." + name + "." + pid + ".";
    }

    /** ".target.PID.RANDOM.tmp", the names {@link #replace} gives its temporary files. */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d+)\\.\\d+\\.tmp");

    /**
     * Deletes the temporary files a killed run left for this target (kill -9 or a power cut between create and
     * rename): those whose process is no longer running. A live process's file is left alone.
     */
    static void removeStale(Path dir, String name) {
        removeStale(dir, name::equals);
    }

    /** The same for every target of a directory: the app clears its autosave directory at start. */
    public static void removeStaleIn(Path dir) {
        removeStale(dir, name -> true);
    }

    private static void removeStale(Path dir, Predicate<String> target) {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, path -> path.getFileName().toString().endsWith(".tmp"))) {
            for (Path f : files) {
                Matcher m = TEMP.matcher(f.getFileName().toString());
                if (!m.matches() || !target.test(m.group(1))) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    continue;
                }
                // this process's own (another thread's write) and a running process's are not stale
                boolean running = pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running) Files.deleteIfExists(f);
            }
        } catch (IOException | SecurityException e) {
            // cleaning up is a courtesy: the write itself decides success
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
