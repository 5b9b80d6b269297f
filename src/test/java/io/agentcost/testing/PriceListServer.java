package io.agentcost.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agentcost.pricing.aws.AwsPriceList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A local stand-in for the Price List Query API on 127.0.0.1 and an ephemeral port, speaking its
 * protocol (aws-pricing-facts.md §9.1, toolchain-notes.md): {@code POST /} with
 * {@code X-Amz-Target: AWSPriceListService.GetProducts}, JSON 1.1 bodies, TERM_MATCH filters
 * applied to the documents it holds, {@code PriceList} as JSON strings, pagination by NextToken,
 * errors as HTTP 400 {@code {"__type": ...}}. A {@link Script} can answer instead, request by request.
 */
public final class PriceListServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // headers and body go out as separate writes; without TCP_NODELAY each exchange waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One request as the server saw it: header names in lower case. */
    public record Recorded(String method, String path, Map<String, String> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public record Reply(int status, String body) {
        /** A modelled service error, as the Price List sends it (the SDK reads {@code __type}). */
        public static Reply error(int status, String type, String message) {
            ObjectNode n = JSON.createObjectNode().put("__type", type).put("message", message);
            return new Reply(status, n.toString());
        }
    }

    /** Answers request {@code number} (1-based), or returns null to give the standard answer. */
    @FunctionalInterface
    public interface Script {
        Reply answer(Recorded request, int number, PriceListServer server);
    }

    private record Entry(String serviceCode, ObjectNode document, String raw) {
    }

    private final HttpServer http;
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger count = new AtomicInteger();
    private volatile Script script = (r, n, s) -> null;
    private volatile int pageSize = 100;

    private PriceListServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    public static PriceListServer start() {
        try {
            return new PriceListServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** The real SDK client, for {@code region} (null: its default), pointed at this server with the test credentials. */
    public AwsPriceList client(String region) {
        return AwsPriceList.create(new AwsPriceList.Settings(region, endpoint(), null),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(PriceListFixtures.ACCESS_KEY, PriceListFixtures.SECRET_KEY)));
    }

    /** Adds the documents of a test resource file (a JSON array of PriceList documents). */
    public PriceListServer documents(String resource) {
        for (JsonNode d : readResource(resource)) add((ObjectNode) d.deepCopy());
        return this;
    }

    public PriceListServer add(ObjectNode document) {
        entries.add(new Entry(document.path("serviceCode").asText(), document, null));
        return this;
    }

    /** A PriceList string served as is for the service (whatever the filters): for malformed documents. */
    public PriceListServer addRaw(String serviceCode, String raw) {
        entries.add(new Entry(serviceCode, null, raw));
        return this;
    }

    /** Sets the USD price of every dimension of a SKU's On-Demand terms (a price change). */
    public PriceListServer setPrice(String sku, String usd) {
        boolean found = false;
        synchronized (entries) {
            for (Entry e : entries) {
                if (e.document() == null || !sku.equals(e.document().path("product").path("sku").asText())) continue;
                for (JsonNode term : e.document().path("terms").path("OnDemand")) {
                    for (JsonNode dim : term.path("priceDimensions")) ((ObjectNode) dim.path("pricePerUnit")).put("USD", usd);
                }
                found = true;
            }
        }
        if (!found) throw new IllegalArgumentException("no document with SKU " + sku);
        return this;
    }

    public PriceListServer pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    public PriceListServer script(Script s) {
        this.script = s;
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Stops accepting connections; requests after this are refused. */
    public void stop() {
        http.stop(0);
    }

    /** Stops from another thread, after the current answer has gone out. */
    public void stopSoon() {
        Thread t = new Thread(() -> http.stop(0), "price-list-server-stop");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Recorded r = new Recorded(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, body);
        requests.add(r);
        Reply reply;
        try {
            reply = script.answer(r, count.incrementAndGet(), this);
            if (reply == null) reply = standard(r);
        } catch (RuntimeException e) {
            reply = Reply.error(500, "InternalErrorException", e.toString());
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        ex.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-4000-8000-" + String.format("%012d", count.get()));
        ex.sendResponseHeaders(reply.status(), bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    /** What the real service answers: TERM_MATCH over the documents, a page at a time. */
    public Reply standard(Recorded r) {
        if (!r.method().equals("POST") || !r.path().equals("/")) return Reply.error(404, "UnknownOperationException", "POST / only");
        if (!"AWSPriceListService.GetProducts".equals(r.header("x-amz-target"))) {
            return Reply.error(400, "UnknownOperationException", "unexpected target " + r.header("x-amz-target"));
        }
        JsonNode req = r.json();
        String service = req.path("ServiceCode").asText();
        List<String> matching = new ArrayList<>();
        synchronized (entries) {
            for (Entry e : entries) {
                if (!e.serviceCode().equals(service)) continue;
                if (e.raw() != null) {
                    matching.add(e.raw());
                } else if (matches(e.document(), req.path("Filters"))) {
                    matching.add(e.document().toString());
                }
            }
        }
        String token = req.path("NextToken").asText("");
        if (!token.isEmpty() && !token.matches("page-from-\\d+")) return Reply.error(400, "InvalidNextTokenException", "unknown token");
        int from = token.isEmpty() ? 0 : Integer.parseInt(token.substring("page-from-".length()));
        int size = Math.min(req.path("MaxResults").asInt(100), pageSize);
        int to = Math.min(matching.size(), from + size);
        ObjectNode out = JSON.createObjectNode().put("FormatVersion", "aws_v1");
        ArrayNode list = out.putArray("PriceList");
        for (String s : matching.subList(Math.min(from, to), to)) list.add(s);
        if (to < matching.size()) out.put("NextToken", "page-from-" + to);
        return new Reply(200, out.toString());
    }

    private static boolean matches(ObjectNode doc, JsonNode filters) {
        for (JsonNode f : filters) {
            String field = f.path("Field").asText();
            String value = f.path("Value").asText();
            JsonNode product = doc.path("product");
            String actual = switch (field) {
                case "productFamily" -> product.path("productFamily").asText(null);
                case "ServiceCode", "serviceCode" -> doc.path("serviceCode").asText(null);
                default -> product.path("attributes").path(field).asText(null);
            };
            if (actual == null || !actual.equalsIgnoreCase(value)) return false;
        }
        return true;
    }

    public static JsonNode readResource(String resource) {
        try (InputStream in = PriceListServer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String resource) {
        try (InputStream in = PriceListServer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of every resource file under /pricing/documents/. */
    public static final List<String> ALL_DOCUMENTS = List.of("/pricing/documents/dynamodb.json", "/pricing/documents/lambda.json",
            "/pricing/documents/apigateway.json", "/pricing/documents/bedrock-foundation-models.json", "/pricing/documents/bedrock.json",
            "/pricing/documents/retrieval.json");

    public PriceListServer allDocuments() {
        ALL_DOCUMENTS.forEach(this::documents);
        return this;
    }
}
