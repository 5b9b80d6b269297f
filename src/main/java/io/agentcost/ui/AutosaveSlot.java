package io.agentcost.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The autosave of the scenario one window has open, held under an operating-system lock
 * ({@link FileChannel#tryLock}) for as long as the window has it open. The system releases the lock when the
 * process ends, however it ends, so a second window tells "another window has this file open" (the lock is held:
 * its autosave is that window's work in progress, not a crash's leftovers) from "a window closed unexpectedly"
 * (the lock is free and an autosave is there). A slot held elsewhere neither writes, offers nor clears anything.
 */
final class AutosaveSlot implements AutoCloseable {

    private final Path scenario;
    private final FileChannel channel;
    private final boolean elsewhere;

    private AutosaveSlot(Path scenario, FileChannel channel, boolean elsewhere) {
        this.scenario = scenario;
        this.channel = channel;
        this.elsewhere = elsewhere;
    }

    /** Takes the slot of {@code scenario} (null: untitled) unless another window holds it. */
    static AutosaveSlot claim(Path scenario) {
        FileChannel ch = null;
        try {
            Files.createDirectories(Autosave.directory());
            ch = FileChannel.open(Autosave.lockFor(scenario), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock != null) return new AutosaveSlot(scenario, ch, false);
            ch.close();
            return new AutosaveSlot(scenario, null, true);
        } catch (OverlappingFileLockException e) {
            // a window of this same process holds it (tests open two)
            closeQuietly(ch);
            return new AutosaveSlot(scenario, null, true);
        } catch (IOException e) {
            // no lock to be had (a read-only home): autosave as before; a failed write says why in the status bar
            closeQuietly(ch);
            return new AutosaveSlot(scenario, null, false);
        }
    }

    /** Another window (another running agentcost) has this scenario open. */
    boolean elsewhere() {
        return elsewhere;
    }

    /** What a window that closed unexpectedly left unsaved, when it differs from the file. */
    Optional<String> recover(String onDisk) {
        return elsewhere ? Optional.empty() : Autosave.recover(scenario, onDisk);
    }

    /** Null, or why the text could not be written. */
    String write(String text) {
        return elsewhere ? null : Autosave.write(scenario, text);
    }

    void clear() {
        if (!elsewhere) Autosave.clear(scenario);
    }

    @Override
    public void close() {
        closeQuietly(channel); // closing the channel releases the lock; the empty lock file stays for the next window
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            if (ch != null) ch.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
