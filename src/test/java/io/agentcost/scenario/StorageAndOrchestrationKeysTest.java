package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.ComponentType;
import io.agentcost.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input to s3, step_functions, guardrails and secrets_manager (issue 16): one message each, with file,
 * line and key path (decision 0017). Lines are counted from 1 at the first line of each text block.
 */
class StorageAndOrchestrationKeysTest {

    private static final String HEAD = """
            workload:
              monthly_conversations: 1000
              turns_per_conversation: 4
              user_tokens_per_turn: 200
              output_tokens_per_call: 300
            architectures:
              a:
            """;

    /** Exactly one problem, "test.yaml:LINE:COL: PATH: message" with these words in it. */
    private static void onlyProblem(String component, int line, String path, String... words) {
        List<String> problems = Fixtures.problems(HEAD + "    " + component + "\n");
        assertThat(problems).as("problems").hasSize(1);
        String p = problems.get(0);
        assertThat(p).as(p).startsWith("test.yaml:" + line + ":").contains(": " + path + ": ").contains(words);
    }

    @Test
    void aNegativeStorageSizeIsRefusedAtItsKey() {
        onlyProblem("s3: {storage_gb: -5}", 8, "architectures.a.s3.storage_gb", "0 or more");
    }

    @Test
    void aNegativeRequestCountIsRefusedAtItsKey() {
        onlyProblem("s3: {storage_gb: 10, get_requests_per_turn: -1}", 8, "architectures.a.s3.get_requests_per_turn", "0 or more");
    }

    @Test
    void anUnknownStorageClassIsRefusedWithTheClassesThereAre() {
        onlyProblem("s3: {storage_gb: 10, storage_class: glacier}", 8, "architectures.a.s3.storage_class", "glacier_instant_retrieval");
    }

    @Test
    void s3WithoutAStorageSizeSaysItIsRequired() {
        onlyProblem("s3: {get_requests_per_turn: 2}", 8, "architectures.a.s3.storage_gb", "required");
    }

    @Test
    void anUnknownWorkflowTypeIsRefused() {
        onlyProblem("step_functions: {workflow_type: batch, transitions_per_turn: 3}", 8, "architectures.a.step_functions.workflow_type",
                "standard", "express");
    }

    @Test
    void aStandardWorkflowNeedsItsTransitionsAndAnExpressOneItsDuration() {
        onlyProblem("step_functions: {}", 8, "architectures.a.step_functions.transitions_per_turn", "required", "standard workflow");
        onlyProblem("step_functions: {workflow_type: express}", 8, "architectures.a.step_functions.duration_ms", "required",
                "express workflow");
    }

    @Test
    void aNegativeDurationIsRefused() {
        onlyProblem("step_functions: {workflow_type: express, duration_ms: -100}", 8, "architectures.a.step_functions.duration_ms",
                "0 or more");
    }

    @Test
    void anUnknownPolicyTypeIsAnUnknownKeyWithASuggestion() {
        onlyProblem("guardrails: {denied_topic: input}", 8, "architectures.a.guardrails.denied_topic", "unknown key",
                "did you mean 'denied_topics'");
    }

    @Test
    void aPolicyCheckedWhereItCannotBeIsRefused() {
        // contextual grounding checks model responses only
        onlyProblem("guardrails: {contextual_grounding: input}", 8, "architectures.a.guardrails.contextual_grounding", "off", "output");
    }

    @Test
    void aNegativeTokenCountIsRefused() {
        onlyProblem("guardrails: {output_tokens_per_evaluation: -3}", 8, "architectures.a.guardrails.output_tokens_per_evaluation",
                "0 or more");
    }

    @Test
    void guardrailsWithoutTokenCountsNeedTheWorkloadsMessageAndAnswer() {
        List<String> problems = Fixtures.problems("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 4}
                architectures:
                  a: {guardrails: {}}
                """);
        assertThat(problems).containsExactly(
                "test.yaml:1:11: workload.user_tokens_per_turn: user_tokens_per_turn is not set: give it in workload (or the phase)",
                "test.yaml:1:11: workload.output_tokens_per_call: output_tokens_per_call is not set: give it in workload (or the phase)");
        assertThat(Fixtures.load("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 4}
                architectures:
                  a: {guardrails: {input_tokens_per_evaluation: 100, output_tokens_per_evaluation: 100}}
                """).ok()).isTrue();
    }

    @Test
    void theChoicesEditorOffersTheNewChoicesWithTheirDefaultsAndAnEditLoads() {
        String text = HEAD + "    s3: {storage_gb: 10}\n    step_functions: {transitions_per_turn: 3}\n    guardrails: {}\n";
        var catalog = Fixtures.load(text).catalog();
        List<ChoiceSite> sites = YamlChoices.sites(text, catalog, List.of("us-east-1"));
        ChoiceSite cls = sites.stream().filter(x -> x.path().equals("architectures.a.s3.storage_class")).findFirst().orElseThrow();
        assertThat(cls.value()).isEqualTo("standard");
        assertThat(cls.origin()).isEqualTo(ChoiceSite.Origin.DEFAULT);
        assertThat(cls.options()).contains("standard_ia", "glacier_deep_archive");
        ChoiceSite grounding = sites.stream().filter(x -> x.path().equals("architectures.a.guardrails.contextual_grounding")).findFirst()
                .orElseThrow();
        assertThat(grounding.options()).containsExactly("off", "output");
        ChoiceSite workflow = sites.stream().filter(x -> x.path().equals("architectures.a.step_functions.workflow_type")).findFirst()
                .orElseThrow();
        String edited = YamlChoices.set(text, cls, "one_zone_ia").applyTo(text);
        assertThat(Fixtures.load(edited).ok()).isTrue();
        assertThat(Fixtures.load(edited).scenario().architectures().get(0).component(ComponentType.S3).word("storage_class")).isEqualTo("one_zone_ia");
        // switching to express without a duration is reported, not accepted silently
        assertThat(Fixtures.problems(YamlChoices.set(text, workflow, "express").applyTo(text)))
                .singleElement().asString().contains("step_functions.duration_ms", "express workflow");
    }

    @Test
    void aNegativeSecretsCountIsRefusedAndTheCountIsRequired() {
        onlyProblem("secrets_manager: {secrets: -2}", 8, "architectures.a.secrets_manager.secrets", "0 or more");
        onlyProblem("secrets_manager: {api_calls_per_turn: 1}", 8, "architectures.a.secrets_manager.secrets", "required");
    }
}
