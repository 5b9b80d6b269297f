package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.NominalEstimator;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbook in a real spreadsheet program (SPEC §8, issue 5): LibreOffice headless opens the
 * exported file, recalculates it and writes every sheet as CSV; each architecture's total per phase
 * must equal the app's estimate to the cent, at the nominal inputs and after the test changed
 * inputs and a lever in the file. On CI (CI=true) LibreOffice must be there (.ci/run installs it);
 * elsewhere the test is skipped without it.
 */
class LibreOfficeRecalculationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "src/test/resources/export/kitchen-sink.yaml", "coding-agent.yaml", "supervisor-agents.yaml",
            "src/test/resources/export/commitments.yaml"})
    void libreOfficeRecalculatesEveryArchitectureTotalToTheAppsEstimate(String scenario) throws Exception {
        LoadResult r = WorkbookFormulasTest.load(scenario);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        Path file = dir.resolve("nominal.xlsx");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        assertTotals(recalculate(file, r.scenario().architectures().stream().map(a -> a.name()).toList()), nominal);
        assertUnitCosts(file, nominal);
    }

    @Test
    void afterTheTestChangesInputsAndALeverLibreOfficeFollows() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        CostModel model = CostModel.compileForWorkbook(r.scenario(), r.catalog());
        double[] vars = NominalEstimator.medians(model.variables());
        Path file = dir.resolve("changed.xlsx");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, NominalEstimator.estimateAt(model, vars))) {
            // conversations of the launch phase doubled, turns up to 9, log sampling lever at 25%
            for (Variables.Variable v : model.variables().all()) {
                double changed = switch (v.path()) {
                    case "phases.launch.monthly_conversations" -> 2 * vars[v.index()];
                    case "workload.turns_per_conversation" -> 9;
                    case "workload.log_sampling" -> 0.25;
                    default -> vars[v.index()];
                };
                vars[v.index()] = changed;
            }
            WorkbookReader.named(wb, "in_phases_launch_monthly_conversations").setCellValue(vars[slot(model, "phases.launch.monthly_conversations")]);
            WorkbookReader.named(wb, "in_workload_turns_per_conversation").setCellValue(9);
            WorkbookReader.named(wb, "lever_log_sampling").setCellValue(0.25);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<Estimate> expected = NominalEstimator.estimateAt(model, vars);
        Map<String, Map<String, Double>> got = recalculate(file, r.scenario().architectures().stream().map(a -> a.name()).toList());
        assertTotals(got, expected);
        assertUnitCosts(file, expected);
        assertThat(got.get("serverless").get("launch")).as("the edit moved the launch total")
                .isGreaterThan(1.5 * nominalTotal(r, "launch", "serverless"));
    }

    @Test
    void libreOfficeFollowsTheBedrockTierCacheLifetimeAndLongContextLevers() throws Exception {
        // SPEC §13 levers (decision 0027) in a real spreadsheet: priority, which the bundled catalog lacks for both models (the
        // token lines show #N/A and "missing price", left out of the total as the app leaves them; batch stays at standard),
        // 5-minute cache writes and the long-context prices off, against the YAML edited the same way
        String yaml = Files.readString(Fixtures.root().resolve("src/test/resources/export/bedrock-tiers.yaml"));
        String edited = yaml.replace("bedrock_service_tier: flex", "bedrock_service_tier: priority").replace("bedrock_service_tier: standard",
                "bedrock_service_tier: priority").replace("cache_ttl: 1h", "cache_ttl: 5m")
                + "price_overrides: {" + WorkbookBedrockLeversTest.LONG_CONTEXT_AT_STANDARD + "}\n";
        LoadResult r = Fixtures.load(yaml);
        LoadResult e = Fixtures.load(edited);
        assertThat(e.problems()).isEmpty();
        List<Estimate> expected = Fixtures.services().estimate(e.scenario(), e.catalog(), null).results();
        assertThat(expected.get(0).missingPrices()).as("priority is missing for every token line").isNotEmpty();
        assertThat(expected.get(0).totalUsd()).as("the batch lines stay priced").isGreaterThan(1);
        Path file = dir.resolve("tiers.xlsx");
        writeEdited(r, file, wb -> {
        WorkbookReader.named(wb, "lever_bedrock_service_tier").setCellValue("priority");
        WorkbookReader.named(wb, "lever_cache_ttl").setCellValue("5m");
        WorkbookReader.named(wb, "lever_long_context_off").setCellValue(1);
        });
        assertTotals(recalculate(file, List.of("b")), expected);
        assertThat(Files.readString(dir.resolve("csv-tiers.xlsx").resolve("tiers-b.csv"))).contains("missing price").contains("#N/A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{lognormal: {median: 12, p90: 40}}|{lognormal: {median: 20, p90: 90}}", "{pert: [2, 10, 60]}|{pert: [4, 6, 30]}",
            "{normal: {mean: 6, sd: 5}}|{normal: {mean: 9, sd: 2}}"})
    void afterTheTestEditsASpreadsParametersAndWeightsLibreOfficeFollows(String forms) throws Exception {
        // SPEC §12 in a real spreadsheet: steps per turn edited from the first form to the second (its parameters on the
        // Spreads sheet), turns per task re-weighted from 0.4/0.35/0.2/0.05 to 0.1/0.2/0.3/0.4; LibreOffice's NORMSINV,
        // NORMDIST and BETAINV make the points, and the totals must be the app's estimate of the file edited the same way
        String[] f = forms.split("\\|");
        LoadResult r = SpreadsSheetTest.coding(f[0], "[0.4, 0.35, 0.2, 0.05]");
        LoadResult edited = SpreadsSheetTest.coding(f[1], "[0.1, 0.2, 0.3, 0.4]");
        List<Estimate> expected = Fixtures.services().estimate(edited.scenario(), edited.catalog(), null).results();
        double[] parameters = numbers(f[1]);
        Path file = dir.resolve("spreads.xlsx");
        writeEdited(r, file, wb -> {
        var sh = wb.getSheet("Spreads");
        int steps = SpreadsSheetTest.column(sh, "llm_calls_per_turn");
        for (int k = 0; k < parameters.length; k++) sh.getRow(5 + k).getCell(steps + 1).setCellValue(parameters[k]);
        int turns = SpreadsSheetTest.column(sh, "turns_per_conversation");
        double[] weights = {0.1, 0.2, 0.3, 0.4};
        for (int i = 0; i < weights.length; i++) sh.getRow(10 + i).getCell(turns + 2).setCellValue(weights[i]);
        });
        assertTotals(recalculate(file, r.scenario().architectures().stream().map(a -> a.name()).toList()), expected);
    }

    /** The workbook of r at the app's nominal estimate, edited, written to file. */
    private static void writeEdited(LoadResult r, Path file, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** The numbers of a distribution's text, in order. */
    private static double[] numbers(String text) {
        return Pattern.compile("(?<=[\\[ ])-?[0-9.]+").matcher(text).results().mapToDouble(m -> Double.parseDouble(m.group())).toArray();
    }

    @Test
    void libreOfficeRecalculatesTheLiveForecastToTheAppsNominalMonthsAndFollowsEdits() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        List<String> archs = r.scenario().architectures().stream().map(a -> a.name()).toList();
        // the app's months at the nominal inputs, and at the edited ones: the scale phase's growth 4% → 10% a month, the
        // launch conversations doubled, the log sampling lever at 25%, computed on the workbook's own model (its slots)
        CostModel months = CostModel.compileForWorkbookMonths(r.scenario(), r.catalog());
        double[] vars = NominalEstimator.medians(months.variables());
        List<NominalForecast.Month> nominal = NominalForecast.monthsAt(months, vars);
        Path file = dir.resolve("forecast.xlsx");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results());
             OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        assertMonths(recalculateForecast(file), nominal, archs);

        int growth = slot(months, "timeline[2].monthly_growth");
        int launch = slot(months, "phases.launch.monthly_conversations");
        vars[growth] = 0.10;
        vars[launch] = 2 * vars[launch];
        Path changed = dir.resolve("forecast-changed.xlsx");
        writeEdited(r, changed, wb -> {
        WorkbookReader.named(wb, "in_timeline_2_monthly_growth").setCellValue(0.10);
        WorkbookReader.named(wb, "in_phases_launch_monthly_conversations").setCellValue(vars[launch]);
        });
        List<NominalForecast.Month> expected = NominalForecast.monthsAt(months, vars);
        List<double[]> got = recalculateForecast(changed);
        assertMonths(got, expected, archs);
        int last = got.size() - 1;
        assertThat(got.get(last)[0]).as("faster growth moved the last month").isGreaterThan(nominal.get(last).usd()[0] * 1.5);
    }

    @Test
    void libreOfficeFollowsTheReservedInstancesLevers() throws Exception {
        // the kitchen sink's enterprise reservations edited in the Levers sheet (reserved ec2 4 → 2, the second aurora
        // reservation 2 → 1) must give the app's totals and months of the YAML edited the same way
        String file = "src/test/resources/export/commitments.yaml";
        LoadResult r = WorkbookFormulasTest.load(file);
        String edited = Files.readString(Fixtures.root().resolve(file)).replace("instances: 4, discount: 0.37", "instances: 2, discount: 0.37")
                .replace("instances: 2, discount: 0.25", "instances: 1, discount: 0.25");
        LoadResult changed = Fixtures.services().parse(edited, "edited.yaml");
        assertThat(changed.problems()).isEmpty();
        List<String> archs = r.scenario().architectures().stream().map(a -> a.name()).toList();
        Path xlsx = dir.resolve("reserved.xlsx");
        writeEdited(r, xlsx, wb -> {
        WorkbookReader.named(wb, "lever_reserved_1").setCellValue(2);
        WorkbookReader.named(wb, "lever_reserved_3").setCellValue(1);
        });
        assertTotals(recalculate(xlsx, archs), Fixtures.services().estimate(changed.scenario(), changed.catalog(), null).results());
        Path csv = dir.resolve("csv-reserved.xlsx").resolve("reserved-Forecast.csv");
        assertThat(csv).exists();
        assertMonths(forecastCsv(csv), NominalForecast.months(CostModel.compile(changed.scenario(), changed.catalog())), archs);
    }

    @Test
    void libreOfficeFollowsTheHistoryWindowLeverAcrossTheLongContextThreshold() throws Exception {
        // WorkbookBedrockLeversTest's Sonnet 4.5 conversations of 8 turns: the window lever at 2 turns with a 30,000-token
        // summary moves the threshold turn from 4 to 3, $805.65 by hand there, the app's estimate of the YAML edited so
        LoadResult r = Fixtures.load(WorkbookBedrockLeversTest.LONG_TURNS);
        LoadResult e = Fixtures.load(WorkbookBedrockLeversTest.WINDOW_OF_TWO);
        assertThat(e.problems()).isEmpty();
        List<Estimate> expected = Fixtures.services().estimate(e.scenario(), e.catalog(), null).results();
        assertThat(expected.get(0).totalUsd()).isCloseTo(805.65, within(1e-6));
        Path file = dir.resolve("window.xlsx");
        writeEdited(r, file, wb -> {
        WorkbookReader.named(wb, "lever_history_window").setCellValue(2);
        WorkbookReader.named(wb, "lever_summary_tokens").setCellValue(30000);
        });
        assertTotals(recalculate(file, List.of("b")), expected);
    }

    @Test
    void libreOfficeMovesTheReservationCheckWithTheEnvironmentsOnTheInputsSheet() throws Exception {
        // 13 reserved of 6 instances: non_prod_environments edited to 1 on the Inputs sheet makes the bound 6 × (1 + 1) = 12
        LoadResult r = Fixtures.services().parse(WorkbookReservationLeverTest.VM, "vm.yaml");
        Path file = dir.resolve("bound.xlsx");
        writeEdited(r, file, wb -> {
        WorkbookReader.named(wb, "lever_reserved_1").setCellValue(13);
        WorkbookReservationLeverTest.input(wb, "non_prod_environments (default)").setCellValue(1);
        });
        recalculate(file, List.of());
        String levers = Files.readString(dir.resolve("csv-bound.xlsx").resolve("bound-Levers.csv"));
        assertThat(levers).contains("reservations of ec2 add up to 13 — at most 12, the instances it runs");
    }

    private static void assertMonths(List<double[]> got, List<NominalForecast.Month> expected, List<String> archs) {
        assertThat(got).hasSize(expected.size());
        for (int m = 0; m < expected.size(); m++) {
            for (int x = 0; x < archs.size(); x++) {
                assertThat(got.get(m)[x]).as("LibreOffice month " + m + " of " + archs.get(x)).isCloseTo(expected.get(m).usd()[x], within(0.005));
            }
        }
    }

    /** The Forecast sheet's live monthly table as LibreOffice recalculated it: per month, per architecture. */
    private List<double[]> recalculateForecast(Path xlsx) throws Exception {
        recalculate(xlsx, List.of());
        return forecastCsv(dir.resolve("csv-" + xlsx.getFileName()).resolve(xlsx.getFileName().toString().replace(".xlsx", "") + "-Forecast.csv"));
    }

    /** The live monthly table of a Forecast sheet's CSV that LibreOffice wrote. */
    private static List<double[]> forecastCsv(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (!lines.get(i).startsWith("\"Monthly cost (USD, live)\"") && !lines.get(i).startsWith("Monthly cost (USD, live)")) i++;
        for (i += 2; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i));
            if (cells.get(0).isEmpty() || !cells.get(0).matches("\\d+")) break;
            double[] v = new double[cells.size() - ForecastSheet.LIVE_FIRST];
            int n = 0;
            for (int c = ForecastSheet.LIVE_FIRST; c < cells.size() && !cells.get(c).isEmpty(); c++) v[n++] = Double.parseDouble(cells.get(c));
            out.add(Arrays.copyOf(v, n));
        }
        return out;
    }

    private static double nominalTotal(LoadResult r, String phase, String arch) {
        return Fixtures.services().estimate(r.scenario(), r.catalog(), null).results().stream()
                .filter(e -> e.phase().equals(phase) && e.architecture().equals(arch)).findFirst().orElseThrow().totalUsd();
    }

    private static int slot(CostModel model, String path) {
        return model.variables().all().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow().index();
    }

    private static void assertTotals(Map<String, Map<String, Double>> got, List<Estimate> expected) {
        for (Estimate e : expected) {
            assertThat(got.get(e.architecture()).get(e.phase())).as("LibreOffice total of " + e.architecture() + " / " + e.phase())
                    .isCloseTo(e.totalUsd(), within(0.005));
        }
    }

    /** The Summary's live unit costs (SPEC §12) as LibreOffice recalculated them: the app's, or "n/a" where it has none. */
    private void assertUnitCosts(Path xlsx, List<Estimate> expected) throws Exception {
        Path csv = dir.resolve("csv-" + xlsx.getFileName()).resolve(xlsx.getFileName().toString().replace(".xlsx", "") + "-Summary.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int checked = 0;
        for (int i = SummarySheet.TABLE_FIRST_ROW; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i));
            if (cells.size() <= SummarySheet.PER_RESOLVED) continue;
            for (Estimate e : expected) {
                if (!e.phase().equals(cells.get(0)) || !e.architecture().equals(cells.get(1))) continue;
                assertCost(cells.get(SummarySheet.PER_CONVERSATION), e.usdPerConversation(), e + " per conversation");
                assertCost(cells.get(SummarySheet.PER_RESOLVED), e.usdPerResolvedConversation(), e + " per resolved conversation");
                checked++;
            }
        }
        assertThat(checked).as("Summary rows with unit costs").isEqualTo(expected.size());
    }

    private static void assertCost(String got, Double expected, String what) {
        if (expected == null) assertThat(got).as(what).isEqualTo("n/a");
        else assertThat(Double.parseDouble(got)).as("LibreOffice " + what).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }

    /** LibreOffice converts every sheet to CSV with raw (unformatted) values; returns architecture → phase → total. */
    private Map<String, Map<String, Double>> recalculate(Path xlsx, List<String> architectures) throws Exception {
        String soffice = findSoffice();
        Path out = Files.createDirectories(dir.resolve("csv-" + xlsx.getFileName()));
        // a fresh profile set to recalculate every formula when an .xlsx loads (its default keeps the file's cached
        // results, which here are stale on purpose: the test edited inputs after POI computed them)
        Path profile = Files.createDirectories(dir.resolve("lo-profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        // filter options: comma, quote, UTF-8, from line 1, …, save cell contents as shown = false (raw values), all sheets (-1)
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out.toString(),
                xlsx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finishes").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Map<String, Map<String, Double>> totals = new HashMap<>();
        String base = xlsx.getFileName().toString().replace(".xlsx", "");
        for (String arch : architectures) {
            Path csv = out.resolve(base + "-" + arch + ".csv");
            assertThat(csv).as(log).exists();
            Map<String, Double> phases = new HashMap<>();
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                List<String> cells = split(line);
                if (cells.size() > ArchitectureSheet.USD && cells.get(4).startsWith("Total ")) {
                    String phase = cells.get(4).substring(6, cells.get(4).indexOf(" (USD"));
                    phases.put(phase, Double.parseDouble(cells.get(ArchitectureSheet.USD)));
                }
            }
            totals.put(arch, phases);
        }
        return totals;
    }

    private static String findSoffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (ci) throw new AssertionError("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
        Assumptions.assumeTrue(false, "LibreOffice is not installed here");
        return null;
    }

    /** CSV fields of one line (quotes doubled inside quoted fields). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
