package io.agentcost.simulation;

/** A scenario that cannot be simulated as given (e.g. contradictory correlations); a user error. */
public class SimulationException extends RuntimeException {
    public SimulationException(String message) {
        super(message);
    }
}
