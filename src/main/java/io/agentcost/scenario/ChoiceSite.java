package io.agentcost.scenario;

import java.util.List;

/**
 * One setting of a scenario that is a word out of a list (a preset, an instance type, a mode, a
 * region, true/false): where it is and what it may be. A setting the file does not write (a
 * preset's default, the loader's default) has no span; choosing a value writes it in.
 *
 * @param path        unique key path, e.g. {@code architectures.self_hosted.sagemaker.mode}
 * @param scope       what it belongs to, for people: "scenario", "workload", "phase launch", "architecture hybrid"
 * @param key         the key inside its scope, e.g. {@code sagemaker.mode}
 * @param value       the value in effect (written, else the default; empty when required and missing)
 * @param origin      where the value comes from
 * @param options     the values the loader accepts (the current one included even when it is not one of them)
 * @param description what the key means (null when the key reference has it)
 * @param start       start of the written value, or -1
 * @param end         end of the written value, or -1
 * @param keys        the mapping keys from the top of the file to the setting, to write it where it is missing
 */
public record ChoiceSite(String path, String scope, String key, String value, Origin origin, List<String> options,
                         String description, int start, int end, List<String> keys) {

    /** Where a value in effect comes from. */
    public enum Origin {
        FILE("file"), PRESET("preset"), DEFAULT("default"), REQUIRED("required");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ChoiceSite {
        options = List.copyOf(options);
        keys = List.copyOf(keys);
    }

    public boolean written() {
        return origin == Origin.FILE;
    }
}
