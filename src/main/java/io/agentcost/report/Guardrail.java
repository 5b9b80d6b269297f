package io.agentcost.report;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI guardrail on a simulation, {@code simulate --fail-if '[PHASE/ARCH ]STAT OP NUMBER'} (NUMBER as a scenario file
 * writes it: 20000, 20_000, 20,000 or 2e4): it breaks where a phase × architecture's statistic compares true
 * ({@code p90 > 20000} breaks on every cell whose P90 is above $20,000).
 * STAT is mean, p5, p10, p25, p50, p75, p90, p95, p99 (USD a month), p_exceed_budget, p_kill_switch or
 * p_commitment_wasted (0 to 1, or a percentage with %; the last on the architectures with commitments, SPEC §13); OP is &gt;, &gt;=, &lt; or &lt;=; the scope's phase or architecture may be * (decision 0021), and a name
 * with a space or a slash is written in double quotes ({@code '"eu launch"/serverless p90 > 20000'}).
 *
 * @param phase        the phase it applies to, or null for every phase
 * @param architecture the architecture it applies to, or null for every architecture
 */
public record Guardrail(String text, String phase, String architecture, String stat, String op, double threshold) {

    public static final List<String> STATS = List.of("mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "p_exceed_budget",
            "p_kill_switch", "p_commitment_wasted");
    /** A name that needs no quotes: no space, slash or double quote. */
    private static final String BARE = "[^\\s/\"]+";
    private static final Pattern BARE_NAME = Pattern.compile(BARE);
    /** A phase or architecture: a bare name, or one in double quotes where it holds a space or a slash. */
    private static final String NAME = "(\"[^\"]+\"|" + BARE + ")";
    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:" + NAME + "/" + NAME + "\\s+)?([A-Za-z_0-9]+)\\s*(>=|<=|>|<)\\s*(\\$?)((?:[0-9][0-9,_]*(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(%?)\\s*");

    /** A cell that breaks the guardrail, with the value that broke it. */
    public record Breach(Guardrail guardrail, String phase, String architecture, double value) {

        public String message() {
            return "'" + guardrail.text().strip() + "': " + phase + "/" + architecture + " " + guardrail.stat() + " is " + guardrail.show(value);
        }
    }

    /** Reads an expression; a malformed one throws with a message that says what was expected. */
    public static Guardrail parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected [PHASE/ARCHITECTURE ]STAT OP NUMBER, e.g. 'p90 > 20000' or"
                    + " 'launch/serverless p_exceed_budget >= 0.1' (STAT: " + String.join(", ", STATS) + "; OP: >, >=, <, <=)");
        }
        String stat = m.group(3).toLowerCase(Locale.ROOT);
        if (!STATS.contains(stat)) {
            throw new IllegalArgumentException("unknown statistic '" + m.group(3) + "' (expected one of " + String.join(", ", STATS) + ")");
        }
        boolean probability = stat.startsWith("p_");
        if (!m.group(5).isEmpty() && probability) throw new IllegalArgumentException(stat + " is a probability, not dollars: drop the $");
        if (!m.group(7).isEmpty() && !probability) throw new IllegalArgumentException(stat + " is in dollars, not a percentage: drop the %");
        double n;
        try {
            n = Double.parseDouble(m.group(6).replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + m.group(6) + "' is not a number");
        }
        // 1e999 reads as infinity: a threshold no figure can cross is a typo, not a guardrail
        if (!Double.isFinite(n)) throw new IllegalArgumentException("'" + m.group(6) + "' is too large a number");
        if (!m.group(7).isEmpty()) n /= 100;
        if (probability && n > 1) throw new IllegalArgumentException(stat + " is a probability from 0 to 1 (or 0% to 100%), not " + m.group(6));
        return new Guardrail(text, star(m.group(1)), star(m.group(2)), stat, m.group(4), n);
    }

    private static String star(String s) {
        if (s != null && s.length() > 1 && s.startsWith("\"")) return s.substring(1, s.length() - 1);
        return s == null || s.equals("*") ? null : s;
    }

    /** A name as a guardrail writes it: in double quotes where it holds a space or a slash. */
    static String written(String name) {
        return BARE_NAME.matcher(name).matches() ? name : "\"" + name + "\"";
    }

    private static String listed(Set<String> names) {
        return String.join(", ", names.stream().map(Guardrail::written).toList());
    }

    /**
     * The cells that break it, in the simulation's order. A scope naming a phase or architecture the run does not have,
     * or a budget statistic of a scenario without that budget, throws: a guardrail that can never fire is a mistake.
     */
    public List<Breach> check(SimulationResult r) {
        Set<String> phases = new LinkedHashSet<>();
        Set<String> archs = new LinkedHashSet<>();
        r.cells().forEach(c -> {
            phases.add(c.phase());
            archs.add(c.architecture());
        });
        if (phase != null && !phases.contains(phase)) {
            throw new IllegalArgumentException("no phase '" + phase + "' (phases: " + listed(phases) + ")");
        }
        if (architecture != null && !archs.contains(architecture)) {
            throw new IllegalArgumentException("no architecture '" + architecture + "' (architectures: " + listed(archs) + ")");
        }
        List<Breach> out = new ArrayList<>();
        boolean wasted = stat.equals("p_commitment_wasted");
        boolean committed = false;
        for (SimulationResult.CellResult c : r.cells()) {
            if (phase != null && !c.phase().equals(phase)) continue;
            if (architecture != null && !c.architecture().equals(architecture)) continue;
            Double v = value(c);
            // P(commitment wasted) exists per architecture: the cells without commitments have none to waste
            if (wasted && v == null) continue;
            committed = true;
            if (v == null) {
                throw new IllegalArgumentException(stat + " needs a " + (stat.equals("p_exceed_budget") ? "budget.monthly_usd" : "budget.kill_switch_usd")
                        + " in the scenario");
            }
            if (breaks(v)) out.add(new Breach(this, c.phase(), c.architecture(), v));
        }
        if (wasted && !committed) {
            throw new IllegalArgumentException("p_commitment_wasted needs commitments (a savings plan or reservation) in "
                    + (architecture == null ? "an architecture" : "architecture '" + architecture + "'") + " of the scenario");
        }
        return out;
    }

    boolean breaks(double v) {
        return switch (op) {
            case ">" -> v > threshold;
            case ">=" -> v >= threshold;
            case "<" -> v < threshold;
            default -> v <= threshold;
        };
    }

    private Double value(SimulationResult.CellResult c) {
        Summary s = c.total();
        return switch (stat) {
            case "mean" -> s.mean();
            case "p_exceed_budget" -> c.pExceedBudget();
            case "p_kill_switch" -> c.pKillSwitch();
            case "p_commitment_wasted" -> c.pCommitmentWasted();
            default -> s.percentiles()[List.of(Summary.NAMES).indexOf(stat)];
        };
    }

    /** The value as the message shows it: dollars to the cent (a CI log must show why $20,000.40 broke "> 20000"), or a percentage. */
    String show(double v) {
        String t = stat.startsWith("p_") ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : Format.money(v);
        String limit = stat.startsWith("p_") ? String.format(Locale.ROOT, "%.2f%%", 100 * threshold) : Format.money(threshold);
        return t + " (" + op + " " + limit + ")";
    }
}
