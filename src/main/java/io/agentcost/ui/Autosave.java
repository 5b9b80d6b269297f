package io.agentcost.ui;

import io.agentcost.pricing.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Unsaved edits survive a crash: the editor's text is written every few seconds (when it changed)
 * to ~/.agentcost/autosave/, keyed by the scenario's path, and offered back at the next start.
 */
public final class Autosave {

    private Autosave() {
    }

    static Path directory() {
        String override = System.getProperty("agentcost.autosave.dir");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".agentcost", "autosave");
    }

    /** One autosave file per scenario path: SHA-256 of the path, so two scenarios never share one. */
    static Path fileFor(Path scenario) {
        return directory().resolve(name(scenario) + ".yaml");
    }

    /** The lock a window holds while it has the scenario open (see {@link AutosaveSlot}). */
    static Path lockFor(Path scenario) {
        return directory().resolve(name(scenario) + ".lock");
    }

    private static String name(Path scenario) {
        if (scenario == null) return "untitled";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(scenario.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Writes the text atomically (flushed before the rename, no temporary file left on failure). Returns null,
     * or why it could not: the caller stops autosaving and says so rather than retry every few seconds.
     */
    static String write(Path scenario, String text) {
        try {
            Files.createDirectories(directory());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.replace(fileFor(scenario), out -> out.write(bytes), written -> {
            });
            return null;
        } catch (IOException e) {
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            return why == null ? e.getClass().getSimpleName() : why;
        }
    }

    /** Removes what a killed instance left half-written (its temporary files), at the app's start. */
    static void removeStale() {
        AtomicFiles.removeStaleIn(directory());
    }

    /** Text autosaved for this scenario that differs from what is on disk, if any. */
    static Optional<String> recover(Path scenario, String onDisk) {
        try {
            Path f = fileFor(scenario);
            if (!Files.exists(f)) return Optional.empty();
            String saved = Files.readString(f, StandardCharsets.UTF_8);
            return saved.equals(onDisk) ? Optional.empty() : Optional.of(saved);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void clear(Path scenario) {
        try {
            Files.deleteIfExists(fileFor(scenario));
        } catch (IOException e) {
            // nothing to recover from
        }
    }
}
