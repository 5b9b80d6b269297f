package io.agentcost.calibrate.costs;

import com.fasterxml.jackson.databind.MappingIterator;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.CostExport;
import io.agentcost.calibrate.CostLine;
import io.agentcost.calibrate.ServiceNames;
import java.util.Locale;

/**
 * A Cost Explorer CSV download: the first column the period (a date per row, and a "… total" row that is skipped), one
 * column per group headed {@code NAME($)}, the last the total. Grouped by service, each column is a service; grouped by
 * a tag (with {@code --agent-tag}), each column is a tag value, written {@code KEY$VALUE($)} or {@code VALUE($)}.
 */
final class CostExplorer {

    private CostExplorer() {
    }

    static CostExport read(String file, String[] header, MappingIterator<String[]> rows, String agentTag) throws BadFile {
        boolean byTag = agentTag != null;
        CostFileReader.Sums sums = new CostFileReader.Sums(file);
        long line = 1;
        while (rows.hasNext()) {
            String[] r = rows.next();
            line++;
            String when = CostFileReader.cell(r, 0);
            if (when.isEmpty() || when.toLowerCase(Locale.ROOT).endsWith("total")) continue;
            if (when.length() < 7 || !when.substring(0, 7).matches("\\d{4}-\\d{2}"))
                throw new BadFile(file + ":" + line + ": the first column is \"" + when + "\" (expected a date such as 2026-11-01)");
            // the last column is the total of the others
            for (int i = 1; i < header.length - 1; i++) {
                String text = CostFileReader.cell(r, i);
                if (text.isEmpty()) continue;
                double usd;
                try {
                    usd = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new BadFile(file + ":" + line + ": column " + header[i] + " is \"" + text + "\" (expected an amount in USD)");
                }
                String group = header[i].strip().replaceFirst("\\(\\$\\)$", "").strip();
                if (byTag) {
                    String value = group.contains("$") ? group.substring(group.indexOf('$') + 1) : group;
                    // "No tag…" columns: costs without the tag
                    String agent = value.isEmpty() || value.toLowerCase(Locale.ROOT).startsWith("no tag") ? null : value;
                    sums.add(new CostLine(file, line, when.substring(0, 7), "", "", "Usage", null, true, agent, usd));
                } else {
                    sums.add(new CostLine(file, line, when.substring(0, 7), group, "", "Usage", ServiceNames.of(group, null, ""),
                            !group.equalsIgnoreCase("Tax"), null, usd));
                }
            }
        }
        return new CostExport(file, "Cost Explorer", sums.byMonth());
    }
}
