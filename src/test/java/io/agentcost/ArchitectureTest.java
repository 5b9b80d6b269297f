package io.agentcost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The layering of shared/STYLE.md: the model at the centre depends on no library; dependencies
 * point inward; each third-party library is confined to the package that needs it
 * (docs/decisions/0002-packages-and-libraries.md).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.agentcost");

    @Test
    void theModelDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("io.agentcost.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.agentcost.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void dependenciesPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("io.agentcost.model..")
                .layer("pricing").definedBy("io.agentcost.pricing", "io.agentcost.pricing.store..", "io.agentcost.pricing.aws..")
                .layer("sampling").definedBy("io.agentcost.sampling..")
                .layer("scenario").definedBy("io.agentcost.scenario..")
                .layer("estimate").definedBy("io.agentcost.estimate..")
                .layer("simulation").definedBy("io.agentcost.simulation..")
                .layer("calibrate").definedBy("io.agentcost.calibrate..")
                .layer("app").definedBy("io.agentcost.app..")
                .layer("report").definedBy("io.agentcost.report..")
                .layer("export").definedBy("io.agentcost.export..")
                .layer("cli").definedBy("io.agentcost.cli..")
                .layer("ui").definedBy("io.agentcost.ui..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("app").mayOnlyBeAccessedByLayers("report", "cli", "ui")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app")
                .whereLayer("simulation").mayOnlyBeAccessedByLayers("app", "report", "export", "cli", "ui")
                .whereLayer("calibrate").mayOnlyBeAccessedByLayers("app", "report", "cli", "ui")
                .whereLayer("estimate").mayOnlyBeAccessedByLayers("app", "simulation", "export")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("app", "cli", "ui")
                .whereLayer("sampling").mayOnlyBeAccessedByLayers("scenario", "estimate", "simulation", "calibrate", "app", "export")
                .whereLayer("pricing").mayOnlyBeAccessedByLayers("scenario", "estimate", "simulation", "app", "report", "export", "cli", "ui")
                .check(CLASSES);
    }

    /**
     * Inside the cost engine (decision 0014): the expression language at the bottom; usage and lines above it;
     * components state lines, the pricing pass prices them, the columnar compiler reads both; the model
     * compiles components and drives the kernel; the workbook printer reads the compiled model. Components and
     * the fast path never see each other.
     */
    @Test
    void theCostEngineIsLayeredFromTheExpressionLanguageUp() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("expr").definedBy("io.agentcost.estimate.expr..")
                .layer("usage").definedBy("io.agentcost.estimate.usage..")
                .layer("line").definedBy("io.agentcost.estimate.line..")
                .layer("component").definedBy("io.agentcost.estimate.component..")
                .layer("priced").definedBy("io.agentcost.estimate.priced..")
                .layer("columnar").definedBy("io.agentcost.estimate.columnar..")
                .layer("model").definedBy("io.agentcost.estimate")
                .layer("workbook").definedBy("io.agentcost.estimate.workbook..")
                .whereLayer("workbook").mayNotBeAccessedByAnyLayer()
                .whereLayer("model").mayOnlyBeAccessedByLayers("workbook")
                .whereLayer("columnar").mayOnlyBeAccessedByLayers("model")
                .whereLayer("component").mayOnlyBeAccessedByLayers("model")
                .whereLayer("priced").mayOnlyBeAccessedByLayers("columnar", "model", "workbook")
                .whereLayer("line").mayOnlyBeAccessedByLayers("component", "priced", "columnar", "model", "workbook")
                .whereLayer("usage").mayOnlyBeAccessedByLayers("component", "model", "workbook")
                .check(CLASSES);
        classes().that().resideInAPackage("io.agentcost.estimate.expr..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.agentcost.estimate.expr..", "java..")
                .check(CLASSES);
    }

    /** Code names a class by its simple name and an import, not by its full name (comments, strings and imports aside). */
    @Test
    void codeNamesClassesThroughImports() throws IOException {
        Pattern full = Pattern.compile("(?<![\\w.])(?:java|javax|io|org|com|software)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        for (String root : new String[]{"src/main/java", "src/test/java", "src/bench/java"}) {
            Path dir = Fixtures.root().resolve(root);
            if (!Files.isDirectory(dir)) continue;
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    boolean block = false, text = false;
                    int n = 0;
                    for (String line : Files.readAllLines(f)) {
                        n++;
                        String t = line.strip();
                        if (t.contains("\"\"\"")) text = !text;
                        if (text || t.startsWith("import ") || t.startsWith("package ") || t.startsWith("*") || t.startsWith("//")) continue;
                        if (block || t.startsWith("/*")) {
                            block = !t.contains("*/");
                            continue;
                        }
                        // string literals and trailing comments are not code
                        String code = t.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*", "");
                        if (full.matcher(code).find()) found.add(f.getFileName() + ":" + n + ": " + t);
                    }
                }
            }
        }
        Assertions.assertThat(found).isEmpty();
    }

    @Test
    void yamlParsingLivesInTheScenarioPackage() {
        confined("org.yaml.snakeyaml..", "io.agentcost.scenario..");
        confined("org.apache.commons.text..", "io.agentcost.scenario..");
    }

    @Test
    void numericLibrariesLiveInTheSamplingPackage() {
        confined("org.apache.commons.math3..", "io.agentcost.sampling..");
    }

    @Test
    void jsonLivesAtTheSerialisationEdges() {
        confined("com.fasterxml.jackson..", "io.agentcost.pricing.store..", "io.agentcost.report..",
                "io.agentcost.calibrate.logs..", "io.agentcost.calibrate.costs..");
    }

    /** Fitting and placing are pure (decision 0026): the JDK and the normal distribution function; the file readers sit apart. */
    @Test
    void calibrationIsPureApartFromItsReaders() {
        classes().that().resideInAPackage("io.agentcost.calibrate")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.agentcost.calibrate", "io.agentcost.sampling", "java..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineLibraryLivesInTheCliPackage() {
        confined("picocli..", "io.agentcost.cli..");
    }

    @Test
    void javaFxLivesInTheUiPackage() {
        confined("javafx..", "io.agentcost.ui..");
        confined("org.jfree..", "io.agentcost.ui..");
        confined("org.controlsfx..", "io.agentcost.ui..");
    }

    @Test
    void theAwsSdkAndPoiHaveOnePackageEach() {
        confined("software.amazon.awssdk..", "io.agentcost.pricing.aws..");
        confined("org.apache.poi..", "io.agentcost.export..");
    }

    private static void confined(String library, String... packages) {
        noClasses().that().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAPackage(library)
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
