package io.agentcost.model;

/**
 * One thing wrong with a user's input, located well enough to fix it: file, line, column and the
 * key path inside the file. Line and column are 1-based; 0 when unknown. Every part is escaped and
 * bounded ({@link Quoted}): a message never carries raw control characters or a megabyte of the
 * user's text.
 */
public record Problem(String file, int line, int column, String path, String message) {

    static final int MAX_PATH = 200;
    static final int MAX_MESSAGE = 1_000;

    public Problem {
        file = Quoted.escape(file);
        path = path == null ? "" : Quoted.excerpt(path, MAX_PATH);
        message = Quoted.excerpt(message, MAX_MESSAGE);
    }

    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        sb.append(": ");
        if (path != null && !path.isEmpty()) sb.append(path).append(": ");
        return sb.append(message).toString();
    }
}
