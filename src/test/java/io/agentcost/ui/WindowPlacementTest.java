package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window opens: remembered between runs, always on the screen it opens on. */
class WindowPlacementTest {

    private static final WindowPlacement.Screen LAPTOP = new WindowPlacement.Screen(0, 0, 1280, 800);
    private static final WindowPlacement.Screen DESKTOP = new WindowPlacement.Screen(0, 0, 1920, 1080);

    @TempDir
    Path dir;

    @Test
    void theFirstWindowFillsASmallScreenAndLeavesAMarginOnALargeOne() {
        // 1280×800 is the smallest screen the app is laid out for: the window takes all of it
        assertThat(WindowPlacement.first(LAPTOP)).isEqualTo(new WindowPlacement(0, 0, 1280, 800, false));
        // 1920×1080: 90% would be 1728×972, capped at 1680 wide; centred: (1920 − 1680)/2 = 120, (1080 − 972)/2 = 54
        assertThat(WindowPlacement.first(DESKTOP)).isEqualTo(new WindowPlacement(120, 54, 1680, 972, false));
    }

    @Test
    void theSizeAndPlaceOfTheLastWindowComeBack() throws Exception {
        Path file = dir.resolve("window.properties");
        new WindowPlacement(200, 100, 1500, 900, false).save(file);
        assertThat(WindowPlacement.on(DESKTOP, WindowPlacement.read(file))).isEqualTo(new WindowPlacement(200, 100, 1500, 900, false));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("window.properties");
        }
    }

    @Test
    void aWindowSavedOnALargeScreenOpensWhollyOnASmallOne() {
        // saved at (600, 300) 1500×900 on a 1920×1080 monitor; now on a 1280×800 laptop: shrunk to the screen,
        // then moved so it ends at the screen's edge: x = 1280 − 1280 = 0, y = 800 − 800 = 0
        var saved = Optional.of(new WindowPlacement(600, 300, 1500, 900, false));
        assertThat(WindowPlacement.on(LAPTOP, saved)).isEqualTo(new WindowPlacement(0, 0, 1280, 800, false));
        // a small window off the right edge comes back in: x = 1280 − 1000 = 280
        assertThat(WindowPlacement.on(LAPTOP, Optional.of(new WindowPlacement(1200, 50, 1000, 700, false))))
                .isEqualTo(new WindowPlacement(280, 50, 1000, 700, false));
        // a window shrunk below the minimum opens at the minimum
        assertThat(WindowPlacement.on(LAPTOP, Optional.of(new WindowPlacement(0, 0, 300, 200, false))))
                .isEqualTo(new WindowPlacement(0, 0, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT, false));
    }

    @Test
    void aDamagedFileOpensTheDefaultWindowInsteadOfFailing() throws Exception {
        Path file = Files.writeString(dir.resolve("window.properties"), "x=left\nwidth=NaN\n");
        assertThat(WindowPlacement.read(file)).isEmpty();
        assertThat(WindowPlacement.on(LAPTOP, WindowPlacement.read(file))).isEqualTo(WindowPlacement.first(LAPTOP));
        assertThat(WindowPlacement.read(dir.resolve("none"))).isEmpty();
    }
}
