package io.agentcost.ui;

import io.agentcost.pricing.store.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the main window opens: the size and position it had when it was last closed, kept in
 * ~/.agentcost/window.properties (a file beside the autosave, not java.util.prefs: see decision 0018), and
 * always fitted to the screen it opens on, so a window saved on a large monitor never opens half off a
 * 1280×800 laptop screen.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** The smallest the window can be made: the toolbar and the comparison table still fit. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;
    /** The largest a first window is: beyond it the table and charts only spread out. */
    static final double FIRST_WIDTH = 1680;
    static final double FIRST_HEIGHT = 1000;

    /** A screen's usable area (JavaFX's visual bounds: without the panels of the desktop). */
    record Screen(double x, double y, double width, double height) {
    }

    static Path file() {
        String override = System.getProperty("agentcost.window.file");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".agentcost", "window.properties");
    }

    /** The first window on a screen: as large as it needs, up to 90% of the screen, centred; the whole screen when it is small. */
    static WindowPlacement first(Screen s) {
        double w = Math.min(s.width(), Math.max(Math.min(FIRST_WIDTH, 0.9 * s.width()), Math.min(1280, s.width())));
        double h = Math.min(s.height(), Math.max(Math.min(FIRST_HEIGHT, 0.9 * s.height()), Math.min(800, s.height())));
        return new WindowPlacement(s.x() + (s.width() - w) / 2, s.y() + (s.height() - h) / 2, w, h, false);
    }

    /**
     * This placement moved and shrunk onto the screen: never larger than it, never smaller than the minimum
     * (unless the screen is), its top-left corner on it.
     */
    WindowPlacement fittedTo(Screen s) {
        double w = clamp(width, Math.min(MIN_WIDTH, s.width()), s.width());
        double h = clamp(height, Math.min(MIN_HEIGHT, s.height()), s.height());
        double nx = clamp(x, s.x(), s.x() + s.width() - w);
        double ny = clamp(y, s.y(), s.y() + s.height() - h);
        return new WindowPlacement(nx, ny, w, h, maximized);
    }

    /** The placement saved in {@code file}; empty when there is none or it cannot be read (a damaged or foreign file). */
    static Optional<WindowPlacement> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) return Optional.empty();
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The saved placement fitted to the screen, or the first one when nothing was saved. */
    static WindowPlacement on(Screen s, Optional<WindowPlacement> saved) {
        return saved.map(w -> w.fittedTo(s)).orElseGet(() -> first(s));
    }

    /** Written atomically: a crash while closing leaves the previous placement, never half a file. */
    void save(Path file) throws IOException {
        String text = String.format(Locale.ROOT, "# where the agentcost window was last closed%nx=%.0f%ny=%.0f%nwidth=%.0f%nheight=%.0f%nmaximized=%s%n",
                x, y, width, height, maximized);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.replace(file, out -> out.write(bytes), written -> {
        });
    }

    private static double number(Properties p, String key) {
        double v = Double.parseDouble(p.getProperty(key, "x"));
        if (!Double.isFinite(v)) throw new NumberFormatException(key);
        return v;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
