package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @Test
    void theMostRecentComesFirstWithoutDuplicatesOrVanishedFiles(@TempDir Path dir) throws Exception {
        Preferences node = Preferences.userRoot().node("agentcost-test-" + System.nanoTime());
        try {
            RecentFiles recent = new RecentFiles(node);
            Path a = Files.writeString(dir.resolve("a.yaml"), "x"), b = Files.writeString(dir.resolve("b.yaml"), "y");
            recent.add(a);
            recent.add(b);
            recent.add(a);
            assertThat(recent.list()).containsExactly(a, b);
            Files.delete(b);
            assertThat(recent.list()).containsExactly(a);
        } finally {
            node.removeNode();
        }
    }
}
