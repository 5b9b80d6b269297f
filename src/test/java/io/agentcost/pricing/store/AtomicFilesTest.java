package io.agentcost.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a file: all or nothing, and nothing left behind, not even by a run that was killed. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("w.xlsx");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, w -> {
        })).hasMessageContaining("No space left");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("w.xlsx");
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedByTheNextWriteAndALiveOnesAreNot() throws Exception {
        Path target = dir.resolve("w.xlsx");
        // kill -9 between create and rename leaves ".w.xlsx.PID.random.tmp"; no process has pid 2^22 + 1 on Linux (pid_max ≤ 2^22)
        Path stale = Files.writeString(dir.resolve(AtomicFiles.tempPrefix("w.xlsx", 4_194_305) + "123.tmp"), "stale");
        Path live = Files.writeString(dir.resolve(AtomicFiles.tempPrefix("w.xlsx", ProcessHandle.current().parent().orElseThrow().pid())
                + "456.tmp"), "another run is writing");
        Path unrelated = Files.writeString(dir.resolve(".other.xlsx.4194305.1.tmp"), "another target's");

        AtomicFiles.replace(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), w -> {
        });

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(unrelated).exists();
        // the app's start clears every target of its autosave directory
        AtomicFiles.removeStaleIn(dir);
        assertThat(unrelated).doesNotExist();
        assertThat(live).exists();
    }
}
