package io.agentcost.scenario;

import io.agentcost.model.Range;

/**
 * Where one numeric input is written in a scenario's text: its key path, what it holds, and the
 * character span of its value, so an editor can replace just that value and keep the rest of the
 * file (comments, order, layout) as the user wrote it.
 *
 * @param numberOnly a plain number, no distribution (budget, hours, counts, price overrides)
 * @param mayVary    a workload key that also takes {@code {varies: D}} (SPEC §12: turns and calls per turn)
 */
public record InputSite(String path, String key, String unit, Range range, int start, int end, String text, boolean numberOnly,
                        boolean mayVary) {

    public InputSite(String path, String key, String unit, Range range, int start, int end, String text) {
        this(path, key, unit, range, start, end, text, false, false);
    }

    public InputSite(String path, String key, String unit, Range range, int start, int end, String text, boolean numberOnly) {
        this(path, key, unit, range, start, end, text, numberOnly, false);
    }
}
