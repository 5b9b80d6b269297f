package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.ComponentType;
import io.agentcost.model.KeySpec;
import io.agentcost.model.Limits;
import io.agentcost.model.Range;
import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * SPEC §7 and issue 13, point 2: no command prints NaN, Infinity or a negative cost for a file that validates.
 * Each case takes a scenario that uses every component and pushes its numbers to the edges the loader allows:
 * every numeric key at the top of its bound, at the bottom, or as a distribution whose tail reaches the top
 * (a lognormal with its P90 at the bound: its draws beyond it are cut there), chosen by a seeded generator.
 * All at the top at once is the worst case the bounds were chosen for (decision 0017).
 */
class ExtremeInputsTest {

    private static final int CASES = 24;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<String> bases = List.of("src/test/resources/export/kitchen-sink.yaml", "scenarios/uncertain-fleet.yaml",
                "scenarios/coding-agent.yaml", "scenarios/supervisor-agents.yaml");
        for (String base : bases) {
            for (int i = 0; i < CASES / bases.size(); i++) out.add(Arguments.of(base, i));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void everyFigureIsFiniteAndNoCostIsNegative(String base, int index) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) new Yaml().load(Files.readString(Fixtures.root().resolve(base)));
        // case 0: every number at the top of its bound at once
        new Extremes(new SplittableRandom(1_000 + index), index == 0).scenario(doc);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Path file = dir.resolve("extreme-" + index + ".yaml");
        Files.writeString(file, new Yaml(o).dump(doc));

        CliRun valid = CliRun.of("validate", file.toString());
        assertThat(valid.code()).as("the generated file must load: %s\n%s", valid.err(), Files.readString(file)).isEqualTo(Cli.OK);
        for (String[] command : List.of(new String[]{"estimate", "--format", "json"}, new String[]{"simulate", "--iterations", "400", "--format", "json"},
                new String[]{"forecast", "--iterations", "300", "--format", "json"})) {
            List<String> args = new ArrayList<>(List.of(command[0], file.toString()));
            args.addAll(List.of(command).subList(1, command.length));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as("%s: %s", command[0], r.err()).isEqualTo(Cli.OK);
            FiniteJson.check(r.out(), command[0]);
            assertThat(r.out()).as(command[0]).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("∞");
        }
        // the tables too: their formatter once exited 1 on an infinite amount
        for (String command : List.of("estimate", "simulate", "forecast")) {
            CliRun table = CliRun.of(command, file.toString(), "--iterations", "300");
            if (command.equals("estimate")) table = CliRun.of(command, file.toString());
            assertThat(table.code()).as(command + " table: " + table.err()).isEqualTo(Cli.OK);
            assertThat(table.out()).as(command + " table").doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("∞");
        }
    }

    /** Rewrites the numbers of a scenario (as a YAML tree) to the edges of their bounds. */
    private static final class Extremes {
        private final SplittableRandom random;
        private final boolean allAtTheTop;

        Extremes(SplittableRandom random, boolean allAtTheTop) {
            this.random = random;
            this.allAtTheTop = allAtTheTop;
        }

        @SuppressWarnings("unchecked")
        void scenario(Map<String, Object> doc) {
            doc.remove("correlations"); // their inputs' forms change below; correlations are the loader's concern
            doc.put("simulation", new LinkedHashMap<>(Map.of("iterations", 400, "seed", 7)));
            if (doc.get("budget") instanceof Map<?, ?>) doc.put("budget", Map.of("monthly_usd", 1e12, "kill_switch_usd", 1e12));
            workload((Map<String, Object>) doc.get("workload"));
            if (doc.get("phases") instanceof Map<?, ?> phases) for (Object p : phases.values()) if (p instanceof Map<?, ?> m) workload((Map<String, Object>) m);
            if (doc.get("agents") instanceof List<?> agents) {
                for (Object a : agents) {
                    Map<String, Object> m = (Map<String, Object>) a;
                    if (m.containsKey("count")) m.put("count", allAtTheTop || random.nextBoolean() ? 1e6 : 1.0); // a plain number
                    workload(m);
                }
            }
            if (doc.get("timeline") instanceof List<?> timeline) {
                // growth at its ceiling (100% a month) for all 240 months: the forecast's worst case
                doc.put("timeline", List.of(Map.of("phase", ((Map<String, Object>) timeline.get(0)).get("phase"), "months", 240,
                        "monthly_growth", allAtTheTop ? 1.0 : pick(Range.GROWTH, "share per month"))));
            }
            for (Object a : ((Map<String, Object>) doc.get("architectures")).values()) architecture((Map<String, Object>) a);
            if (doc.get("price_overrides") instanceof Map<?, ?> po) for (Object k : new ArrayList<>(po.keySet())) ((Map<Object, Object>) po).put(k, 1e12);
        }

        @SuppressWarnings("unchecked")
        private void workload(Map<String, Object> w) {
            if (w == null) return;
            for (String key : new ArrayList<>(w.keySet())) {
                WorkloadKey k = WorkloadKey.fromKey(key);
                if (k != null) w.put(key, pick(k.range(), k.unit()));
            }
            if (w.get("history") instanceof Map<?, ?> h) {
                Map<String, Object> m = (Map<String, Object>) h;
                m.put("window_turns", pick(Range.NON_NEGATIVE, "turns"));
                if (m.containsKey("summary_tokens")) m.put("summary_tokens", pick(Range.NON_NEGATIVE, "tokens"));
            }
        }

        @SuppressWarnings("unchecked")
        private void architecture(Map<String, Object> a) {
            for (String key : new ArrayList<>(a.keySet())) {
                ComponentType t = ComponentType.fromKey(key);
                if (t != null && a.get(key) instanceof Map<?, ?> c) component(t, "", (Map<String, Object>) c);
                if (key.endsWith("_usd")) a.put(key, pick(Range.NON_NEGATIVE, "USD"));
            }
            if (a.get("custom") instanceof List<?> custom) for (Object c : custom) ((Map<String, Object>) c).put("monthly_usd", pick(Range.NON_NEGATIVE, "USD/month"));
        }

        @SuppressWarnings("unchecked")
        private void component(ComponentType t, String prefix, Map<String, Object> c) {
            for (String key : new ArrayList<>(c.keySet())) {
                KeySpec spec = t.keySpec(prefix + key);
                if (c.get(key) instanceof Map<?, ?> nested) component(t, prefix + key + ".", (Map<String, Object>) nested);
                else if (spec != null && spec.kind() == KeySpec.Kind.NUMBER && !(t == ComponentType.SAGEMAKER && key.endsWith("instances"))) {
                    c.put(key, pick(spec.range(), spec.unit()));
                }
            }
        }

        /** The top of the bound, the bottom, or a lognormal with its P90 at the top. */
        private Object pick(Range range, String unit) {
            Limits.Bound b = Limits.of(range, unit);
            if (allAtTheTop) return b.max();
            return switch (random.nextInt(3)) {
                case 0 -> b.max();
                case 1 -> b.min() > 0 ? b.min() : 0.0;
                default -> range == Range.NON_NEGATIVE || range == Range.POSITIVE
                        ? Map.of("lognormal", Map.of("median", b.max() / 10, "p90", b.max()))
                        : Map.of("uniform", List.of(Math.max(b.min(), 0.0), b.max()));
            };
        }
    }
}
