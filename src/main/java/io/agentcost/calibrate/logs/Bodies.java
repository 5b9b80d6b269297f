package io.agentcost.calibrate.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What an input body says about the turn: the user's own messages among {@code messages} (Converse and the Anthropic
 * Messages API share the field), a tool result being a user message that carries {@code toolResult} (Converse) or
 * {@code "type": "tool_result"} (Anthropic). Walked, never kept.
 */
final class Bodies {

    private Bodies() {
    }

    /** Parser on the body's START_OBJECT; sets out[0] = user turns so far, out[1] = 1 when the last message is the user's own. */
    static void turn(JsonParser p, int[] out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (!f.equals("messages") || v != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            int turns = 0;
            boolean lastUser = false;
            JsonToken m;
            while ((m = p.nextToken()) != JsonToken.END_ARRAY) {
                if (!JsonObjects.toRead(p, m)) continue; // not a message object: skipped whole
                boolean user = false, tool = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken w = p.nextToken();
                    if (g.equals("role")) user = "user".equals(p.getValueAsString());
                    else if (g.equals("content") && w == JsonToken.START_ARRAY) tool = hasToolResult(p);
                    else p.skipChildren();
                }
                lastUser = user && !tool;
                if (lastUser) turns++;
            }
            out[0] = turns;
            out[1] = lastUser ? 1 : 0;
        }
    }

    private static boolean hasToolResult(JsonParser p) throws IOException {
        boolean tool = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (!JsonObjects.toRead(p, t)) continue;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String g = p.currentName();
                JsonToken w = p.nextToken();
                if (g.equals("toolResult")) tool = true;
                else if (g.equals("type") && w == JsonToken.VALUE_STRING && "tool_result".equals(p.getText())) tool = true;
                p.skipChildren();
            }
        }
        return tool;
    }
}
