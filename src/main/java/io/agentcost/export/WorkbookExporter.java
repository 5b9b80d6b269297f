package io.agentcost.export;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.estimate.workbook.FormulaLine;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Estimate;
import io.agentcost.model.Phase;
import io.agentcost.model.MonthDates;
import io.agentcost.model.Scenario;
import io.agentcost.model.TimelineEntry;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.store.AtomicFiles;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.Forecaster;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.simulation.SimulationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The what-if workbook (SPEC §8): Summary, Inputs, Prices, Traffic, one sheet per architecture with
 * live formulas, Levers, then the simulation's Simulation, Sensitivity and Forecast sheets. Formula
 * results are computed before saving so a viewer that does not recalculate still shows them, and
 * the file asks Excel and LibreOffice to recalculate on open.
 */
public final class WorkbookExporter {

    /** What goes in: the scenario, its catalog, the app's nominal estimates and, when run, the simulation and forecast. */
    public record Content(Scenario scenario, Catalog catalog, String scenarioFile, List<Estimate> nominal, SimulationResult simulation,
                          ForecastResult forecast, String version) {
    }

    static {
        PoiFunctions.register();
    }

    private WorkbookExporter() {
    }

    /**
     * Writes the workbook to {@code target} through a temporary file moved into place: a failed export
     * leaves no half-written file and an existing one untouched.
     */
    public static void write(Content content, Path target) throws IOException {
        try (XSSFWorkbook wb = build(content)) {
            // a new workbook gets the permissions of the scenario it was made from (a user document, like it)
            Path like = content.scenarioFile() == null ? target : Path.of(content.scenarioFile());
            // the workbook is put together in memory (a few MB) and then written in one go: a full disk is then our
            // own write's IOException ("No space left on device"), not a POI exception that has lost its cause
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            wb.write(bytes);
            AtomicFiles.replace(target, bytes::writeTo, written -> {
            }, like);
        }
    }

    /**
     * Fails fast, before any simulation runs, when the workbook cannot go where asked: the directory must
     * exist (a typo in the path should not create directories) and be writable.
     */
    public static void checkTarget(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(String.valueOf(dir), null, "no such directory");
        if (Files.isDirectory(target)) throw new FileSystemException(target.toString(), null, "is a directory");
        if (!Files.isWritable(dir)) throw new AccessDeniedException(dir.toString(), null, "permission denied");
    }

