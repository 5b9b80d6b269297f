package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.AgentCost;
import io.agentcost.model.SimulationSettings.Sampling;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Simulation, Sensitivity and Forecast sheets, read back from a saved file the way a reader finds
 * things: by the header text and the names in the rows, compared with the run's own result objects.
 */
class ResultSheetsTest {

    private static final int ITERATIONS = 2_000;

    @TempDir
    static Path dir;

    private static SimulationResult sim;
    private static ForecastResult forecast;
    private static XSSFWorkbook book;

    @BeforeAll
    static void writeSupportAgent() throws IOException {
        AgentCost services = Fixtures.services();
        LoadResult loaded = services.load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        assertThat(loaded.problems()).isEmpty();
        SimulationOptions options = new SimulationOptions(ITERATIONS, 42, Sampling.LATIN_HYPERCUBE, null, ITERATIONS, 2);
        sim = services.simulate(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
        forecast = services.forecast(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
        book = saveAndReopen(loaded, sim, forecast, dir.resolve("support-agent.xlsx"));
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    /** The whole workbook of the scenario with this run, saved and read back. */
    static XSSFWorkbook saveAndReopen(LoadResult loaded, SimulationResult s, ForecastResult f, Path file) throws IOException {
        var nominal = Fixtures.services().estimate(loaded.scenario(), loaded.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookExporter.build(new WorkbookExporter.Content(loaded.scenario(), loaded.catalog(), "test.yaml", nominal,
                s, f, "test")); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theThreeSheetsComeInOrder() {
        assertThat(book.getSheetIndex("Simulation")).isPositive();
        assertThat(book.getSheetIndex("Sensitivity")).isEqualTo(book.getSheetIndex("Simulation") + 1);
        assertThat(book.getSheetIndex("Forecast")).isEqualTo(book.getSheetIndex("Sensitivity") + 1);
    }

    @Test
    void everyCellsP90AndChanceOfBeingCheapestAreTheRunsNumbers() {
        Sheet sheet = book.getSheet("Simulation");
        Row header = headerRow(sheet, "Architecture");
        int p90 = column(header, "P90"), cheapest = column(header, "P(cheapest in phase)");
        for (SimulationResult.CellResult c : sim.cells()) {
            Row row = find(sheet, header.getRowNum() + 1, c.phase(), c.architecture());
            assertThat(row.getCell(p90).getNumericCellValue()).isEqualTo(c.total().p90());
            assertThat(row.getCell(p90).getCellStyle().getDataFormatString()).contains("$");
            assertThat(row.getCell(cheapest).getNumericCellValue()).isEqualTo(c.pCheapest());
            assertThat(row.getCell(cheapest).getCellStyle().getDataFormatString()).contains("%");
        }
        // the chances of being cheapest in a phase add up to one (ties aside): a fact of the run, not of the writer
        double launch = 0;
        for (SimulationResult.CellResult c : sim.cells()) {
            if (c.phase().equals("launch")) launch += find(sheet, header.getRowNum() + 1, c.phase(), c.architecture()).getCell(cheapest).getNumericCellValue();
        }
        assertThat(launch).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void eachHistogramHoldsEveryDrawWithTheTailsBeyondP1AndP99ApartFromTheEndBins() {
        // decision 0019, as in the app: per phase one axis from below the lowest P1 to above the highest P99 of its
        // architectures (their S-curves' 1st and 99th values); each architecture's bins plus its two tail rows are all of
        // its draws, and a tail row holds at most the 1% beyond that architecture's own P1 or P99
        Sheet sheet = book.getSheet("Simulation");
        int blocks = 0;
        double tails = 0;
        for (String phase : List.of("dev", "launch", "scale")) {
            Row title = null;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Histogram data: " + phase + " ")) title = row;
            }
            assertThat(title).as("histogram data of " + phase).isNotNull();
            Row header = sheet.getRow(title.getRowNum() + 1);
            int first = title.getRowNum() + 2, below = first;
            while (sheet.getRow(below).getCell(0).getCellType() == CellType.NUMERIC) below++;
            double lowEdge = sheet.getRow(first).getCell(0).getNumericCellValue();
            double highEdge = sheet.getRow(below - 1).getCell(1).getNumericCellValue();
            assertThat(sheet.getRow(below).getCell(0).getStringCellValue()).startsWith("At or below");
            assertThat(sheet.getRow(below + 1).getCell(0).getStringCellValue()).startsWith("Above");
            for (int k = 2; header.getCell(k) != null; k++) {
                String arch = header.getCell(k).getStringCellValue();
                double[] curve = sim.cells().stream().filter(c -> c.phase().equals(phase) && c.architecture().equals(arch)).findFirst()
                        .orElseThrow().total().scurve();
                assertThat(lowEdge).as(phase + " axis starts below the P1 of " + arch).isLessThan(curve[1]);
                assertThat(highEdge).as(phase + " axis ends above the P99 of " + arch).isGreaterThan(curve[99]);
                double sum = 0;
                for (int r = first; r < below; r++) sum += sheet.getRow(r).getCell(k).getNumericCellValue();
                double low = sheet.getRow(below).getCell(k).getNumericCellValue();
                double high = sheet.getRow(below + 1).getCell(k).getNumericCellValue();
                assertThat(sum + low + high).as(phase + " / " + arch + ": every draw once").isCloseTo(1.0, within(1e-9));
                assertThat(low).isBetween(0.0, 0.01 + 1e-9);
                assertThat(high).isBetween(0.0, 0.01 + 1e-9);
                tails += low + high;
            }
            blocks++;
        }
        assertThat(blocks).isEqualTo(3);
        // the scale phase's architectures spread differently: some draws of the widest are off the others' axis
        assertThat(tails).isPositive();
    }

    @Test
    void tornadoRowsAreSortedBySwingAndTheTopDriverIsTheRunsTop() {
        Sheet sheet = book.getSheet("Sensitivity");
        Row header = headerRow(sheet, "Swing");
        int swing = column(header, "Swing"), input = column(header, "Input"), high = column(header, "Input at its P90");
        SimulationResult.Sensitivity top = sim.sensitivity().stream()
                .filter(s -> s.phase().equals("scale") && s.architecture().equals("serverless"))
                .max(Comparator.comparingDouble(SimulationResult.Sensitivity::swing)).orElseThrow();
        Row first = find(sheet, header.getRowNum() + 1, "scale", "serverless");
        assertThat(first.getCell(input).getStringCellValue()).isEqualTo(top.input());
        assertThat(first.getCell(high).getNumericCellValue()).isEqualTo(top.highUsd());
        double previous = Double.POSITIVE_INFINITY;
        for (int r = first.getRowNum(); isCell(sheet.getRow(r), "scale", "serverless"); r++) {
            double v = sheet.getRow(r).getCell(swing).getNumericCellValue();
            assertThat(v).isLessThanOrEqualTo(previous);
            previous = v;
        }
    }

    @Test
    void forecastShowsEachMonthsBandsAndTheBreakEvenMonths() {
        Sheet sheet = book.getSheet("Forecast");
        ForecastResult.Month last = forecast.months().get(forecast.months().size() - 1);
        int arch = forecast.architectures().indexOf("serverless");
        // the last month appears in the monthly and in the cumulative table; between them they hold its bands
        List<Double> values = new ArrayList<>();
        boolean simulated = false;
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            // the simulated tables come after the live forecast, under their "as simulated on" title
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Simulated bands: as simulated on")) simulated = true;
            if (!simulated) continue;
            if (c == null || c.getCellType() != CellType.NUMERIC || c.getNumericCellValue() != last.month()) continue;
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo(last.phase());
            for (Cell v : r) if (v.getCellType() == CellType.NUMERIC) values.add(v.getNumericCellValue());
        }
        assertThat(values).contains(last.p10()[arch], last.p50()[arch], last.p90()[arch], last.cumulativeP10()[arch],
                last.cumulativeP50()[arch], last.cumulativeP90()[arch]);

        Row header = headerRow(sheet, "Cheaper after");
        int month = column(header, "Break-even month (median curves)"), p = column(header, "P(they cross within horizon)");
        for (ForecastResult.BreakEven b : forecast.breakEvens()) {
            Row r = find(sheet, header.getRowNum() + 1, b.a(), b.b());
            if (b.month() == null) assertThat(r.getCell(month).getStringCellValue()).isEqualTo("none within horizon");
            else assertThat(r.getCell(month).getNumericCellValue()).isEqualTo(b.month().doubleValue());
            assertThat(r.getCell(p).getNumericCellValue()).isEqualTo(b.probability());
        }
        assertThat(forecast.breakEvens()).anyMatch(b -> b.month() != null);
    }

    @Test
    void eachSheetHasItsChart() {
        List<XDDFChartData> histogram = chartData(book.getSheet("Simulation"));
        assertThat(histogram).isNotEmpty().allMatch(d -> d instanceof XDDFBarChartData bars && bars.getBarDirection() == BarDirection.COL);
        List<XDDFChartData> tornado = chartData(book.getSheet("Sensitivity"));
        assertThat(tornado).isNotEmpty().allMatch(d -> d instanceof XDDFBarChartData bars && bars.getBarDirection() == BarDirection.BAR
                && d.getSeriesCount() == 2);
        List<XDDFChartData> bands = chartData(book.getSheet("Forecast"));
        assertThat(bands).isNotEmpty().allMatch(d -> d instanceof XDDFLineChartData
                && d.getSeriesCount() == 3 * forecast.architectures().size());
        for (String name : List.of("Simulation", "Sensitivity", "Forecast")) {
            for (XSSFChart chart : book.getSheet(name).getDrawingPatriarch().getCharts()) {
                assertThat(chart.getTitleText().getString()).isNotBlank();
                assertThat(chart.getAxes()).hasSize(2);
            }
        }
    }

    @Test
    void anArchitectureNamedLikeAFormulaIsWrittenAsText() throws IOException {
        LoadResult loaded = Fixtures.load("""
                workload: {monthly_conversations: {triangular: [100, 200, 400]}, turns_per_conversation: 2, db_writes_per_turn: 1}
                timeline: [{phase: default, months: 3}]
                architectures:
                  "=1+1": {dynamodb: {}}
                  "@SUM(A1)": {one_time_usd: 10, dynamodb: {}}
                """);
        assertThat(loaded.problems()).isEmpty();
        SimulationOptions options = new SimulationOptions(200, 1, Sampling.RANDOM, null, 200, 1);
        AgentCost services = Fixtures.services();
        try (XSSFWorkbook wb = saveAndReopen(loaded, services.simulate(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false),
                services.forecast(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false), dir.resolve("formula.xlsx"))) {
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        // the only formulas are the cost model's, which never hold a name the user typed
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula().replaceAll("'[^']*'!", "")).doesNotContain("1+1", "SUM(A1)");
                        }
                        if (cell.getCellType() == CellType.STRING) texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains("=1+1", "@SUM(A1)");
        }
    }

    private static List<XDDFChartData> chartData(XSSFSheet sheet) {
        List<XDDFChartData> out = new ArrayList<>();
        for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) out.addAll(chart.getChartSeries());
        return out;
    }

    /** The first row with a header cell holding this text. */
    private static Row headerRow(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)
                        && c.getCellStyle().getFillPattern() != FillPatternType.NO_FILL) return row;
            }
        }
        throw new AssertionError("no header " + text + " on " + sheet.getSheetName());
    }

    private static int column(Row header, String text) {
        for (Cell c : header) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return c.getColumnIndex();
        throw new AssertionError("no column " + text);
    }

    /** The first row from {@code from} whose first two cells are these texts. */
    private static Row find(Sheet sheet, int from, String first, String second) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) if (isCell(sheet.getRow(r), first, second)) return sheet.getRow(r);
        throw new AssertionError("no row " + first + " / " + second + " on " + sheet.getSheetName());
    }

    private static boolean isCell(Row row, String first, String second) {
        if (row == null || row.getCell(0) == null || row.getCell(1) == null) return false;
        if (row.getCell(0).getCellType() != CellType.STRING || row.getCell(1).getCellType() != CellType.STRING) return false;
        return row.getCell(0).getStringCellValue().equals(first) && row.getCell(1).getStringCellValue().equals(second);
    }
}
