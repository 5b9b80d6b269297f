package io.agentcost.calibrate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cost export read whole into its lines per month, each line the sum of the export's rows with the same product code,
 * usage type, line type and agent tag (a CUR has millions of rows; their sums are a few hundred lines).
 *
 * @param format "CUR 2.0", "CUR" (legacy) or "Cost Explorer"
 */
public record CostExport(String file, String format, Map<String, List<CostLine>> byMonth) {

    public CostExport {
        byMonth = new TreeMap<>(byMonth);
    }

    /** The month asked for, or the latest in the export. */
    public String month(String wanted) throws BadFile {
        if (byMonth.isEmpty()) throw new BadFile(file + ": no cost lines (only a header?)");
        if (wanted == null) return ((TreeMap<String, List<CostLine>>) byMonth).lastKey();
        if (!byMonth.containsKey(wanted))
            throw new BadFile(file + ": no cost lines in " + wanted + " (months in the file: " + String.join(", ", byMonth.keySet()) + ")");
        return wanted;
    }
}
