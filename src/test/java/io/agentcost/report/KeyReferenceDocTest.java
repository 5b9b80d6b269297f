package io.agentcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.ComponentType;
import io.agentcost.model.KeySpec;
import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/scenario-keys.md is the generated reference; regenerate with -Dgolden.update=true. */
class KeyReferenceDocTest {

    @Test
    void theKeyReferenceInDocsIsUpToDate() throws Exception {
        Path doc = Fixtures.root().resolve("docs/scenario-keys.md");
        if (Boolean.getBoolean("golden.update")) Files.writeString(doc, KeyReference.markdown());
        assertThat(Files.readString(doc)).isEqualTo(KeyReference.markdown());
    }

    @Test
    void everyKeyAndTheSpecDefaultsAreDocumented() {
        String md = KeyReference.markdown();
        for (WorkloadKey k : WorkloadKey.values()) assertThat(md).contains("| `" + k.key() + "` |");
        for (ComponentType t : ComponentType.values()) {
            assertThat(md).contains("#### " + t.key());
            for (KeySpec k : t.keys()) assertThat(md).contains("| `" + k.name() + "` |");
        }
        // SPEC §3 and §11.2 defaults that are not 0
        assertThat(md).contains("| `llm_calls_per_turn` | calls (0 to 10,000) | 1 |", "| `log_sampling` | share (between 0 and 1) | 1 |",
                "| `trace_sampling` | share (between 0 and 1) | 1 |", "| `non_prod_uptime` | share of month (between 0 and 1) | 1 |",
                "| `hours_per_month` | hours | 730 |", "| `free_tier` | true/false | false |", "| `min_instances` | instances (0 to 100,000) | 1 |",
                "| `target_utilization` | share (0.001 to 1) | 0.7 |", "| `serves_share` | share (between 0 and 1) | 1 |");
    }
}
