package io.agentcost.calibrate.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.Call;
import java.io.IOException;
import java.util.List;

/** One log record, read field by field from the parser positioned on its START_OBJECT. */
final class RecordParser {

    private RecordParser() {
    }

    /** The call, or null when the record is of another schemaType. */
    static Call parse(JsonParser p, String file, long line, long record, List<String> groupKeys, String agentKey)
            throws IOException, BadFile {
        String schema = null, timestamp = null, model = null, group = null, agent = null;
        int groupRank = Integer.MAX_VALUE;
        long input = -1, cacheRead = 0, cacheWrite = 0, output = -1;
        boolean failed = false;
        int[] turn = {0, 0};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "schemaType" -> schema = p.getValueAsString();
                case "timestamp" -> timestamp = p.getValueAsString();
                case "modelId" -> model = p.getValueAsString();
                case "errorCode" -> failed = v != JsonToken.VALUE_NULL;
                case "input" -> {
                    if (!JsonObjects.toRead(p, v)) break;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        JsonToken w = p.nextToken();
                        switch (g) {
                            case "inputTokenCount" -> input = count(p, w, file, line, record, "input.inputTokenCount");
                            case "cacheReadInputTokenCount" -> cacheRead = Math.max(count(p, w, file, line, record, "input.cacheReadInputTokenCount"), 0);
                            case "cacheWriteInputTokenCount" -> cacheWrite = Math.max(count(p, w, file, line, record, "input.cacheWriteInputTokenCount"), 0);
                            case "inputBodyJson" -> {
                                if (w == JsonToken.START_OBJECT) Bodies.turn(p, turn);
                                else p.skipChildren();
                            }
                            default -> p.skipChildren();
                        }
                    }
                }
                case "output" -> {
                    if (!JsonObjects.toRead(p, v)) break;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        JsonToken w = p.nextToken();
                        if (g.equals("outputTokenCount")) output = count(p, w, file, line, record, "output.outputTokenCount");
                        else p.skipChildren();
                    }
                }
                case "requestMetadata" -> {
                    if (!JsonObjects.toRead(p, v)) break;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        JsonToken w = p.nextToken();
                        if (w.isScalarValue() && w != JsonToken.VALUE_NULL) {
                            int rank = groupKeys.indexOf(g);
                            if (rank >= 0 && rank < groupRank) {
                                group = p.getValueAsString();
                                groupRank = rank;
                            }
                            if (g.equals(agentKey)) agent = p.getValueAsString();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (schema != null && !schema.equals("ModelInvocationLog")) return null;
        String at = file + ":" + line + ": record " + record + ": ";
        if (timestamp == null) throw new BadFile(at + "no timestamp (expected an RFC 3339 time such as 2026-11-03T14:00:00Z)");
        if (timestamp.length() < 20 || !timestamp.matches("\\d{4}-\\d{2}-\\d{2}T.*"))
            throw new BadFile(at + "timestamp \"" + shorten(timestamp) + "\" is not an RFC 3339 time such as 2026-11-03T14:00:00Z");
        if (model == null || model.isBlank()) throw new BadFile(at + "no modelId (expected a Bedrock model id or inference profile)");
        if (!failed && input < 0)
            throw new BadFile(at + "no input.inputTokenCount (expected the token counts Bedrock logs with every successful call)");
        if (!failed && output < 0)
            throw new BadFile(at + "no output.outputTokenCount (expected the token counts Bedrock logs with every successful call)");
        // an inference-profile ARN names the profile after its last slash
        String id = model.startsWith("arn:") ? model.substring(model.lastIndexOf('/') + 1) : model;
        return new Call(file, line, record, timestamp, id, Math.max(input, 0), cacheRead, cacheWrite, Math.max(output, 0), failed,
                group, agent, turn[0], turn[1] == 1);
    }

    private static long count(JsonParser p, JsonToken t, String file, long line, long record, String key) throws IOException, BadFile {
        if (t == JsonToken.VALUE_NULL) return -1;
        if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0)
            throw new BadFile(file + ":" + line + ": record " + record + ": " + key + " is " + shorten(p.getText())
                    + " (expected a whole number of tokens, 0 or more)");
        return p.getLongValue();
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "… (" + t.length() + " characters)" : t;
    }
}
