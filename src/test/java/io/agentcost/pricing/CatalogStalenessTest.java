package io.agentcost.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §6: the app warns when the snapshot is older than 90 days. */
class CatalogStalenessTest {

    private static final Catalog CATALOG = new Catalog("us-east-1", LocalDate.parse("2026-11-26"), "test", Map.of(), Map.of(), List.of());

    @Test
    void aSnapshotOfExactly90DaysIsNotStaleYet() {
        assertThat(CATALOG.ageInDays(LocalDate.parse("2027-02-24"))).isEqualTo(90);
        assertThat(CATALOG.isStale(LocalDate.parse("2027-02-24"))).isFalse();
    }

    @Test
    void aSnapshotOf91DaysIsStale() {
        assertThat(CATALOG.isStale(LocalDate.parse("2027-02-25"))).isTrue();
    }
}
