package io.agentcost.calibrate.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.Call;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the records of invocation log files into {@link Call}s. The record schema is Amazon Bedrock's
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html): {@code schemaType
 * ModelInvocationLog}, {@code timestamp}, {@code modelId}, {@code input.inputTokenCount}, {@code
 * input.cacheReadInputTokenCount}, {@code input.cacheWriteInputTokenCount}, {@code input.inputBodyJson}, {@code
 * output.outputTokenCount}, {@code requestMetadata}, {@code errorCode}. Records of another schemaType are skipped and
 * counted. Only the few fields calibration needs are kept; bodies are walked for their messages and never held.
 */
public final class InvocationLogReader {

    /** The requestMetadata keys {@code --group-by session} looks for, in order. */
    public static final List<String> SESSION_KEYS = List.of("sessionId", "session_id", "session");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<String> groupKeys;
    private final String agentKey;
    private long skipped;

    /** @param agentKey requestMetadata key naming the agent, or null */
    public InvocationLogReader(List<String> groupKeys, String agentKey) {
        this.groupKeys = List.copyOf(groupKeys);
        this.agentKey = agentKey;
    }

    /** Records of another schemaType seen so far. */
    public long skipped() {
        return skipped;
    }

    /** The files of a path: itself, or every regular file below a directory in name order (S3 keys sort by time). */
    public static List<Path> files(Path path) throws BadFile {
        if (Files.isRegularFile(path)) return List.of(path);
        if (!Files.isDirectory(path)) throw new BadFile(path + ": no such file or directory");
        try (var walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (files.isEmpty()) throw new BadFile(path + ": the directory holds no files");
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new BadFile(path + ": cannot list the directory (" + e.getMessage() + ")");
        }
    }

    /** Reads one file; gzip is recognised by its first two bytes, not by its name. */
    public void read(Path file, Consumer<Call> out) throws BadFile {
        String name = file.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            in.mark(4096);
            int first = firstNonBlank(in);
            in.reset();
            if (first == -1) return;
            if (first == '{' || first == '[') readJson(name, in, out);
            else readLines(name, in, out);
        } catch (ZipException e) {
            throw new BadFile(name + ": not a valid gzip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadFile(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < 4096; i++) {
            int c = in.read();
            if (c == -1 || !Character.isWhitespace(c)) return c == 0xEF ? skipBom(in) : c;
        }
        return 0;
    }

    private static int skipBom(InputStream in) throws IOException {
        in.read();
        in.read();
        return in.read();
    }

    /** JSON records, one after another (JSON Lines, concatenated or pretty-printed) or in one array. */
    private void readJson(String file, InputStream in, Consumer<Call> out) throws BadFile {
        long record = 0;
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            boolean array = false;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY && !array) {
                    array = true;
                    continue;
                }
                if (t == JsonToken.END_ARRAY && array) {
                    array = false;
                    continue;
                }
                long line = p.currentTokenLocation().getLineNr();
                record++;
                if (t != JsonToken.START_OBJECT)
                    throw new BadFile(file + ":" + line + ": record " + record + ": expected a JSON object (a model invocation log record), found " + p.getText());
                Call c = RecordParser.parse(p, file, line, record, groupKeys, agentKey);
                if (c == null) skipped++;
                else out.accept(c);
            }
        } catch (JsonParseException e) {
            throw new BadFile(file + ":" + e.getLocation().getLineNr() + ": record " + Math.max(record, 1) + ": not JSON (" + reason(e) + ")");
        } catch (IOException e) {
            throw new BadFile(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** A CloudWatch Logs export: each line is an ISO timestamp, a space and the record as the log event's message. */
    private void readLines(String file, InputStream in, Consumer<Call> out) throws BadFile {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long lineNo = 0, record = 0;
        try {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                record++;
                int brace = line.indexOf('{');
                if (brace < 0)
                    throw new BadFile(file + ":" + lineNo + ": record " + record + ": not JSON (expected a model invocation log record,"
                            + " or a CloudWatch Logs export line \"timestamp {record}\")");
                try (JsonParser p = JSON.createParser(line.substring(brace))) {
                    p.nextToken();
                    Call c = RecordParser.parse(p, file, lineNo, record, groupKeys, agentKey);
                    if (c == null) skipped++;
                    else out.accept(c);
                } catch (JsonParseException e) {
                    throw new BadFile(file + ":" + lineNo + ": record " + record + ": not JSON (" + reason(e) + ")");
                }
            }
        } catch (IOException e) {
            throw new BadFile(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Jackson's location inside its own message ("[Source: REDACTED (…) ; line: 1, column: 1]") as a reader writes one. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** What the parser found wrong, in one line without its internal source description. */
    static String reason(JsonParseException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        return SOURCE.matcher(first).replaceAll("line $1, column $2");
    }
}
