package io.agentcost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
                .whereLayer("estimate").mayOnlyBeAccessedByLayers("app", "simulation", "export")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("app", "cli", "ui")
                .whereLayer("sampling").mayOnlyBeAccessedByLayers("estimate", "simulation", "app", "export")
                .whereLayer("pricing").mayOnlyBeAccessedByLayers("scenario", "estimate", "simulation", "app", "report", "export", "cli", "ui")
                .check(CLASSES);
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
        confined("com.fasterxml.jackson..", "io.agentcost.pricing.store..", "io.agentcost.report..");
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
