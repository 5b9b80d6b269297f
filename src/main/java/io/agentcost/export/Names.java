package io.agentcost.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Workbook-scope named ranges for inputs, levers and prices, so formulas read
 * {@code in_workload_turns_per_conversation} rather than an address. Names are made from the
 * scenario's paths: only letters, digits and underscores (what Excel and LibreOffice both accept),
 * unique ignoring case as Excel requires.
 */
final class Names {

    private final Workbook wb;
    private final Set<String> taken = new HashSet<>();

    Names(Workbook wb) {
        this.wb = wb;
    }

    /** Defines a name for a cell address and returns the name to use in formulas. */
    String define(String prefix, String wanted, String address) {
        String base = prefix + wanted.replaceAll("[^A-Za-z0-9_]", "_").replaceAll("_+", "_");
        if (base.length() > 200) base = base.substring(0, 200);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) name = base + "_" + i;
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(address);
        return name;
    }
}
