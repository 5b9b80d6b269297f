package io.agentcost.app;

import io.agentcost.model.Estimate;
import java.time.LocalDate;
import java.util.List;

/** The nominal estimate of a scenario: one entry per phase × architecture, with the catalog it was priced from. */
public record EstimateReport(String scenario, String region, LocalDate catalogDate, String catalogFile,
                             double hoursPerMonth, double discount, List<String> phases, List<String> architectures,
                             List<Estimate> results, List<String> warnings) {

    public EstimateReport {
        phases = List.copyOf(phases);
        architectures = List.copyOf(architectures);
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    public Estimate result(String phase, String architecture) {
        for (Estimate e : results) if (e.phase().equals(phase) && e.architecture().equals(architecture)) return e;
        return null;
    }
}
