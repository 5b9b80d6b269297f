package io.agentcost.model;

/** A Spearman rank correlation between two workload inputs. */
public record Correlation(String a, String b, double rho) {
}
