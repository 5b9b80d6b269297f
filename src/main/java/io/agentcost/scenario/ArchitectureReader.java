package io.agentcost.scenario;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Category;
import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.CustomLine;
import io.agentcost.model.Distribution;
import io.agentcost.model.KeySpec;
import io.agentcost.model.Limits;
import io.agentcost.model.Preset;
import io.agentcost.model.Range;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.PriceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code architectures}: presets merged with the user's component keys, then checked per component. */
final class ArchitectureReader {

    private static final List<String> OWN_KEYS = List.of("preset", "one_time_usd", "team_monthly_usd", "custom", "commitments");
    private static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(OWN_KEYS);
        for (ComponentType t : ComponentType.values()) keys.add(t.key());
        KEYS = List.copyOf(keys);
    }

    private final Nodes nodes;
    private final DistributionReader dists;
    private final Catalog catalog;
    /** Each architecture's commitment nodes, in the order of its commitments (for the checks that need the whole scenario). */
    private final Map<String, List<Located>> commitmentNodes = new LinkedHashMap<>();

    ArchitectureReader(Nodes nodes, DistributionReader dists, Catalog catalog) {
        this.nodes = nodes;
        this.dists = dists;
        this.catalog = catalog;
    }

    List<ArchitectureSpec> read(Located at) {
        Map<String, Located> archs = nodes.map(at, null, "architecture name: settings");
        List<ArchitectureSpec> out = new ArrayList<>();
        if (archs == null) return out;
        if (archs.isEmpty()) nodes.problems().add(at, "give at least one architecture");
        if (archs.size() > Limits.MAX_ARCHITECTURES) {
            nodes.problems().add(at, archs.size() + " architectures; at most " + Limits.MAX_ARCHITECTURES);
        }
        for (Map.Entry<String, Located> e : archs.entrySet()) {
            if (!nodes.nameOk(e.getValue(), e.getKey(), "an architecture name", Limits.MAX_NAME_LENGTH)) continue;
            ArchitectureSpec a = architecture(e.getKey(), e.getValue());
            if (a != null) out.add(a);
        }
        return out;
    }

    private ArchitectureSpec architecture(String name, Located at) {
        Map<String, Located> m = nodes.map(at, KEYS, "architecture settings");
        if (m == null) return null;
        Preset preset = null;
        if (m.containsKey("preset")) {
            String p = nodes.scalar(m.get("preset"), "a preset name");
            if (p != null) {
                preset = Preset.fromKey(p);
                if (preset == null) {
                    nodes.problems().add(m.get("preset"), Problems.unknown("preset", p,
                            Arrays.stream(Preset.values()).map(Preset::key).toList()));
                    return null;
                }
            }
        }
        Map<ComponentType, ComponentSpec> components = new LinkedHashMap<>();
        if (preset != null) {
            for (var c : preset.components().entrySet()) components.put(c.getKey(), fromDefaults(c.getKey(), c.getValue()));
        }
        for (Map.Entry<String, Located> e : m.entrySet()) {
            ComponentType type = ComponentType.fromKey(e.getKey());
            if (type == null) continue;
            ComponentSpec user = component(type, e.getValue());
            if (user == null) continue;
            ComponentSpec base = components.get(type);
            components.put(type, base == null ? user : merge(base, user));
        }
        if (components.isEmpty() && m.keySet().stream().noneMatch(k -> k.equals("custom") || k.endsWith("_usd"))) {
            nodes.problems().add(at, "architecture '" + name + "' has no preset and no components");
        }
        for (ComponentSpec c : components.values()) new ComponentChecks(nodes.problems(), at, m).check(c, components);
        Distribution oneTime = money(m.get("one_time_usd"), "USD");
        Distribution team = money(m.get("team_monthly_usd"), "USD/month");
        List<CustomLine> custom = m.containsKey("custom") ? custom(m.get("custom")) : List.of();
        List<Located> located = new ArrayList<>();
        List<Commitment> commitments = m.containsKey("commitments")
                ? new CommitmentReader(nodes).read(m.get("commitments"), components, located) : List.of();
        commitmentNodes.put(name, located);
        return new ArchitectureSpec(name, preset, components, oneTime, team, custom, commitments);
    }

    Map<String, List<Located>> commitmentNodes() {
        return commitmentNodes;
    }

    private Distribution money(Located at, String unit) {
        return at == null ? null : dists.read(at, Range.NON_NEGATIVE, unit);
    }

    private static ComponentSpec fromDefaults(ComponentType type, Map<String, Object> defaults) {
        Map<String, Distribution> numbers = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        defaults.forEach((k, v) -> {
            if (v instanceof Double d) numbers.put(k, Distribution.fixed(d));
            else words.put(k, (String) v);
        });
        return new ComponentSpec(type, numbers, words);
    }

    private static ComponentSpec merge(ComponentSpec base, ComponentSpec user) {
        Map<String, Distribution> numbers = new LinkedHashMap<>(base.numbers());
        Map<String, String> words = new LinkedHashMap<>(base.words());
        numbers.putAll(user.numbers());
        words.putAll(user.words());
        return new ComponentSpec(base.type(), numbers, words);
    }

    private ComponentSpec component(ComponentType type, Located at) {
        if (at.node() instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("true") || s.getValue().equals("~"))) {
            return new ComponentSpec(type, Map.of(), Map.of());
        }
        List<String> allowed = type.keys().stream().map(k -> k.name().contains(".") ? k.name().substring(0, k.name().indexOf('.')) : k.name())
                .distinct().toList();
        Map<String, Located> m = nodes.map(at, allowed, type.key() + " settings");
        if (m == null) return null;
        Map<String, Distribution> numbers = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (Map.Entry<String, Located> e : m.entrySet()) {
            KeySpec spec = type.keySpec(e.getKey());
            if (spec == null) {
                readNested(type, e.getKey(), e.getValue(), numbers, words);
            } else {
                readKey(type, spec, spec.name(), e.getValue(), numbers, words);
            }
        }
        return new ComponentSpec(type, numbers, words);
    }

    private void readNested(ComponentType type, String block, Located at, Map<String, Distribution> numbers, Map<String, String> words) {
        List<String> sub = type.keys().stream().map(KeySpec::name).filter(n -> n.startsWith(block + "."))
                .map(n -> n.substring(block.length() + 1)).toList();
        Map<String, Located> m = nodes.map(at, sub, block + " settings");
        if (m == null) return;
        for (Map.Entry<String, Located> e : m.entrySet()) {
            String full = block + "." + e.getKey();
            readKey(type, type.keySpec(full), full, e.getValue(), numbers, words);
        }
    }

    private void readKey(ComponentType type, KeySpec spec, String name, Located v, Map<String, Distribution> numbers, Map<String, String> words) {
        switch (spec.kind()) {
            case NUMBER -> {
                Distribution d = dists.read(v, spec.range(), spec.unit());
                if (d != null) numbers.put(name, d);
            }
            case CHOICE -> {
                String c = nodes.choice(v, spec.choices(), spec.name().replace('_', ' '));
                if (c != null) words.put(name, c);
            }
            case NAME -> {
                String n = nodes.scalar(v, "a name");
                if (n == null) return;
                String prefix = instancePrefix(type, name);
                if (catalog.price(PriceKeys.instance(prefix, n)).isEmpty()) {
                    nodes.problems().add(v, Problems.unknown(type.key().replace('_', ' ') + " " + name.replace('_', ' '), n,
                            PriceKeys.instanceNames(catalog, prefix)) + " in the " + catalog.region() + " price catalog");
                    return;
                }
                words.put(name, n);
            }
        }
    }

    static String instancePrefix(ComponentType type, String key) {
        return switch (type) {
            case SAGEMAKER -> key.startsWith("training.") ? PriceKeys.SAGEMAKER_TRAINING : PriceKeys.SAGEMAKER_HOSTING;
            case EC2 -> PriceKeys.EC2;
            case ELASTICACHE -> PriceKeys.ELASTICACHE;
            case AURORA -> PriceKeys.AURORA;
            case RETRIEVAL, KNOWLEDGE_BASE -> PriceKeys.EMBEDDING;
            default -> throw new IllegalArgumentException(type + " has no instance names");
        };
    }

    private List<CustomLine> custom(Located at) {
        List<Located> items = nodes.list(at, "{name, category, monthly_usd}");
        List<CustomLine> out = new ArrayList<>();
        if (items == null) return out;
        if (items.size() > Limits.MAX_CUSTOM_LINES) nodes.problems().add(at, items.size() + " custom lines; at most " + Limits.MAX_CUSTOM_LINES);
        List<String> categories = Arrays.stream(Category.values()).map(Category::key).toList();
        for (Located item : items) {
            if (!(item.node() instanceof MappingNode)) {
                nodes.problems().add(item, "expected {name, category, monthly_usd}");
                continue;
            }
            Map<String, Located> m = nodes.map(item, List.of("name", "category", "monthly_usd"), "custom line");
            if (m == null) continue;
            String name = m.containsKey("name") ? nodes.name(m.get("name"), "a custom line name", Limits.MAX_NAME_LENGTH) : null;
            String cat = m.containsKey("category") ? nodes.choice(m.get("category"), categories, "category") : "other";
            Distribution usd = m.containsKey("monthly_usd") ? dists.read(m.get("monthly_usd"), Range.NON_NEGATIVE, "USD/month") : null;
            if (!m.containsKey("name")) nodes.problems().add(item, "'name' is required");
            if (!m.containsKey("monthly_usd")) nodes.problems().add(item, "'monthly_usd' is required");
            if (name != null && cat != null && usd != null) out.add(new CustomLine(name, Category.fromKey(cat), usd));
        }
        return out;
    }
}
