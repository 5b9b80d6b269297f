package io.agentcost.pricing;

import java.util.List;

/**
 * Where a refresh reads Price List products from: the Price List Query API (GetProducts) or the
 * public bulk offer files. A source applies the TERM_MATCH filters; choosing the price among the
 * products is {@link PriceResolver}'s job, so both sources are resolved the same way.
 */
public interface PriceListSource extends AutoCloseable {

    /**
     * The products matching each request of one service, in request order (one service at a time,
     * so a bulk file is read once). A request-only failure is returned in its {@link Answer}; a
     * failure that makes every further request pointless is thrown.
     */
    List<Answer> fetch(String serviceCode, List<List<PriceQuery.Filter>> requests) throws PriceListException;

    /** Where the prices come from, for messages and the snapshot's sources (never credentials). */
    String describe();

    @Override
    default void close() {
    }

    /**
     * The products of one request, documents skipped as malformed (warnings), or the request's own
     * error; {@code origin} names where they came from for the refreshed prices' sources.
     */
    record Answer(List<PriceListProduct> products, List<String> warnings, String error, String origin) {
        public Answer {
            products = List.copyOf(products);
            warnings = List.copyOf(warnings);
        }

        public static Answer of(List<PriceListProduct> products, List<String> warnings, String origin) {
            return new Answer(products, warnings, null, origin);
        }

        public static Answer failed(String error) {
            return new Answer(List.of(), List.of(), error, null);
        }
    }
}
