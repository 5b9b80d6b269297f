package io.agentcost.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last scenarios opened or saved, most recent first, kept in the user's preferences. */
public final class RecentFiles {

    static final int MAX = 8;
    private final Preferences prefs;

    public RecentFiles() {
        this(Preferences.userNodeForPackage(RecentFiles.class).node("recent"));
    }

    RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Files that still exist, most recent first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("file" + i, null);
            if (p != null && Files.exists(Path.of(p))) out.add(Path.of(p));
        }
        return out;
    }

    public void add(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(list());
        list.remove(f);
        list.add(0, f);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) prefs.put("file" + i, list.get(i).toString());
            else prefs.remove("file" + i);
        }
    }
}
