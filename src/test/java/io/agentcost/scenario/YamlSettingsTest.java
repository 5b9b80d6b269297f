package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several keys set as one edit: in place where written, appended in the mapping's style where not, comments where they were. */
class YamlSettingsTest {

    private static final String TEXT = """
            workload:   # defaults
              retry_rate: 0.05   # guessed
              model_mix:   # by share of calls
                nova-micro: 0.5   # triage
                claude-haiku-4-5: 0.5   # the rest
            agents:
              - {name: triage, count: 2}
            """;

    @Test
    void writtenKeysChangeInPlaceAndMissingOnesAreAppendedAsOneEdit() {
        // the key line's comment keeps its column where the new value leaves room (else one space, YamlText.replaceSpan);
        // the inner lines' comments follow on the same line; the last line's lies after the span and stays as it was
        var change = YamlSettings.set(TEXT, List.of(new YamlSettings.Setting("workload", "retry_rate", "0.2"),
                new YamlSettings.Setting("workload", "model_mix", "{claude-haiku-4-5: 1}"),
                new YamlSettings.Setting("workload", "cache_hit_rate", "0.75"),
                new YamlSettings.Setting("workload", "prompt_caching", "true"),
                new YamlSettings.Setting("agents.triage", "retry_rate", "0.1")));
        assertThat(change.refused()).as(change.message()).isFalse();
        assertThat(change.edit().applyTo(TEXT)).isEqualTo("""
                workload:   # defaults
                  retry_rate: 0.2   # guessed
                  model_mix: {claude-haiku-4-5: 1} # by share of calls   # triage   # the rest
                  cache_hit_rate: 0.75
                  prompt_caching: true
                agents:
                  - {name: triage, count: 2, retry_rate: 0.1}
                """);
    }

    @Test
    void aMissingScopeOrAKeyGivenTwiceIsRefusedWithNothingChanged() {
        assertThat(YamlSettings.set(TEXT, List.of(new YamlSettings.Setting("agents.resolver", "retry_rate", "0.1"))).message())
                .isEqualTo("no agents.resolver mapping in the scenario to set retry_rate in");
        assertThat(YamlSettings.set(TEXT, List.of(new YamlSettings.Setting("workload", "retry_rate", "0.1"),
                new YamlSettings.Setting("workload", "retry_rate", "0.2"))).refused()).isTrue();
        assertThat(YamlSettings.set("a: [", List.of(new YamlSettings.Setting("workload", "retry_rate", "0.1"))).message())
                .contains("does not parse");
    }

    @Test
    void theCurrentValueIsReadAsWrittenOnOneLine() {
        assertThat(YamlSettings.written(TEXT, "workload", "model_mix")).isEqualTo("{nova-micro: 0.5, claude-haiku-4-5: 0.5}");
        assertThat(YamlSettings.written(TEXT, "agents.triage", "count")).isEqualTo("2");
        assertThat(YamlSettings.written(TEXT, "agents.triage", "retry_rate")).isNull();
    }
}
