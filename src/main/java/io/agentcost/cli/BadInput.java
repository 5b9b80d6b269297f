package io.agentcost.cli;

import io.agentcost.model.Problem;
import java.util.List;

/** Input the user must fix: exit code 2, one line per problem on stderr. */
final class BadInput extends RuntimeException {
    private final List<String> messages;

    BadInput(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    static BadInput of(List<Problem> problems) {
        return new BadInput(problems.stream().map(Problem::format).toList());
    }

    List<String> messages() {
        return messages;
    }
}
