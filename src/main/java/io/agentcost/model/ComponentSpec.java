package io.agentcost.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys one architecture gives a component, preset defaults already applied. Numbers may be
 * distributions; words are choices and instance types.
 */
public record ComponentSpec(ComponentType type, Map<String, Distribution> numbers, Map<String, String> words) {

    public ComponentSpec {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    public Distribution number(String key) {
        Distribution d = numbers.get(key);
        if (d != null) return d;
        KeySpec spec = type.keySpec(key);
        return spec != null && spec.defaultNumber() != null ? Distribution.fixed(spec.defaultNumber()) : null;
    }

    public String word(String key) {
        String w = words.get(key);
        if (w != null) return w;
        KeySpec spec = type.keySpec(key);
        return spec != null ? spec.defaultChoice() : null;
    }

    public boolean has(String key) {
        return numbers.containsKey(key) || words.containsKey(key);
    }
}
