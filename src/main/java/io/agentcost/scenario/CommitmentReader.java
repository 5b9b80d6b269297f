package io.agentcost.scenario;

import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Limits;
import io.agentcost.model.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads an architecture's {@code commitments} (SPEC §13): savings plans {type, hourly_usd, discount} and
 * reservations {type: reserved, component, instances, discount}, each with an optional term
 * ({@code start_month}, {@code term_months}). The catalog lists no published plan rate (decision 0022), so
 * {@code discount} is required.
 */
final class CommitmentReader {

    private static final List<String> PLAN_KEYS = List.of("type", "hourly_usd", "discount", "start_month", "term_months");
    private static final List<String> RESERVED_KEYS = List.of("type", "component", "instances", "discount", "start_month", "term_months");
    private static final int MAX_COMMITMENTS = 32;

    private final Nodes nodes;

    CommitmentReader(Nodes nodes) {
        this.nodes = nodes;
    }

    /** The commitments of one architecture; {@code located} receives each one's node, in the same order. */
    List<Commitment> read(Located at, Map<ComponentType, ComponentSpec> components, List<Located> located) {
        List<Located> items = nodes.list(at, "{type, hourly_usd, discount} or {type: reserved, component, instances, discount}");
        List<Commitment> out = new ArrayList<>();
        if (items == null) return out;
        if (items.size() > MAX_COMMITMENTS) nodes.problems().add(at, items.size() + " commitments; at most " + MAX_COMMITMENTS);
        Set<Commitment.Type> plans = EnumSet.noneOf(Commitment.Type.class);
        for (Located item : items) {
            Commitment c = commitment(item, components);
            if (c == null) continue;
            if (c.type().isPlan() && !plans.add(c.type())) {
                nodes.problems().add(item, "a second " + c.type().key() + " in this architecture: give one per type (its hourly_usd is the total"
                        + " commitment; a renewal is the same plan with no term_months)");
                continue;
            }
            out.add(c);
            located.add(item);
        }
        return out;
    }

    private Commitment commitment(Located item, Map<ComponentType, ComponentSpec> components) {
        if (!(item.node() instanceof MappingNode)) {
            nodes.problems().add(item, "expected {type, hourly_usd, discount} or {type: reserved, component, instances, discount}");
            return null;
        }
        Map<String, Located> raw = nodes.map(item, null, "commitment");
        if (raw == null) return null;
        if (!raw.containsKey("type")) {
            nodes.problems().add(item, "'type' is required: one of " + String.join(", ", typeKeys()));
            return null;
        }
        String t = nodes.scalar(raw.get("type"), "a commitment type");
        if (t == null) return null;
        Commitment.Type type = Commitment.Type.fromKey(t);
        if (type == null) {
            nodes.problems().add(raw.get("type"), Problems.unknown("commitment type", t, typeKeys()));
            return null;
        }
        Map<String, Located> m = nodes.map(item, type.isPlan() ? PLAN_KEYS : RESERVED_KEYS, type.key() + " settings");
        if (m == null) return null;
        boolean ok = true;
        Double discount = null;
        if (!m.containsKey("discount")) {
            nodes.problems().add(item, "'discount' is required for " + type.key() + ": the price catalog lists no published rate for it"
                    + " (AWS prices plans per instance family, term and payment option); give the rate off on-demand, at least 0 and below 1");
            ok = false;
        } else {
            discount = nodes.number(m.get("discount"));
            if (discount != null && (discount < 0 || discount >= 1)) {
                nodes.problems().add(m.get("discount"), "discount must be at least 0 and below 1 (a share off on-demand), got " + Limits.num(discount));
                discount = null;
            }
            ok &= discount != null;
        }
        double hourly = 0;
        ComponentType component = null;
        double instances = 0;
        if (type.isPlan()) {
            Double h = required(m, item, "hourly_usd", type);
            if (h != null && h < 0) {
                nodes.problems().add(m.get("hourly_usd"), "hourly_usd must be 0 or more (USD of commitment per hour), got " + Limits.num(h));
                h = null;
            }
            h = atMost(m, "hourly_usd", h, "USD/hour");
            ok &= h != null;
            if (h != null) hourly = h;
            if (ok && type.covers().stream().noneMatch(components::containsKey)) {
                nodes.problems().add(raw.get("type"), type.key() + " covers " + names(type.covers()) + ", and this architecture has none of them");
                ok = false;
            }
        } else {
            component = reservedComponent(m, item, components);
            Double n = required(m, item, "instances", type);
            if (n != null && n < 0) {
                nodes.problems().add(m.get("instances"), "instances must be 0 or more, got " + Limits.num(n));
                n = null;
            }
            n = atMost(m, "instances", n, "instances");
            ok &= component != null && n != null;
            if (n != null) instances = n;
        }
        int start = m.containsKey("start_month") ? orElse(nodes.integer(m.get("start_month"), 1, Limits.MAX_TIMELINE_MONTHS), -1) : 1;
        Integer term = m.containsKey("term_months") ? nodes.integer(m.get("term_months"), 1, Limits.MAX_TIMELINE_MONTHS) : null;
        ok &= start > 0 && (term != null || !m.containsKey("term_months"));
        return ok ? new Commitment(type, hourly, discount, component, instances, start, term) : null;
    }

    private ComponentType reservedComponent(Map<String, Located> m, Located item, Map<ComponentType, ComponentSpec> components) {
        if (!m.containsKey("component")) {
            nodes.problems().add(item, "'component' is required for a reservation: one of " + names(Commitment.Type.RESERVED.covers()));
            return null;
        }
        String name = nodes.choice(m.get("component"), Commitment.Type.RESERVED.covers().stream().map(ComponentType::key).toList(),
                "reserved component");
        if (name == null) return null;
        ComponentType c = ComponentType.fromKey(name);
        if (!components.containsKey(c)) {
            nodes.problems().add(m.get("component"), "a reservation for " + name + ", which this architecture does not have (its components: "
                    + names(List.copyOf(components.keySet())) + ")");
            return null;
        }
        if (c == ComponentType.ELASTICACHE && components.get(c).has("serverless.gb")) {
            nodes.problems().add(m.get("component"), "a reservation for elasticache covers node-hours; this architecture's elasticache is serverless");
            return null;
        }
        return c;
    }

    private Double required(Map<String, Located> m, Located item, String key, Commitment.Type type) {
        if (!m.containsKey(key)) {
            nodes.problems().add(item, "'" + key + "' is required for " + type.key());
            return null;
        }
        return nodes.number(m.get(key));
    }

    /** The value, or null with a problem when it passes the ceiling of its unit (Limits: every figure stays finite). */
    private Double atMost(Map<String, Located> m, String key, Double value, String unit) {
        if (value == null) return null;
        double max = Limits.of(Range.NON_NEGATIVE, unit).max();
        if (value <= max) return value;
        nodes.problems().add(m.get(key), key + " must be at most " + Limits.num(max) + " " + unit + " (got " + Limits.num(value)
                + "); the bound keeps every figure finite");
        return null;
    }

    private static int orElse(Integer v, int otherwise) {
        return v == null ? otherwise : v;
    }

    private static List<String> typeKeys() {
        return Arrays.stream(Commitment.Type.values()).map(Commitment.Type::key).toList();
    }

    private static String names(List<ComponentType> types) {
        return String.join(", ", types.stream().map(ComponentType::key).toList());
    }
}
