package io.agentcost.pricing;

/** Gives the price snapshot of a region. */
@FunctionalInterface
public interface CatalogSource {
    Catalog load(String region) throws CatalogException;
}
