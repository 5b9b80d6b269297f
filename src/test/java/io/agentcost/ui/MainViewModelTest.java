package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.app.PricingRefresh;
import io.agentcost.pricing.PriceListException;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state without a window: results are delivered inline instead of on the JavaFX thread. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        System.setProperty("agentcost.autosave.dir", dir.resolve("autosave").toString());
        vm = new MainViewModel(Fixtures.services(), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    @Test
    void openingTheExampleEstimatesAndSimulatesIt() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.simulationProperty().get().run().iterations()).isEqualTo(MainViewModel.PREVIEW_ITERATIONS);
        assertThat(vm.simulationProperty().get().cells()).hasSize(18);
        // the nominal estimate is the CLI's: launch · serverless $14,328.26 (golden output)
        assertThat(vm.estimateProperty().get().result("launch", "serverless").totalUsd()).isCloseTo(14328.26, Assertions.within(0.005));
        assertThat(vm.catalogStatusProperty().get()).contains("us-east-1", "2026-11-26");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void editingAnInputChangesTheResults() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        double before = vm.estimateProperty().get().result("dev", "serverless").totalUsd();
        vm.textProperty().set(vm.textProperty().get().replace("dev: {monthly_conversations: 500}", "dev: {monthly_conversations: 1000}"));
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(vm.estimateProperty().get().result("dev", "serverless").totalUsd()).isGreaterThan(1.5 * before);
    }

    @Test
    void anInvalidValueIsAProblemWithItsLineAndTheLastResultsStay() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var last = vm.simulationProperty().get();
        vm.textProperty().set(vm.textProperty().get().replace("retry_rate: 0.05", "retry_rate: 1.5"));
        vm.preview().get(60, TimeUnit.SECONDS);
        // retry_rate is on line 18 of scenarios/support-agent.yaml
        assertThat(vm.problemTexts()).singleElement().asString().contains(":18:", "workload.retry_rate", "must be between 0 and 1");
        assertThat(vm.simulationProperty().get()).isSameAs(last);
        assertThat(vm.statusProperty().get()).contains("1 problem");
    }

    @Test
    void aFullRunCanBeCancelled() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.textProperty().set(vm.textProperty().get().replace("iterations: 20000", "iterations: 20000000"));
        var run = vm.runFull();
        Thread.sleep(300);
        vm.cancel();
        run.get(60, TimeUnit.SECONDS);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("cancelled");
    }

    @Test
    void saveAndOpenRoundTripTheTextExactlyWithItsComments() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        String edited = vm.textProperty().get().replace("max_retries: 3", "max_retries: 2   # fewer retries");
        vm.textProperty().set(edited);
        Path file = dir.resolve("mine.yaml");
        vm.saveAs(file);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(edited);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        MainViewModel other = new MainViewModel(Fixtures.services(), Runnable::run);
        other.open(file);
        assertThat(other.textProperty().get()).isEqualTo(edited);
        other.shutdown();
    }

    @Test
    void theWarningsOfTheResultsAreThereForTheWindowToShow() throws Exception {
        // bedrock-vs-sagemaker's fixed g5.2xlarge endpoint cannot serve the scale phase: the CLI warns, so must the app
        vm.open(Fixtures.root().resolve("scenarios/bedrock-vs-sagemaker.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        // once, as the estimate says it (with its phase), though the simulation says it too
        assertThat(vm.warningsProperty().get()).filteredOn(w -> w.contains("fixed SageMaker endpoint cannot serve the demand"))
                .singleElement().asString().startsWith("phase scale: ");
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(vm.warningsProperty().get()).isEmpty();
    }

    @Test
    void theLineItemsTotalIsTheEstimatesTotalAndSaysWhatAFilterHides() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var e = vm.estimateProperty().get().result("dev", "serverless");
        // golden support-agent.estimate.txt: dev · serverless $631.77 a month
        assertThat(LineItemsPane.totalText(e.lines(), e.lines())).isEqualTo(e.lines().size() + " lines: $631.77 / month");
        var bedrock = e.lines().stream().filter(l -> l.service().equals("bedrock")).toList();
        assertThat(LineItemsPane.totalText(bedrock, e.lines())).endsWith("(all " + e.lines().size() + " lines: $631.77)");
    }

    @Test
    void theAnswerSaysWhatTheBudgetSaysOfTheCheapest() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var launch = vm.simulationProperty().get().cells().stream().filter(c -> c.phase().equals("launch")).toList();
        var best = launch.stream().min(Comparator.comparingDouble(c -> c.total().p50())).orElseThrow();
        String answer = Answer.text("launch", launch, vm.scenarioProperty().get().budget());
        // the example's budget is $6,000 a month with a $12,000 kill switch; at launch every architecture's P10 is above $6,000
        assertThat(answer).startsWith("launch: " + best.architecture() + " is cheapest at the median")
                .contains(" of its cost is ", "Over the $6,000 budget in " + Answer.pct(best.pExceedBudget()) + " of draws",
                        "(every architecture is, in most draws)");
        assertThat(launch).allMatch(c -> c.pExceedBudget() > 0.5);
        assertThat(Answer.pct(0.004)).isEqualTo("<1%");
        assertThat(Answer.pct(0.964)).isEqualTo("96%");
    }

    @Test
    void savingKeepsTheFilesPermissionsAndWritesThroughASymbolicLink() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        Path real = dir.resolve("shared.yaml");
        Files.writeString(real, "name: old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        vm.textProperty().set(vm.textProperty().get().replace("max_retries: 3", "max_retries: 2"));

        vm.saveAs(link);

        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readString(real)).contains("max_retries: 2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).as("not reset to owner-only").isEqualTo("rw-r--r--");
    }

    @Test
    void openingADeviceOrANonTextFileSaysWhyInsteadOfHanging() throws Exception {
        // /dev/zero never ends; the app once read it whole
        Assertions.assertThatThrownBy(() -> vm.open(Path.of("/dev/zero"))).hasMessageContaining("larger than 1024 KB");
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[]{'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
        Assertions.assertThatThrownBy(() -> vm.open(latin1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void autosaveSaysWhyWhenItCannotWrite() throws Exception {
        // a file where the autosave directory should be: every write fails, as on a full disk, and says why
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "");
        System.setProperty("agentcost.autosave.dir", blocked.resolve("autosave").toString());
        assertThat(Autosave.write(dir.resolve("s.yaml"), "name: b\n")).isNotBlank();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void unsavedEditsAreAutosavedAndRecovered() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: a\n");
        Autosave.write(file, "name: b\n");
        assertThat(Autosave.recover(file, "name: a\n")).contains("name: b\n");
        Autosave.clear(file);
        assertThat(Autosave.recover(file, "name: a\n")).isEmpty();
        // another scenario never sees this one's autosave
        Path other = dir.resolve("t.yaml");
        Autosave.write(file, "name: b\n");
        assertThat(Autosave.fileFor(other)).isNotEqualTo(Autosave.fileFor(file));
        assertThat(Autosave.recover(other, "name: a\n")).isEmpty();
    }

    @Test
    void aFailedPriceRefreshSaysWhyAndWhatToDoInTheWindowAndKeepsTheCatalog() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var before = vm.catalogProperty().get().snapshotDate();
        CompletableFuture<String> message = new CompletableFuture<>();
        // the words the pricing layer gives the CLI (AwsPriceList's access-denied message), flags and all
        vm.refreshPrices(region -> {
            throw new PricingRefresh.Failed("the AWS Price List (pricing.us-east-1.amazonaws.com) refused the request: HTTP 400"
                    + " AccessDeniedException. The credentials need the IAM permission pricing:GetProducts; without it, use"
                    + " --source bulk (the public bulk offer files need no credentials).",
                    PriceListException.Kind.ACCESS_DENIED, List.of(), List.of(), null);
        }, message::complete);
        // a desktop user has no flags to pass: the facts stay, the advice is what to do in the window
        assertThat(message.get(30, TimeUnit.SECONDS)).contains("AccessDeniedException", "pricing:GetProducts",
                "click Refresh prices… again", "The catalog is unchanged").doesNotContain("--");
        assertThat(vm.catalogProperty().get().snapshotDate()).isEqualTo(before);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void undoingBackToTheSavedTextLeavesNothingToRestore() throws Exception {
        Path file = Files.copy(Fixtures.root().resolve("scenarios/support-agent.yaml"), dir.resolve("s.yaml"));
        vm.open(file);
        String saved = vm.textProperty().get();
        vm.textProperty().set(saved.replace("max_retries: 3", "max_retries: 2"));
        vm.autosave();
        assertThat(Autosave.recover(file, saved)).as("the edit is autosaved").isPresent();
        vm.textProperty().set(saved); // what Undo does
        assertThat(Files.exists(Autosave.fileFor(file))).as("back at the saved text: nothing unsaved").isFalse();
    }

    @Test
    void aSecondWindowSeesTheFileOpenElsewhereNotUnsavedChanges() throws Exception {
        Path file = Files.copy(Fixtures.root().resolve("scenarios/support-agent.yaml"), dir.resolve("s.yaml"));
        vm.open(file);
        String edited = vm.textProperty().get().replace("max_retries: 3", "max_retries: 2");
        vm.textProperty().set(edited);
        vm.autosave();
        MainViewModel second = new MainViewModel(Fixtures.services(), Runnable::run);
        try {
            second.open(file);
            assertThat(second.recovered()).as("the first window is running, not crashed").isEmpty();
            assertThat(second.autosaveProblemProperty().get()).contains("s.yaml is open in another agentcost window");
            second.textProperty().set(second.textProperty().get() + "# the second window's edit\n");
            second.autosave();
            assertThat(Autosave.recover(file, "")).as("the second window does not overwrite the first's autosave").contains(edited);
        } finally {
            second.shutdown();
        }
        // the first window goes away without clearing its autosave, as in a crash: now it is offered
        vm.shutdown();
        MainViewModel third = new MainViewModel(Fixtures.services(), Runnable::run);
        try {
            third.open(file);
            assertThat(third.recovered()).contains(edited);
            assertThat(third.autosaveProblemProperty().get()).isEmpty();
        } finally {
            third.shutdown();
        }
    }

    @Test
    void newOpenAndSaveLeaveNoAutosaveBehind() throws Exception {
        Path file = Files.copy(Fixtures.root().resolve("scenarios/support-agent.yaml"), dir.resolve("s.yaml"));
        Path other = Files.copy(Fixtures.root().resolve("scenarios/coding-agent.yaml"), dir.resolve("t.yaml"));
        // New (the window asked first and the user discarded the edits)
        vm.open(file);
        vm.textProperty().set(vm.textProperty().get() + "# edit\n");
        vm.autosave();
        vm.newScenario(NewScenario.TEMPLATE);
        assertThat(Files.exists(Autosave.fileFor(file))).isFalse();
        // Open of another file
        vm.open(file);
        vm.textProperty().set(vm.textProperty().get() + "# edit\n");
        vm.autosave();
        vm.open(other);
        assertThat(Files.exists(Autosave.fileFor(file))).isFalse();
        // Save as: the edits now live in the new file, so neither file has anything to restore
        vm.open(file);
        vm.textProperty().set(vm.textProperty().get() + "# edit\n");
        vm.autosave();
        Path copy = dir.resolve("copy.yaml");
        vm.saveAs(copy);
        assertThat(Files.exists(Autosave.fileFor(file))).isFalse();
        assertThat(Files.exists(Autosave.fileFor(copy))).isFalse();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aFullRunMovesTheBarThroughTheForecastAndReportsTheWholeRunsSeconds() throws Exception {
        // the JavaFX thread runs the updates one at a time, in order: a single thread here too (Runnable::run would let
        // two workers' reports race, which the app never sees)
        ExecutorService fx = Executors.newSingleThreadExecutor();
        MainViewModel vm = new MainViewModel(Fixtures.services(), fx::execute);
        try {
            vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
            fx.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            fx.shutdownNow();
            throw e;
        }
        List<Double> bar = new CopyOnWriteArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> bar.add(b.doubleValue()));
        vm.runFull().get(120, TimeUnit.SECONDS);
        fx.submit(() -> { }).get(60, TimeUnit.SECONDS);
        vm.shutdown();
        fx.shutdown();
        // the bar once sat at 0.9 from the end of the simulation to the end of the forecast
        assertThat(bar).anyMatch(p -> p > 0.9 && p < 1);
        assertThat(bar.subList(1, bar.size())).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(bar.get(bar.size() - 1)).isEqualTo(1.0);
        // the status gives the whole run: at least the simulation's and the forecast's own seconds together
        var sim = vm.simulationProperty().get().run();
        var fc = vm.forecastProperty().get().run();
        String status = vm.statusProperty().get();
        assertThat(status).startsWith("Full run: 20,000 iterations").contains(" + 24-month forecast in ");
        double shown = Double.parseDouble(status.replaceAll(".* in ([0-9.]+) s$", "$1"));
        assertThat(shown).isGreaterThanOrEqualTo(sim.seconds() + fc.seconds() - 0.005);
    }

    @Test
    void aPreviewSaysItIsUpdatingUntilItsResultsAreIn() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        List<Boolean> updating = new CopyOnWriteArrayList<>();
        vm.updatingProperty().addListener((o, a, b) -> updating.add(b));
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(updating).containsExactly(true, false);
        assertThat(vm.simulationProperty().get()).isNotNull();
    }

    @Test
    void exportingWritesTheWorkbookAndAnUnwritablePathSaysWhyAndWritesNothing() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/bedrock-vs-sagemaker.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        Path out = dir.resolve("what-if.xlsx");
        CompletableFuture<String> done = new CompletableFuture<>();
        vm.exportWorkbook(out, done::complete);
        assertThat(done.get(120, TimeUnit.SECONDS)).startsWith("Wrote " + out);
        try (var wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getSheet("Summary")).isNotNull();
            assertThat(wb.getSheet("Levers")).isNotNull();
        }
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a directory");
        CompletableFuture<String> failed = new CompletableFuture<>();
        vm.exportWorkbook(blocked.resolve("what-if.xlsx"), failed::complete);
        assertThat(failed.get(120, TimeUnit.SECONDS)).startsWith("Cannot write").contains("Nothing was written");
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
