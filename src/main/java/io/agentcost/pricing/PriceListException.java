package io.agentcost.pricing;

/**
 * The Price List could not answer. {@link Kind#REQUEST} concerns one request only (an attribute
 * or service code the service does not know): its prices are "not refreshed" and the refresh goes
 * on. Every other kind stops the refresh before anything is written.
 */
public class PriceListException extends Exception {

    public enum Kind {
        /** The service refused the credentials or the caller lacks pricing:GetProducts. */
        ACCESS_DENIED,
        /** No credentials could be found. */
        NO_CREDENTIALS,
        /** The endpoint or the bulk file host could not be reached (after the SDK's retries). */
        UNREACHABLE,
        /** The service failed or kept throttling after the retries. */
        SERVICE,
        /** This request was rejected (unknown service code or attribute, bad token); others may work. */
        REQUEST,
        /** The refresh was cancelled by the user. */
        CANCELLED
    }

    private final Kind kind;

    public PriceListException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PriceListException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the whole refresh must stop. */
    public boolean isFatal() {
        return kind != Kind.REQUEST;
    }
}
