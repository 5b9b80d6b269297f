package io.agentcost.model;

/**
 * One thing wrong with a user's input, located well enough to fix it: file, line, column and the
 * key path inside the file. Line and column are 1-based; 0 when unknown.
 */
public record Problem(String file, int line, int column, String path, String message) {

    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        sb.append(": ");
        if (path != null && !path.isEmpty()) sb.append(path).append(": ");
        return sb.append(message).toString();
    }
}