    public static XSSFWorkbook build(Content content) {
        Scenario s = content.scenario();
        CostModel model = CostModel.compileForWorkbook(s, content.catalog());
        WorkbookFormulas formulas = new WorkbookFormulas(model);
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Names names = new Names(wb);
        Refs refs = new Refs();
        Sheet summary = wb.createSheet("Summary");
        Sheet inputs = wb.createSheet("Inputs");
        Sheet prices = wb.createSheet("Prices");
        Sheet traffic = wb.createSheet("Traffic");
        // how conversations differ within a month (SPEC §12): only where the scenario has a varies
        SpreadsSheet spreads = model.variables().spreads().isEmpty() ? null : new SpreadsSheet(wb.createSheet("Spreads"), st, formulas, refs);
        // Excel reserves "History" (its change tracking): a sheet of that name makes the file unreadable there
        Set<String> taken = new HashSet<>(List.of("summary", "inputs", "prices", "traffic", "spreads", "levers", "simulation", "sensitivity", "forecast",
                "history", MonthsSheet.NAME.toLowerCase(Locale.ROOT)));
        Map<String, Sheet> archSheets = new LinkedHashMap<>();
        for (ArchitectureSpec a : s.architectures()) archSheets.put(a.name(), wb.createSheet(sheetName(a.name(), taken)));
        Sheet levers = wb.createSheet("Levers");

        List<String> phases = s.phases().stream().map(Phase::name).toList();
        InputsSheet.write(inputs, st, names, refs, s, model.variables().all());
        boolean retrieval = s.architectures().stream().anyMatch(a -> a.component(ComponentType.RETRIEVAL) != null);
        LeversSheet.write(levers, st, names, refs, formulas.modelShares(), formulas.unusedLevers(retrieval), formulas);
        TrafficSheet.layout(traffic, refs, formulas.agents(), formulas.fields(), phases);
        TrafficSheet.write(traffic, st, formulas, refs, phases);

        // every cell's formulas and pricing once: the Prices sheet needs the prices they use, their sheets the rest
        Map<String, List<ArchitectureSheet.PhaseLines>> byArchitecture = new LinkedHashMap<>();
        Map<String, Price> used = new LinkedHashMap<>();
        for (PhaseArchitecture cell : model.cells()) {
            List<FormulaLine> lines = formulas.lines(cell, refs);
            var pricing = formulas.pricing(lines);
            used.putAll(pricing.prices());
            byArchitecture.computeIfAbsent(cell.architecture(), k -> new ArrayList<>())
                    .add(new ArchitectureSheet.PhaseLines(cell.phase(), lines, pricing));
        }
        String priceSources = PricesSheet.write(prices, st, names, refs, content.catalog(), used, s.priceOverrides());

        Map<String, Map<String, Estimate>> nominal = new LinkedHashMap<>();
        for (Estimate e : content.nominal()) nominal.computeIfAbsent(e.architecture(), k -> new LinkedHashMap<>()).put(e.phase(), e);
        List<SummarySheet.Row> rows = new ArrayList<>();
        Map<String, Map<String, String>> totals = new LinkedHashMap<>();
        for (Map.Entry<String, Sheet> e : archSheets.entrySet()) {
            ArchitectureSheet.write(e.getValue(), st, refs, byArchitecture.getOrDefault(e.getKey(), List.of()),
                    nominal.getOrDefault(e.getKey(), Map.of()))
                    .forEach((phase, total) -> totals.computeIfAbsent(phase, k -> new LinkedHashMap<>()).put(e.getKey(), total));
            if (!e.getValue().getSheetName().equals(e.getKey())) {
                Cells.text(e.getValue(), 0, ArchitectureSheet.HEADERS.length + 1, "Architecture '" + e.getKey() + "': the sheet name is"
                        + " shortened or changed to fit Excel's rules (31 characters, no []:*?/\\, unique, not History)", st.note);
            }
        }
        for (String phase : phases) {
            for (ArchitectureSpec a : s.architectures()) {
                Estimate e = nominal.getOrDefault(a.name(), Map.of()).get(phase);
                rows.add(new SummarySheet.Row(phase, a.name(), totals.get(phase).get(a.name()), e == null ? Double.NaN : e.totalUsd(),
                        refs.started.get(phase), refs.resolved.get(phase)));
            }
        }
        int next = SummarySheet.write(summary, st, s, content.catalog(), content.scenarioFile(), content.simulation(), rows, content.version());
        Cells.text(summary, next, 0, priceSources, st.note);
        next++;
        double smallest = content.nominal().stream().mapToDouble(Estimate::totalUsd).filter(x -> x > 0).min().orElse(1);
        SummaryChart.write(summary, st, next + 1, phases, s.architectures().stream().map(ArchitectureSpec::name).toList(), totals, smallest);
        // the live forecast: each month's lines at its conversations, on a sheet of their own after the results
        List<TimelineEntry> timeline = Forecaster.timeline(s);
        CostModel months = CostModel.compileForWorkbookMonths(s, content.catalog());
        List<NominalForecast.Month> nominalMonths = NominalForecast.months(CostModel.compile(s, content.catalog()));
        String simulatedOn = LocalDate.now(ZoneOffset.UTC).toString();
        boolean simulated = content.simulation() != null && content.forecast() != null;
        if (simulated) ResultSheets.write(wb, st, content.simulation(), simulatedOn);
        XSSFSheet forecastSheet = wb.createSheet("Forecast");
        Sheet monthSheet = wb.createSheet(MonthsSheet.NAME);
        List<String> monthPhases = new ArrayList<>();
        for (NominalForecast.Month m : nominalMonths) monthPhases.add(m.phase());
        List<String[]> liveUsd = MonthsSheet.write(monthSheet, st, refs, model, months, timeline, nominalMonths,
                labels(s, nominalMonths.size()));
        ForecastSheet.write(forecastSheet, st, new ResultStyles(wb, st), simulated ? content.forecast() : null,
                new ForecastSheet.Live(s.architectures().stream().map(ArchitectureSpec::name).toList(), monthPhases, liveUsd,
                        s.startMonth(), s.fiscalYearStartMonth()), simulatedOn);
        // last: every sheet above has asked for the means over spreads it reads
        if (spreads != null) spreads.write();
        for (Sheet sheet : wb) {
            // printed (or converted to PDF) one page wide, landscape, the column titles repeated on every page
            ResultSheets.fitToWidth(sheet);
            String name = sheet.getSheetName();
            if (!name.equals("Summary") && !name.equals("Simulation") && !name.equals("Sensitivity") && !name.equals("Forecast")) {
                sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            } else if (name.equals("Forecast")) {
                sheet.setRepeatingRows(new CellRangeAddress(ForecastSheet.LIVE_HEADER_ROW, ForecastSheet.LIVE_HEADER_ROW, -1, -1));
            }
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    /** Month labels (index = month): "one-time", then "Jan 2027" … with a start month, else the numbers. */
    private static List<String> labels(Scenario s, int count) {
        List<String> out = new ArrayList<>();
        out.add("one-time");
        for (int m = 1; m < count; m++) out.add(s.startMonth() == null ? Integer.toString(m) : MonthDates.label(s.startMonth(), m));
        return out;
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique ignoring case. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        if (base.length() > 27) base = base.substring(0, 27);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) name = base + " " + i;
        return name;
    }
}
