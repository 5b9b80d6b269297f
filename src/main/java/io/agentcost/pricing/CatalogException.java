package io.agentcost.pricing;

/** A price snapshot that cannot be found or read; the message names the file. */
public class CatalogException extends Exception {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
