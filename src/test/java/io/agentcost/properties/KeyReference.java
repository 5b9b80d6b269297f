package io.agentcost.properties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docs/scenario-keys.md says a scenario can set, in the names {@link RandomScenarios.Case#keys()} uses:
 * every key of every table (workload keys once per level: workload, phase, agent), every component and
 * preset, every distribution form, and every word of a key that takes one of a few words.
 */
final class KeyReference {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_.]+)` \\|((?:[^|\\\\]|\\\\\\|)*)\\|");
    private static final Pattern WORD = Pattern.compile("`([a-z0-9_]+)`");

    private KeyReference() {
    }

    static Set<String> read(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        Set<String> out = new LinkedHashSet<>();
        String section = "";
        String component = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+ ", "");
                if (line.startsWith("#### ")) {
                    component = title.substring(0, title.indexOf(' '));
                    out.add("component." + component);
                } else {
                    component = null;
                    section = title;
                }
                continue;
            }
            if (section.startsWith("Scenario file key reference") && line.startsWith("| ")) {
                // the table of forms: | number |, | `{uniform: [min, max]}` |, lognormal in two forms on one row
                String first = line.split("\\|")[1].trim();
                if (first.equals("number")) out.add("form.number");
                Matcher m = Pattern.compile("`\\{([a-z]+): \\{?([a-z0-9]+)?").matcher(first);
                while (m.find()) out.add("form." + (m.group(1).equals("lognormal") ? "lognormal." + m.group(2) : m.group(1)));
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.find()) continue;
            String key = row.group(1);
            String unit = row.group(2);
            String level;
            if (component != null) level = "component." + component;
            else if (section.equals("Top level")) level = "top";
            else if (section.equals("simulation")) level = "simulation";
            else if (section.startsWith("Workload inputs")) level = "workload";
            else if (section.equals("Architectures")) level = "architecture";
            else if (section.equals("Commitments")) level = "commitment";
            else if (section.equals("Preset defaults")) {
                out.add("preset." + key);
                continue;
            } else {
                throw new IllegalStateException("a key table under an unexpected heading '" + section + "': " + line);
            }
            List<String> levels = level.equals("workload") ? List.of("workload", "phase", "agent") : List.of(level);
            for (String l : levels) {
                out.add(l + "." + key);
                String path = (l.startsWith("component.") ? l.substring("component.".length()) : l) + "." + key;
                if (unit.contains("\\|")) {
                    Matcher w = WORD.matcher(unit);
                    while (w.find()) out.add("choice." + path + "=" + w.group(1));
                } else if (unit.contains("true/false")) {
                    out.add("choice." + path + "=true");
                    out.add("choice." + path + "=false");
                } else if (key.equals("history")) {
                    out.add("choice." + path + "=full");
                    out.add("choice." + path + "=window");
                }
            }
        }
        return out;
    }
}
