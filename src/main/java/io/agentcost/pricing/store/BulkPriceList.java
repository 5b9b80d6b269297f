package io.agentcost.pricing.store;

import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credential-free source: the public Price List bulk offer files (bulk_offer_file_format.md),
 * read from the AWS host, a mirror, or local files. Each location is one of
 * <ul>
 *   <li>an http(s) URL or local file ending in {@code .json}: one offer file (its {@code offerCode} says which service),</li>
 *   <li>an http(s) URL or local directory: the root of the bulk layout,
 *       {@code <root>/offers/v1.0/aws/<offerCode>/current/<region>/index.json}.</li>
 * </ul>
 * The first location that has a service's file wins. Files are streamed, never kept whole.
 */
public final class BulkPriceList implements PriceListSource {

    /** Where AWS publishes the bulk files. */
    public static final String AWS = "https://pricing.us-east-1.amazonaws.com";

    private final List<String> locations;
    private final String region;
    private final HttpClient http;
    private final Map<String, Optional<String>> offerCodes = new HashMap<>();

    public BulkPriceList(List<String> locations, String region) {
        this.locations = List.copyOf(locations.isEmpty() ? List.of(AWS) : locations);
        this.region = region;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String describe() {
        return "AWS Price List bulk offer files (" + String.join(", ", locations.stream().map(BulkPriceList::safe).toList()) + ")";
    }

    @Override
    public List<Answer> fetch(String serviceCode, List<List<PriceQuery.Filter>> requests) throws PriceListException {
        for (String location : locations) {
            Optional<Opened> file = open(location, serviceCode);
            if (file.isEmpty()) continue;
            BulkOfferFile.Contents contents;
            try (InputStream in = file.get().in()) {
                contents = BulkOfferFile.read(in, p -> requests.stream().anyMatch(r -> PriceQuery.matchesAll(r, p)));
            } catch (InterruptedIOException e) {
                throw new PriceListException(PriceListException.Kind.CANCELLED, "reading " + file.get().name() + " was interrupted", e);
            } catch (IOException e) {
                throw new PriceListException(PriceListException.Kind.UNREACHABLE, "reading " + file.get().name() + " failed: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new PriceListException(PriceListException.Kind.SERVICE, file.get().name() + ": " + e.getMessage(), e);
            }
            if (contents.offerCode() != null && !contents.offerCode().equals(serviceCode)) {
                throw new PriceListException(PriceListException.Kind.SERVICE,
                        file.get().name() + " is the offer file of " + contents.offerCode() + ", not of " + serviceCode);
            }
            String origin = "AWS Price List bulk offer file " + file.get().name();
            List<Answer> answers = new ArrayList<>();
            for (List<PriceQuery.Filter> r : requests) {
                List<PriceListProduct> matching = contents.products().stream().filter(p -> PriceQuery.matchesAll(r, p)).toList();
                answers.add(Answer.of(matching, contents.warnings().stream().map(w -> file.get().name() + ": " + w).toList(), origin));
            }
            return answers;
        }
        String none = "no bulk offer file for " + serviceCode + " (region " + region + ") in " + String.join(", ",
                locations.stream().map(BulkPriceList::safe).toList());
        return requests.stream().map(r -> Answer.failed(none)).toList();
    }

    private record Opened(String name, InputStream in) {
    }

    private Optional<Opened> open(String location, String serviceCode) throws PriceListException {
        boolean remote = location.startsWith("http://") || location.startsWith("https://");
        String relative = "offers/v1.0/aws/" + serviceCode + "/current/" + region + "/index.json";
        if (remote) {
            if (location.endsWith(".json")) {
                if (!serviceCode.equals(offerCodeOf(location))) return Optional.empty();
                return get(location);
            }
            return get(location.replaceAll("/+$", "") + "/" + relative);
        }
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        Path file = Files.isDirectory(path) ? path.resolve(relative) : path;
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(path)) throw new PriceListException(PriceListException.Kind.UNREACHABLE, "--bulk " + location + ": no such file or directory");
            return Optional.empty();
        }
        if (!Files.isDirectory(path) && !serviceCode.equals(offerCodeOf(location))) return Optional.empty();
        try {
            return Optional.of(new Opened(file.toString(), Files.newInputStream(file)));
        } catch (IOException e) {
            throw new PriceListException(PriceListException.Kind.UNREACHABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A single offer file's code, read once from its head. */
    private String offerCodeOf(String location) throws PriceListException {
        Optional<String> known = offerCodes.get(location);
        if (known != null) return known.orElse(null);
        String code;
        boolean remote = location.startsWith("http://") || location.startsWith("https://");
        try (InputStream in = remote ? get(location).map(Opened::in).orElse(InputStream.nullInputStream())
                : Files.newInputStream(location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location))) {
            code = BulkOfferFile.offerCode(in);
        } catch (IOException e) {
            throw new PriceListException(PriceListException.Kind.UNREACHABLE, "cannot read " + safe(location) + ": " + e.getMessage(), e);
        }
        offerCodes.put(location, Optional.ofNullable(code));
        return code;
    }

    /** GET a file; a 404 or 403 (S3's answer for a missing key) means "not here". */
    private Optional<Opened> get(String url) throws PriceListException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new PriceListException(PriceListException.Kind.UNREACHABLE, "--bulk " + safe(url) + ": not a URL: " + e.getReason());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status == 200) return Optional.of(new Opened(safe(url), response.body()));
            response.body().close();
            if (status == 404 || status == 403) return Optional.empty();
            throw new PriceListException(PriceListException.Kind.SERVICE, safe(url) + " answered HTTP " + status);
        } catch (IOException e) {
            throw new PriceListException(PriceListException.Kind.UNREACHABLE, "cannot reach " + safe(url) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceListException(PriceListException.Kind.CANCELLED, "interrupted while fetching " + safe(url), e);
        }
    }

    /** A location as it may be shown and stored: no user info, query or fragment (they can carry secrets). */
    static String safe(String location) {
        if (!location.contains("://")) return location;
        try {
            URI u = new URI(location);
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return location.replaceAll("//[^/@]*@", "//").replaceAll("[?#].*$", "");
        }
    }
}
