package io.agentcost.scenario;

import io.agentcost.model.Agent;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Budget;
import io.agentcost.model.Correlation;
import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.model.Phase;
import io.agentcost.model.Problem;
import io.agentcost.model.Quoted;
import io.agentcost.model.Range;
import io.agentcost.model.Scenario;
import io.agentcost.model.SimulationSettings;
import io.agentcost.model.TimelineEntry;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.CatalogSource;
import io.agentcost.sampling.GaussianCopula;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a scenario file into a validated {@link Scenario}, or into one problem per mistake with
 * file, line, column and key path (SPEC §7). YAML is composed into nodes only (no object
 * construction, so no arbitrary types), with bounded size, aliases and nesting.
 */
public final class ScenarioLoader {

    /** The price catalog region of a scenario that names none. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** Largest scenario file accepted. */
    public static final long MAX_BYTES = 1 << 20;
    static final int MAX_ALIASES = 50;

    private static final List<String> TOP = List.of("name", "description", "region", "hours_per_month", "free_tier",
            "simulation", "budget", "workload", "phases", "timeline", "correlations", "agents", "architectures",
            "price_overrides", "discount", "start_month", "fiscal_year_start_month");

    private final CatalogSource catalogs;

    public ScenarioLoader(CatalogSource catalogs) {
        this.catalogs = catalogs;
    }

    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            return parse(readText(file), name);
        } catch (NoSuchFileException e) {
            return fail(name, "no such file");
        } catch (Unreadable e) {
            return fail(name, e.getMessage());
        } catch (IOException e) {
            return fail(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** A file that is not a scenario's text: too large, or not UTF-8. The message says which. */
    public static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * A scenario file's text, as the loader and the app's editor read it: at most {@link #MAX_BYTES} (read one byte
     * past the limit, since a device such as /dev/zero or a pipe has no size to check first), UTF-8.
     */
    public static String readText(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) throw new Unreadable("the file is larger than " + (MAX_BYTES >> 10) + " KB; a scenario is a few KB");
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not UTF-8 text");
        }
    }

    public LoadResult parse(String text, String fileName) {
        if (text.length() > MAX_BYTES) return fail(fileName, "the text is larger than " + (MAX_BYTES >> 10) + " KB");
        Node root;
        try {
            YamlLimits.Breach breach = YamlLimits.check(text);
            if (breach != null) {
                return new LoadResult(null, null, List.of(new Problem(fileName, breach.line(), breach.column(), "", breach.message())));
            }
            root = compose(text);
        } catch (ReaderException e) {
            int[] at = YamlLimits.position(text, e.getPosition());
            String what = Character.isValidCodePoint(e.getCodePoint())
                    ? Quoted.escape(new String(Character.toChars(e.getCodePoint()))) : "?";
            return new LoadResult(null, null, List.of(new Problem(fileName, at[0], at[1], "",
                    "the character " + what + " (U+" + String.format(Locale.ROOT, "%04X", e.getCodePoint())
                            + ") is not allowed in YAML; remove it or write it inside quotes as an escape")));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String why = firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            String message = why.startsWith("Global tag is not allowed: ")
                    ? "tag " + why.substring("Global tag is not allowed: ".length()) + " is not allowed (only plain YAML values)"
                    : "YAML syntax error: " + why;
            return new LoadResult(null, null, List.of(new Problem(fileName, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, "", message)));
        } catch (YAMLException e) {
            String why = firstLine(e.getMessage());
            if (why.contains("Number of aliases")) {
                return fail(fileName, "more than " + MAX_ALIASES + " aliases (*name) to lists or mappings: refused as a possible"
                        + " alias bomb; write the values out instead");
            }
            return fail(fileName, "YAML error: " + why);
        }
        if (root == null) return fail(fileName, "the file is empty");
        return new Reading(fileName).read(new Located(root, ""));
    }

    static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return new Yaml(options).compose(new StringReader(text));
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static LoadResult fail(String file, String message) {
        return new LoadResult(null, null, List.of(new Problem(file, 0, 0, "", message)));
    }

    /** One pass over one file. */
    private final class Reading {
        private final String file;
        private final Problems problems;
        private final Nodes nodes;

        Reading(String file) {
            this.file = file;
            this.problems = new Problems(file);
            this.nodes = new Nodes(problems);
        }

        LoadResult read(Located root) {
            Map<String, Located> top = nodes.map(root, TOP, "scenario settings");
            if (top == null) return new LoadResult(null, null, problems.sorted());
            String region = top.containsKey("region") ? nodes.scalar(top.get("region"), "a region code") : DEFAULT_REGION;
            if (region == null) return new LoadResult(null, null, problems.sorted());
            Catalog catalog;
            try {
                catalog = catalogs.load(region);
            } catch (CatalogException e) {
                Located at = top.getOrDefault("region", root);
                problems.add(at.line(), at.column(), "region", e.getMessage());
                return new LoadResult(null, null, problems.sorted());
            }
            DistributionReader dists = new DistributionReader(nodes);
            WorkloadReader workloads = new WorkloadReader(nodes, dists, catalog);

            String name = top.containsKey("name") ? nodes.name(top.get("name"), "the scenario name", Limits.MAX_TITLE_LENGTH) : defaultName();
            String description = top.containsKey("description") ? description(top.get("description")) : "";
            double hours = positiveNumber(top.get("hours_per_month"), 730, 744);
            Boolean freeTier = top.containsKey("free_tier") ? nodes.bool(top.get("free_tier")) : Boolean.FALSE;
            SimulationSettings sim = top.containsKey("simulation") ? simulation(top.get("simulation")) : SimulationSettings.DEFAULT;
            Budget budget = top.containsKey("budget") ? budget(top.get("budget")) : Budget.NONE;
            Workload workload = Workload.EMPTY;
            if (top.containsKey("workload")) {
                Map<String, Located> w = nodes.map(top.get("workload"), WorkloadReader.KEYS, "workload inputs");
                if (w != null) workload = workloads.read(w);
            }
            List<Phase> phases = new ArrayList<>();
            Map<String, Located> phaseNodes = new LinkedHashMap<>();
            if (top.containsKey("phases")) {
                Map<String, Located> ps = nodes.map(top.get("phases"), null, "phase name: overrides");
                if (ps != null) {
                    if (ps.isEmpty()) problems.add(top.get("phases"), "give at least one phase, or leave phases out");
                    atMost(top.get("phases"), ps.size(), Limits.MAX_PHASES, "phases");
                    for (Map.Entry<String, Located> e : ps.entrySet()) {
                        Located v = e.getValue();
                        if (!nodes.nameOk(v, e.getKey(), "a phase name", Limits.MAX_NAME_LENGTH)) continue;
                        Map<String, Located> o = isEmptyScalar(v) ? Map.of() : nodes.map(v, WorkloadReader.KEYS, "workload overrides");
                        if (o == null) continue;
                        phases.add(new Phase(e.getKey(), workloads.read(o)));
                        phaseNodes.put(e.getKey(), v);
                    }
                }
            } else {
                phases.add(new Phase(Phase.DEFAULT, Workload.EMPTY));
                phaseNodes.put(Phase.DEFAULT, top.getOrDefault("workload", root));
            }
            List<Agent> agents = new ArrayList<>();
            List<Located> agentNodes = new ArrayList<>();
            if (top.containsKey("agents")) agents(top.get("agents"), workloads, dists, agents, agentNodes);
            List<ArchitectureSpec> archs = List.of();
            ArchitectureReader architectures = new ArchitectureReader(nodes, dists, catalog);
            if (top.containsKey("architectures")) {
                archs = architectures.read(top.get("architectures"));
            } else {
                problems.add(root, "'architectures' is required: give at least one (e.g. serverless: {preset: serverless})");
            }
            if (top.containsKey("agents")) {
                long combinations = (long) Math.max(1, phases.size()) * Math.max(1, archs.size()) * Math.max(1, agents.size());
                if (combinations > Limits.MAX_COMBINATIONS) {
                    problems.add(top.get("agents"), phases.size() + " phases × " + archs.size() + " architectures × " + agents.size()
                            + " agents make " + combinations + " columns of line items; at most " + Limits.MAX_COMBINATIONS
                            + ": split the scenario or group similar agents (count)");
                }
            }
            List<TimelineEntry> timeline = top.containsKey("timeline") ? timeline(top.get("timeline"), dists, phaseNodes.keySet()) : List.of();
            List<Correlation> correlations = top.containsKey("correlations") ? correlations(top.get("correlations")) : List.of();
            Map<String, Double> overrides = top.containsKey("price_overrides") ? priceOverrides(top.get("price_overrides"), catalog) : Map.of();
            double discount = top.containsKey("discount") ? share(top.get("discount")) : 0;
            YearMonth startMonth = top.containsKey("start_month") ? startMonth(top.get("start_month")) : null;
            Integer fiscal = top.containsKey("fiscal_year_start_month") ? nodes.integer(top.get("fiscal_year_start_month"), 1, 12) : null;

            if (!problems.isEmpty()) return new LoadResult(null, null, problems.sorted());
            Scenario s = new Scenario(name, description == null ? "" : description, region, hours,
                    Boolean.TRUE.equals(freeTier), sim, budget, workload, phases, timeline, correlations, agents, archs,
                    overrides, discount, startMonth, fiscal == null ? 1 : fiscal);
            new WorkloadChecks(problems).check(s, phaseNodes, agentNodes, top.getOrDefault("workload", root));
            new CommitmentChecks(problems).check(s, architectures.commitmentNodes());
            return problems.isEmpty() ? new LoadResult(s, catalog, List.of()) : new LoadResult(null, null, problems.sorted());
        }

        private String defaultName() {
            String f = Path.of(file).getFileName().toString();
            return f.replaceFirst("\\.ya?ml$", "");
        }

        private boolean isEmptyScalar(Located v) {
            return v.node() instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
        }

        private void atMost(Located at, int count, int max, String what) {
            if (count > max) problems.add(at, count + " " + what + "; at most " + max);
        }

        /** Free text: newlines and tabs allowed, other control characters not; at most 10,000 characters. */
        private String description(Located at) {
            String s = nodes.scalar(at, "text");
            if (s == null) return null;
            if (s.length() > Limits.MAX_DESCRIPTION_LENGTH) {
                problems.add(at, "the description is longer than " + Limits.MAX_DESCRIPTION_LENGTH + " characters");
                return null;
            }
            if (!Quoted.isPlain(s.replace('\n', ' ').replace('\t', ' '))) {
                problems.add(at, "the description has control or invisible characters; use plain text");
                return null;
            }
            return s;
        }

        private double positiveNumber(Located at, double dflt, double max) {
            if (at == null) return dflt;
            Double v = nodes.number(at);
            if (v == null) return dflt;
            if (v <= 0 || v > max) {
                problems.add(at, "must be greater than 0 and at most " + Distribution.fixed(max).describe() + " (got " + Distribution.fixed(v).describe() + ")");
                return dflt;
            }
            return v;
        }

        /** A calendar month written YYYY-MM (e.g. 2027-01): forecast month 1. */
        private YearMonth startMonth(Located at) {
            String text = nodes.scalar(at, "a month as YYYY-MM (e.g. 2027-01)");
            if (text == null) return null;
            if (text.matches("\\d{4}-\\d{2}")) {
                try {
                    YearMonth m = YearMonth.parse(text);
                    if (m.getYear() >= 1900 && m.getYear() <= 9999) return m;
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problems.add(at, "expected a month as YYYY-MM between 1900-01 and 9999-12 (e.g. 2027-01), got '" + Quoted.excerpt(text) + "'");
            return null;
        }

        private double share(Located at) {
            Double v = nodes.number(at);
            if (v == null) return 0;
            if (v < 0 || v > 1) {
                problems.add(at, "must be between 0 and 1 (got " + Distribution.fixed(v).describe() + ")");
                return 0;
            }
            return v;
        }

        private Double money(Located at) {
            if (at == null) return null;
            return nodes.number(at, Range.NON_NEGATIVE, "USD");
        }

        private SimulationSettings simulation(Located at) {
            SimulationSettings d = SimulationSettings.DEFAULT;
            Map<String, Located> m = nodes.map(at, List.of("iterations", "seed", "sampling", "target_relative_error", "max_iterations"), "simulation settings");
            if (m == null) return d;
            Integer iterations = m.containsKey("iterations") ? nodes.integer(m.get("iterations"), 1, Limits.MAX_ITERATIONS) : Integer.valueOf(d.iterations());
            Integer seed = null;
            long seedValue = d.seed();
            if (m.containsKey("seed")) {
                seed = nodes.integer(m.get("seed"), 0, Integer.MAX_VALUE);
                if (seed != null) seedValue = seed;
            }
            SimulationSettings.Sampling sampling = d.sampling();
            if (m.containsKey("sampling")) {
                String s = nodes.choice(m.get("sampling"), Arrays.stream(SimulationSettings.Sampling.values()).map(SimulationSettings.Sampling::key).toList(), "sampling method");
                if (s != null) sampling = SimulationSettings.Sampling.fromKey(s);
            }
            Double target = null;
            if (m.containsKey("target_relative_error")) {
                target = nodes.number(m.get("target_relative_error"));
                if (target != null && (target <= 0 || target >= 1)) {
                    problems.add(m.get("target_relative_error"), "must be greater than 0 and less than 1, e.g. 0.01 for 1%");
                    target = null;
                }
            }
            Integer max = m.containsKey("max_iterations") ? nodes.integer(m.get("max_iterations"), 1, Limits.MAX_ITERATIONS) : Integer.valueOf(d.maxIterations());
            int it = iterations == null ? d.iterations() : iterations;
            int mx = max == null ? d.maxIterations() : max;
            if (m.containsKey("max_iterations") && max != null && mx < it) {
                problems.add(m.get("max_iterations"), "max_iterations " + mx + " is below iterations " + it);
            }
            return new SimulationSettings(it, seedValue, sampling, target, Math.max(mx, it));
        }

        private Budget budget(Located at) {
            Map<String, Located> m = nodes.map(at, List.of("monthly_usd", "kill_switch_usd"), "budget settings");
            if (m == null) return Budget.NONE;
            return new Budget(money(m.get("monthly_usd")), money(m.get("kill_switch_usd")));
        }

        private void agents(Located at, WorkloadReader workloads, DistributionReader dists, List<Agent> out, List<Located> where) {
            List<Located> items = nodes.list(at, "agents ({name, count, overrides...})");
            if (items == null) return;
            atMost(at, items.size(), Limits.MAX_AGENTS, "agents");
            List<String> keys = new ArrayList<>(List.of("name", "count", SubAgents.KEY));
            keys.addAll(WorkloadReader.KEYS);
            Set<String> names = new HashSet<>();
            SubAgents subAgents = new SubAgents(nodes, dists);
            for (Located item : items) {
                Map<String, Located> m = nodes.map(item, keys, "agent settings");
                if (m == null) continue;
                String name = m.containsKey("name") ? nodes.name(m.get("name"), "an agent name", Limits.MAX_NAME_LENGTH) : null;
                if (!m.containsKey("name")) problems.add(item, "'name' is required");
                if (name != null && !names.add(name)) problems.add(m.get("name"), "agent name '" + name + "' is used twice");
                double count = 1;
                if (m.containsKey("count")) {
                    Double c = nodes.number(m.get("count"), Range.NON_NEGATIVE, "agents");
                    if (c != null) count = c;
                }
                Map<String, Located> overrides = new LinkedHashMap<>(m);
                overrides.remove("name");
                overrides.remove("count");
                overrides.remove(SubAgents.KEY);
                Workload w = workloads.read(overrides);
                Agent.SpawnedBy spawned = subAgents.read(m);
                if (name != null) {
                    out.add(new Agent(name, count, w, spawned));
                    where.add(item);
                }
            }
            subAgents.check(out, where);
        }

        private List<TimelineEntry> timeline(Located at, DistributionReader dists, Set<String> phaseNames) {
            List<Located> items = nodes.list(at, "{phase, months, monthly_growth}");
            List<TimelineEntry> out = new ArrayList<>();
            if (items == null) return out;
            long total = 0;
            for (Located item : items) {
                Map<String, Located> m = nodes.map(item, List.of("phase", "months", "monthly_growth"), "timeline entry");
                if (m == null) continue;
                String phase = m.containsKey("phase") ? nodes.scalar(m.get("phase"), "a phase name") : null;
                if (!m.containsKey("phase")) problems.add(item, "'phase' is required");
                if (phase != null && !phaseNames.contains(phase)) {
                    problems.add(m.get("phase"), Problems.unknown("phase", phase, phaseNames));
                    phase = null;
                }
                Integer months = m.containsKey("months") ? nodes.integer(m.get("months"), 1, Limits.MAX_TIMELINE_MONTHS) : null;
                if (!m.containsKey("months")) problems.add(item, "'months' is required");
                if (months != null && total <= Limits.MAX_TIMELINE_MONTHS && (total += months) > Limits.MAX_TIMELINE_MONTHS) {
                    problems.add(m.get("months"), "the timeline reaches month " + total + "; at most " + Limits.MAX_TIMELINE_MONTHS
                            + " months (20 years) in all");
                }
                Distribution growth = m.containsKey("monthly_growth") ? dists.read(m.get("monthly_growth"), Range.GROWTH, "share per month") : Distribution.fixed(0);
                if (phase != null && months != null && growth != null) out.add(new TimelineEntry(phase, months, growth));
            }
            return out;
        }

        private List<Correlation> correlations(Located at) {
            List<Located> items = nodes.list(at, "[input_a, input_b, rho]");
            List<Correlation> out = new ArrayList<>();
            if (items == null) return out;
            atMost(at, items.size(), Limits.MAX_CORRELATIONS, "correlations");
            List<String> inputs = Arrays.stream(WorkloadKey.values()).map(WorkloadKey::key).toList();
            Set<String> pairs = new HashSet<>();
            for (Located item : items) {
                List<Located> parts = nodes.list(item, "[input_a, input_b, rho]");
                if (parts == null) continue;
                if (parts.size() != 3) {
                    problems.add(item, "expected [input_a, input_b, rho], got " + parts.size() + " items");
                    continue;
                }
                String a = nodes.choice(parts.get(0), inputs, "input");
                String b = nodes.choice(parts.get(1), inputs, "input");
                Double rho = nodes.number(parts.get(2));
                if (rho != null && (rho < -1 || rho > 1)) {
                    problems.add(parts.get(2), "a rank correlation must be between -1 and 1 (got " + Distribution.fixed(rho).describe() + ")");
                    continue;
                }
                if (a == null || b == null || rho == null) continue;
                if (a.equals(b)) {
                    problems.add(item, "an input cannot be correlated with itself");
                    continue;
                }
                String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                if (!pairs.add(key)) {
                    problems.add(item, "the pair " + a + ", " + b + " is given twice");
                    continue;
                }
                out.add(new Correlation(a, b, rho));
            }
            consistent(at, out);
            return out;
        }

        /**
         * The pairs together must form a correlation matrix; checked over every input they name, so no
         * subset the simulation draws (the uncertain ones of a phase or agent) can contradict itself.
         */
        private void consistent(Located at, List<Correlation> pairs) {
            List<String> names = new ArrayList<>();
            for (Correlation c : pairs) {
                if (!names.contains(c.a())) names.add(c.a());
                if (!names.contains(c.b())) names.add(c.b());
            }
            if (names.isEmpty()) return;
            double[][] m = new double[names.size()][names.size()];
            for (int i = 0; i < m.length; i++) m[i][i] = 1;
            for (Correlation c : pairs) {
                int i = names.indexOf(c.a()), k = names.indexOf(c.b());
                m[i][k] = c.rho();
                m[k][i] = c.rho();
            }
            try {
                GaussianCopula.check(m);
            } catch (GaussianCopula.InconsistentCorrelations e) {
                problems.add(at, "these correlations of " + String.join(", ", names) + " contradict each other (no joint"
                        + " distribution has them all, e.g. a ~ b and b ~ c strongly positive with a ~ c strongly negative): weaken some");
            }
        }

        private Map<String, Double> priceOverrides(Located at, Catalog catalog) {
            Map<String, Located> m = nodes.map(at, null, "price key: USD");
            Map<String, Double> out = new LinkedHashMap<>();
            if (m == null) return out;
            for (Map.Entry<String, Located> e : m.entrySet()) {
                if (catalog.price(e.getKey()).isEmpty()) {
                    problems.add(e.getValue(), Problems.unknown("price key", e.getKey(), catalog.prices().keySet())
                            + "; `agentcost pricing show` lists the keys");
                    continue;
                }
                Double v = money(e.getValue());
                if (v != null) out.put(e.getKey(), v);
            }
            return out;
        }
    }
}
