package io.agentcost.estimate.columnar;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.model.Category;
import io.agentcost.model.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts a cell's total is split into: "category:x" for each category present (in the categories'
 * order), then "service:x", then "agent:x" (the shared lines under {@link Estimate#SHARED}); three per line.
 */
public record Buckets(List<String> names, int[] ofLine) {

    public static Buckets of(List<LineSpec> specs) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Category cat : Category.values()) {
            for (LineSpec l : specs) if (l.category() == cat) index.computeIfAbsent("category:" + cat.key(), k -> add(names, k));
        }
        for (LineSpec l : specs) index.computeIfAbsent("service:" + l.service(), k -> add(names, k));
        for (LineSpec l : specs) index.computeIfAbsent(agent(l), k -> add(names, k));
        int[] of = new int[specs.size() * 3];
        for (int i = 0; i < specs.size(); i++) {
            LineSpec l = specs.get(i);
            of[3 * i] = index.get("category:" + l.category().key());
            of[3 * i + 1] = index.get("service:" + l.service());
            of[3 * i + 2] = index.get(agent(l));
        }
        return new Buckets(List.copyOf(names), of);
    }

    private static String agent(LineSpec l) {
        return "agent:" + (l.agent() == null ? Estimate.SHARED : l.agent());
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }
}
