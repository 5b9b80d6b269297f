package io.agentcost.estimate.usage;

/**
 * Where the workbook shows a shared definition: a traffic quantity of an agent in a phase, a phase's
 * non-production multiplier, a model's share of an agent's calls, the hours of a month.
 */
public record Cell(Kind kind, String phase, int agent, TrafficField field, int model) {

    public enum Kind { TRAFFIC, FIXED_MULTIPLIER, MODEL_SHARE, HOURS }

    static Cell traffic(String phase, int agent, TrafficField field) {
        return new Cell(Kind.TRAFFIC, phase, agent, field, -1);
    }

    static Cell fixedMultiplier(String phase) {
        return new Cell(Kind.FIXED_MULTIPLIER, phase, -1, null, -1);
    }

    static Cell modelShare(String phase, int agent, int model) {
        return new Cell(Kind.MODEL_SHARE, phase, agent, null, model);
    }

    static Cell hours() {
        return new Cell(Kind.HOURS, null, -1, null, -1);
    }
}
