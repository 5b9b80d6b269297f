package io.agentcost.simulation;

/** Progress of a run: iterations done out of the planned total (the total may grow while converging). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
