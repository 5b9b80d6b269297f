package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's Inputs and Choices tabs edit a commitment in place (SPEC §13), as they edit custom lines. */
class CommitmentEditorSitesTest {

    private static String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/make-vs-buy-commitments.yaml"));
    }

    @Test
    void theInputsTabOffersAPlansHourlyCommitmentAndDiscount() throws Exception {
        String text = example();
        List<InputSite> sites = YamlInputs.sites(text);
        InputSite hourly = sites.stream().filter(s -> s.path().equals("architectures.sagemaker_savings_plan.commitments[0].hourly_usd"))
                .findFirst().orElseThrow();
        assertThat(hourly.text()).isEqualTo("6");
        assertThat(sites).anyMatch(s -> s.path().equals("architectures.sagemaker_savings_plan.commitments[0].discount") && s.text().equals("0.3"));
        // the edit keeps the file loadable, with the new commitment in force
        String edited = YamlInputs.replace(text, hourly, "7.5");
        assertThat(edited).contains("hourly_usd: 7.5, discount: 0.3");
        assertThat(Fixtures.load(edited).problems()).isEmpty();
    }

    @Test
    void theChoicesTabOffersTheCommitmentTypes() throws Exception {
        String text = example();
        ChoiceSite type = YamlChoices.sites(text, Fixtures.load(text).catalog(), List.of("us-east-1")).stream()
                .filter(s -> s.path().equals("architectures.sagemaker_savings_plan.commitments[0].type")).findFirst().orElseThrow();
        assertThat(type.value()).isEqualTo("sagemaker_savings_plan");
        assertThat(type.options()).containsExactly("compute_savings_plan", "sagemaker_savings_plan", "database_savings_plan", "reserved");
    }
}
