package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.History;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings that are one word out of a list: found with the words the loader accepts, and changed in place. */
class YamlChoicesTest {

    private static String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
    }

    private static Catalog catalog() {
        try {
            return Fixtures.load(example()).catalog();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ChoiceSite> sites(String text) {
        return YamlChoices.sites(text, catalog(), List.of("us-east-1"));
    }

    private static ChoiceSite site(String text, String path) {
        return sites(text).stream().filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + path + " in " + sites(text).stream().map(ChoiceSite::path).toList()));
    }

    private static Scenario loads(String text) {
        LoadResult r = Fixtures.load(text);
        assertThat(r.problems()).as("problems of\n" + text).isEmpty();
        return r.scenario();
    }

    private static ArchitectureSpec architecture(Scenario s, String name) {
        return s.architectures().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theExampleOffersItsWrittenChoicesAndThoseItsPresetsDecide() throws Exception {
        String text = example();
        ChoiceSite mode = site(text, "architectures.self_hosted.sagemaker.mode");
        assertThat(mode.value()).isEqualTo("autoscale");
        assertThat(mode.origin()).isEqualTo(ChoiceSite.Origin.FILE);
        assertThat(mode.options()).containsExactly("fixed", "autoscale");
        ChoiceSite ec2 = site(text, "architectures.enterprise.ec2.instance_type");
        assertThat(ec2.value()).isEqualTo("m6i.large");
        assertThat(ec2.origin()).isEqualTo(ChoiceSite.Origin.PRESET);
        assertThat(site(text, "architectures.serverless.lambda.architecture").value()).isEqualTo("x86_64");
        assertThat(site(text, "architectures.serverless.api_gateway.type").value()).isEqualTo("http");
        assertThat(site(text, "architectures.hybrid.elasticache.node_type").value()).isEqualTo("cache.r6g.large");
        assertThat(site(text, "architectures.enterprise.aurora.instance_class").value()).isEqualTo("db.r6g.large");
        assertThat(site(text, "architectures.self_hosted.preset").options()).contains("serverless", "marketplace");
        assertThat(site(text, "workload.prompt_caching").value()).isEqualTo("false");
        assertThat(site(text, "workload.bedrock_endpoint").options()).containsExactly("regional", "global");
        assertThat(site(text, "region").value()).isEqualTo("us-east-1");
        assertThat(site(text, "simulation.sampling").value()).isEqualTo("latin_hypercube");
        assertThat(site(text, "timeline[2].phase").options()).containsExactly("dev", "launch", "scale");
        // phases and agents list only what they override
        assertThat(sites(text)).noneMatch(s -> s.path().startsWith("phases.") || s.path().startsWith("agents."));
    }

    @Test
    void everyInstanceTypeOfferedLoads() throws Exception {
        String text = example();
        ChoiceSite type = site(text, "architectures.self_hosted.sagemaker.instance_type");
        // the bundled catalog prices these SageMaker hosting instances (pricing-cache/us-east-1/2026-11-26.json)
        assertThat(type.options()).contains("ml.g5.2xlarge", "ml.g4dn.xlarge", "ml.inf2.xlarge", "ml.p4d.24xlarge");
        for (String option : type.options()) {
            TextEdit edit = YamlChoices.set(text, type, option);
            Scenario s = loads(edit == null ? text : edit.applyTo(text));
            assertThat(architecture(s, "self_hosted").components().get(ComponentType.SAGEMAKER).words()).containsEntry("instance_type", option);
        }
    }

    @Test
    void aWrittenChoiceIsReplacedInPlaceAndItsCommentStays() throws Exception {
        String text = example();
        TextEdit edit = YamlChoices.set(text, site(text, "workload.bedrock_endpoint"), "global");
        String edited = edit.applyTo(text);
        assertThat(edited).isEqualTo(text.replace("  bedrock_endpoint: regional      # regional (in-region / us. profile) | global\n",
                "  bedrock_endpoint: global      # regional (in-region / us. profile) | global\n"));
        assertThat(loads(edited).workload().bedrockEndpoint()).isEqualTo("global");
        assertThat(YamlChoices.set(edited, site(edited, "workload.bedrock_endpoint"), "global")).isNull();
    }

    @Test
    void theServiceTierAndCacheLifetimeAreOfferedAtTheirDefaultsAndWrittenIntoTheWorkload() throws Exception {
        String text = example();
        ChoiceSite tier = site(text, "workload.bedrock_service_tier");
        assertThat(tier.origin()).isEqualTo(ChoiceSite.Origin.DEFAULT);
        assertThat(tier.value()).isEqualTo("standard");
        assertThat(tier.options()).containsExactly("standard", "flex", "priority");
        assertThat(site(text, "workload.cache_ttl").options()).containsExactly("5m", "1h");
        String edited = YamlChoices.set(text, tier, "flex").applyTo(text);
        assertThat(loads(edited).workload().serviceTierOrDefault()).isEqualTo("flex");
        String oneHour = YamlChoices.set(edited, site(edited, "workload.cache_ttl"), "1h").applyTo(edited);
        assertThat(loads(oneHour).workload().cacheTtlOrDefault()).isEqualTo("1h");
        assertThat(loads(oneHour).workload().serviceTierOrDefault()).isEqualTo("flex");
    }

    @Test
    void aChoiceLeftToThePresetIsWrittenIntoTheArchitecture() throws Exception {
        String text = example();
        String edited = YamlChoices.set(text, site(text, "architectures.enterprise.ec2.instance_type"), "c6i.xlarge").applyTo(text);
        assertThat(edited).isEqualTo(text.replace("  enterprise: {preset: enterprise}\n",
                "  enterprise: {preset: enterprise, ec2: {instance_type: c6i.xlarge}}\n"));
        Scenario s = loads(edited);
        assertThat(architecture(s, "enterprise").components().get(ComponentType.EC2).words()).containsEntry("instance_type", "c6i.xlarge");
        assertThat(site(edited, "architectures.enterprise.ec2.instance_type").origin()).isEqualTo(ChoiceSite.Origin.FILE);

        String arm = YamlChoices.set(text, site(text, "architectures.serverless.lambda.architecture"), "arm64").applyTo(text);
        assertThat(arm).contains("  serverless: {preset: serverless, lambda: {memory_mb: 1024, duration_ms: 800, architecture: arm64}}\n");
        assertThat(architecture(loads(arm), "serverless").components().get(ComponentType.LAMBDA).words()).containsEntry("architecture", "arm64");
    }

    @Test
    void historySwitchesBetweenFullAndAWindowWhoseNumbersBecomeInputs() throws Exception {
        String text = example();
        String window = YamlChoices.set(text, site(text, "workload.history"), YamlChoices.WINDOW).applyTo(text);
        assertThat(window).isEqualTo(text.replace("  history: full ", "  history: {window_turns: 4, summary_tokens: 300} "));
        History h = loads(window).workload().history();
        assertThat(h.full()).isFalse();
        assertThat(YamlInputs.sites(window)).extracting(InputSite::path)
                .contains("workload.history.window_turns", "workload.history.summary_tokens");
        assertThat(site(window, "workload.history").value()).isEqualTo(YamlChoices.WINDOW);
        String full = YamlChoices.set(window, site(window, "workload.history"), "full").applyTo(window);
        assertThat(full).isEqualTo(text);
    }

    @Test
    void blockStyleSettingsAreWrittenOnTheirOwnLine() {
        String text = """
                name: block
                workload:
                  monthly_conversations: 1000   # per month
                  turns_per_conversation: 4
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 100
                  history:
                    window_turns: 3
                  model_mix:
                    nova-micro: 1.0   # cheapest
                # the patterns
                architectures:
                  serverless:
                    preset: serverless
                    bedrock:
                """;
        String consistency = YamlChoices.set(text, site(text, "workload.db_consistency"), "strong").applyTo(text);
        assertThat(consistency).contains("    nova-micro: 1.0   # cheapest\n  db_consistency: strong\n# the patterns\n");
        assertThat(loads(consistency).workload().dbConsistency()).isEqualTo("strong");

        // SPEC §12's two loop choices are offered at their defaults (independent, keep) and written where missing
        assertThat(site(text, "workload.loop_context").value()).isEqualTo("independent");
        assertThat(site(text, "workload.loop_context").options()).containsExactly("independent", "accumulate");
        String accumulate = YamlChoices.set(text, site(text, "workload.loop_context"), "accumulate").applyTo(text);
        assertThat(loads(accumulate).workload().accumulates()).isTrue();
        String drop = YamlChoices.set(text, site(text, "workload.history_tool_results"), "drop").applyTo(text);
        assertThat(drop).contains("  history_tool_results: drop\n");
        assertThat(loads(drop).workload().keepsToolResults()).isFalse();

        String full = YamlChoices.set(text, site(text, "workload.history"), "full").applyTo(text);
        assertThat(full).contains("  output_tokens_per_call: 100\n  history: full\n  model_mix:\n");
        assertThat(loads(full).workload().history().full()).isTrue();

        String sampling = YamlChoices.set(text, site(text, "simulation.sampling"), "sobol").applyTo(text);
        assertThat(sampling).endsWith("    bedrock:\nsimulation: {sampling: sobol}\n");
        loads(sampling);

        String api = YamlChoices.set(text, site(text, "architectures.serverless.api_gateway.type"), "rest").applyTo(text);
        assertThat(api).endsWith("    bedrock:\n    api_gateway: {type: rest}\n");
        assertThat(architecture(loads(api), "serverless").components().get(ComponentType.API_GATEWAY).words()).containsEntry("type", "rest");
    }

    @Test
    void unparsableTextHasNoChoices() {
        assertThat(YamlChoices.sites("workload: {a: [", catalog(), List.of())).isEmpty();
    }
}
