package io.agentcost.scenario;

import io.agentcost.model.Category;
import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentType;
import io.agentcost.model.KeySpec;
import io.agentcost.model.Preset;
import io.agentcost.model.SimulationSettings;
import io.agentcost.model.Workload;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.PriceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The settings of a scenario that are one word out of a list, with the words the loader accepts
 * (from the model's enums and key specs, and the price catalog for instance types), and the edit
 * that writes another word in place, or writes the setting in where the file leaves it to a
 * default. Reads the same safe node tree as the loader; text it cannot parse has no sites.
 */
public final class YamlChoices {

    /** The {@code history} choice that stands for a {@code {window_turns, summary_tokens}} mapping. */
    public static final String WINDOW = "window";
    static final String FULL = "full";
    /** What choosing a window writes: SPEC §3's example, then edited as two numeric inputs. */
    static final String WINDOW_EXAMPLE = "{window_turns: 4, summary_tokens: 300}";

    private static final List<String> BOOLEANS = List.of("false", "true");
    private static final List<String> WORKLOAD_CHOICES = List.of("prompt_caching", "history", "bedrock_endpoint",
            "db_consistency", "cross_region_destination", "loop_context", "history_tool_results", "bedrock_service_tier", "cache_ttl");

    private YamlChoices() {
    }

    /**
     * Every choice of the text: top-level settings and the workload's (written or not), the
     * overrides phases and agents write, each architecture's preset and the choices of every
     * component it has (from its preset or written), custom line categories and timeline phases.
     *
     * @param catalog the price catalog of the scenario's region, for instance types (null: only the current value)
     * @param regions the regions with a price snapshot
     */
    public static List<ChoiceSite> sites(String text, Catalog catalog, List<String> regions) {
        List<ChoiceSite> out = new ArrayList<>();
        if (!(YamlText.root(text) instanceof MappingNode top)) return out;
        Sites s = new Sites(text, catalog, out);
        s.top(top, "region", "scenario", regions, ScenarioLoader.DEFAULT_REGION, null);
        s.top(top, "free_tier", "scenario", BOOLEANS, "false", null);
        Node simulation = YamlText.value(top, "simulation");
        if (simulation == null || simulation instanceof MappingNode) {
            s.at(simulation, "scenario", "simulation.sampling", List.of("simulation", "sampling"), "sampling",
                    Arrays.stream(SimulationSettings.Sampling.values()).map(SimulationSettings.Sampling::key).toList(),
                    SimulationSettings.DEFAULT.sampling().key(), ChoiceSite.Origin.DEFAULT, null);
        }
        Node workload = YamlText.value(top, "workload");
        if (workload == null || workload instanceof MappingNode) s.workload(workload, "workload", "workload", true);
        if (YamlText.value(top, "phases") instanceof MappingNode phases) {
            for (NodeTuple t : phases.getValue()) s.workload(t.getValueNode(), "phases." + YamlText.key(t), "phase " + YamlText.key(t), false);
        }
        if (YamlText.value(top, "agents") instanceof SequenceNode agents) {
            for (Node agent : agents.getValue()) {
                String name = String.valueOf(YamlText.scalar(agent, "name"));
                s.workload(agent, "agents." + name, "agent " + name, false);
            }
        }
        if (YamlText.value(top, "architectures") instanceof MappingNode archs) {
            for (NodeTuple t : archs.getValue()) s.architecture(YamlText.key(t), t.getValueNode());
        }
        if (YamlText.value(top, "timeline") instanceof SequenceNode timeline) {
            List<String> phases = YamlStructure.names(text, YamlStructure.Kind.PHASE);
            for (int i = 0; i < timeline.getValue().size(); i++) {
                Node entry = timeline.getValue().get(i);
                s.writtenOnly(entry, "timeline[" + i + "].phase", "timeline", "entry " + (i + 1) + " phase", "phase", phases,
                        "The phase these months of the forecast are in.");
            }
        }
        return out;
    }

    /** The edit that makes the setting {@code value}; null when it already is. */
    public static TextEdit set(String text, ChoiceSite site, String value) {
        if (site.written() && site.value().equals(value)) return null;
        String written = site.key().equals("history") ? (value.equals(WINDOW) ? WINDOW_EXAMPLE : FULL) : value;
        if (site.written()) return YamlText.replaceSpan(text, site.start(), site.end(), written);
        Node node = YamlText.root(text);
        List<String> keys = site.keys();
        for (int i = 0; i < keys.size(); i++) {
            NodeTuple t = YamlText.entry(node, keys.get(i));
            if (t == null) {
                if (!(node instanceof MappingNode m)) throw new IllegalStateException("not a mapping at " + keys.subList(0, i));
                return YamlText.appendEntry(text, m, nest(keys.subList(i, keys.size()), written));
            }
            Node v = t.getValueNode();
            if (i < keys.size() - 1 && !(v instanceof MappingNode)) {
                // `bedrock:` or `bedrock: true` (a component with no settings) becomes a mapping
                return YamlText.replaceValue(text, t, "{" + nest(keys.subList(i + 1, keys.size()), written) + "}");
            }
            if (i == keys.size() - 1) return YamlText.replaceValue(text, t, written);
            node = v;
        }
        throw new IllegalStateException("no keys for " + site.path());
    }

    /** {@code a: {b: value}} for keys [a, b]. */
    private static String nest(List<String> keys, String value) {
        String out = value;
        for (int i = keys.size() - 1; i >= 0; i--) out = keys.get(i) + ": " + (i == keys.size() - 1 ? out : "{" + out + "}");
        return out;
    }

    /** One pass collecting sites. */
    private static final class Sites {
        private final String text;
        private final Catalog catalog;
        private final List<ChoiceSite> out;

        Sites(String text, Catalog catalog, List<ChoiceSite> out) {
            this.text = text;
            this.catalog = catalog;
            this.out = out;
        }

        void top(MappingNode top, String key, String scope, List<String> options, String dflt, String description) {
            at(top, scope, key, List.of(key), key, options, dflt, ChoiceSite.Origin.DEFAULT, description);
        }

        /** A setting that has a value in effect whether or not the file writes it. */
        void at(Node mapping, String scope, String path, List<String> keys, String key, List<String> options,
                String dflt, ChoiceSite.Origin dfltOrigin, String description) {
            NodeTuple t = mapping == null ? null : YamlText.entry(mapping, keys.get(keys.size() - 1));
            if (t != null) {
                written(t, path, scope, key, options, description);
                return;
            }
            String value = dflt == null ? "" : dflt;
            ChoiceSite.Origin origin = dflt == null ? ChoiceSite.Origin.REQUIRED : dfltOrigin;
            out.add(new ChoiceSite(path, scope, key, value, origin, with(options, value), description, -1, -1, keys));
        }

        void writtenOnly(Node mapping, String path, String scope, String key, String entryKey, List<String> options, String description) {
            NodeTuple t = YamlText.entry(mapping, entryKey);
            if (t != null) written(t, path, scope, key, options, description);
        }

        private void written(NodeTuple t, String path, String scope, String key, List<String> options, String description) {
            Node v = t.getValueNode();
            String value;
            if (key.equals("history")) value = v instanceof MappingNode ? WINDOW : v instanceof ScalarNode s ? s.getValue() : "";
            else if (v instanceof ScalarNode s) value = s.getValue();
            else return; // not a word: the YAML tab shows the loader's problem
            int[] span = YamlText.valueSpan(text, t);
            out.add(new ChoiceSite(path, scope, key, value, ChoiceSite.Origin.FILE, with(options, value), description, span[0], span[1], List.of()));
        }

        void workload(Node mapping, String path, String scope, boolean withDefaults) {
            if (!(mapping instanceof MappingNode) && !(withDefaults && mapping == null)) return;
            for (String key : WORKLOAD_CHOICES) {
                List<String> options = switch (key) {
                    case "prompt_caching" -> BOOLEANS;
                    case "history" -> List.of(FULL, WINDOW);
                    case "bedrock_endpoint" -> Workload.ENDPOINTS;
                    case "db_consistency" -> Workload.CONSISTENCIES;
                    case "loop_context" -> Workload.LOOP_CONTEXTS;
                    case "history_tool_results" -> Workload.HISTORY_TOOL_RESULTS;
                    case "bedrock_service_tier" -> Workload.SERVICE_TIERS;
                    case "cache_ttl" -> Workload.CACHE_TTLS;
                    default -> catalog == null ? List.of() : WorkloadReader.destinations(catalog);
                };
                if (withDefaults) {
                    String dflt = switch (key) {
                        case "prompt_caching" -> "false";
                        case "history" -> FULL;
                        case "bedrock_endpoint" -> Workload.REGIONAL;
                        case "db_consistency" -> Workload.EVENTUAL;
                        case "loop_context" -> Workload.INDEPENDENT;
                        case "history_tool_results" -> Workload.KEEP;
                        case "bedrock_service_tier" -> Workload.STANDARD;
                        case "cache_ttl" -> Workload.TTL_5M;
                        default -> Workload.DEFAULT_CROSS_REGION_DESTINATION;
                    };
                    at(mapping, scope, path + "." + key, List.of(path, key), key, options, dflt, ChoiceSite.Origin.DEFAULT, null);
                } else {
                    writtenOnly(mapping, path + "." + key, scope, key, key, options, null);
                }
            }
        }

        void architecture(String name, Node arch) {
            if (!(arch instanceof MappingNode)) return;
            String path = "architectures." + name;
            String scope = "architecture " + name;
            writtenOnly(arch, path + ".preset", scope, "preset", "preset", Arrays.stream(Preset.values()).map(Preset::key).toList(),
                    "Deployment pattern: adds its components with default keys; keys written here override them.");
            Preset preset = Preset.fromKey(String.valueOf(YamlText.scalar(arch, "preset")));
            Set<ComponentType> types = new LinkedHashSet<>();
            if (preset != null) types.addAll(preset.components().keySet());
            for (NodeTuple t : ((MappingNode) arch).getValue()) {
                ComponentType type = ComponentType.fromKey(String.valueOf(YamlText.key(t)));
                if (type != null) types.add(type);
            }
            for (ComponentType type : types) {
                Node component = YamlText.value(arch, type.key());
                Map<String, Object> defaults = preset == null ? null : preset.components().get(type);
                for (KeySpec spec : type.keys()) {
                    if (spec.kind() == KeySpec.Kind.NUMBER) continue;
                    String key = type.key() + "." + spec.name();
                    List<String> options = spec.kind() == KeySpec.Kind.CHOICE ? spec.choices() : instanceNames(type, spec.name());
                    if (spec.name().contains(".")) {
                        // a training or serverless block: only when written (it brings keys of its own)
                        String block = spec.name().substring(0, spec.name().indexOf('.'));
                        writtenOnly(YamlText.value(component, block), path + "." + key, scope, key, spec.name().substring(block.length() + 1),
                                options, spec.description());
                        continue;
                    }
                    Object fromPreset = defaults == null ? null : defaults.get(spec.name());
                    String dflt = fromPreset instanceof String w ? w : spec.defaultChoice();
                    ChoiceSite.Origin origin = fromPreset instanceof String ? ChoiceSite.Origin.PRESET : ChoiceSite.Origin.DEFAULT;
                    if (dflt == null && spec.optional()) {
                        writtenOnly(component, path + "." + key, scope, key, spec.name(), options, spec.description());
                    } else {
                        at(component instanceof MappingNode ? component : null, scope, path + "." + key,
                                List.of("architectures", name, type.key(), spec.name()), key, options, dflt, origin, spec.description());
                    }
                }
            }
            if (YamlText.value(arch, "commitments") instanceof SequenceNode commitments) {
                List<String> kinds = Arrays.stream(Commitment.Type.values()).map(Commitment.Type::key).toList();
                List<String> reservable = Commitment.Type.RESERVED.covers().stream().map(ComponentType::key).toList();
                for (int i = 0; i < commitments.getValue().size(); i++) {
                    Node c = commitments.getValue().get(i);
                    writtenOnly(c, path + ".commitments[" + i + "].type", scope, "commitments[" + i + "].type", "type", kinds,
                            "Savings plan (compute, sagemaker, database) or reserved instances (SPEC §13).");
                    writtenOnly(c, path + ".commitments[" + i + "].component", scope, "commitments[" + i + "].component", "component", reservable,
                            "The component whose instance-hours the reservation covers.");
                }
            }
            if (YamlText.value(arch, "custom") instanceof SequenceNode custom) {
                List<String> categories = Arrays.stream(Category.values()).map(Category::key).toList();
                for (int i = 0; i < custom.getValue().size(); i++) {
                    writtenOnly(custom.getValue().get(i), path + ".custom[" + i + "].category", scope, "custom[" + i + "].category", "category",
                            categories, "Category the custom line is reported in.");
                }
            }
        }

        private List<String> instanceNames(ComponentType type, String key) {
            return catalog == null ? List.of() : PriceKeys.instanceNames(catalog, ArchitectureReader.instancePrefix(type, key));
        }

        private static List<String> with(List<String> options, String value) {
            if (value.isEmpty() || options.contains(value)) return options;
            List<String> all = new ArrayList<>(options);
            all.add(value);
            return all;
        }
    }
}
