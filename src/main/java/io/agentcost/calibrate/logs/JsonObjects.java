package io.agentcost.calibrate.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The one check every nested part of a log record starts with: read an object's fields, skip anything else whole. */
final class JsonObjects {

    private JsonObjects() {
    }

    /** True when the value just read ({@code token}) is an object whose fields follow; any other value is skipped whole. */
    static boolean toRead(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) return true;
        p.skipChildren();
        return false;
    }
}
