package io.agentcost.calibrate;

import java.util.List;

/** A log or cost file that cannot be read as what it should be: one message per problem, each naming file and line. */
public final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;

    public BadFile(String message) {
        this(List.of(message));
    }

    public BadFile(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
