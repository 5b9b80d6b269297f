package io.agentcost.pricing.aws;

import io.agentcost.pricing.PriceListException.Kind;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.pricing.store.PriceListDocuments;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.pricing.model.AccessDeniedException;
import software.amazon.awssdk.services.pricing.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;
import software.amazon.awssdk.services.pricing.model.InvalidNextTokenException;
import software.amazon.awssdk.services.pricing.model.InvalidParameterException;
import software.amazon.awssdk.services.pricing.model.NotFoundException;
import software.amazon.awssdk.services.pricing.model.ResourceNotFoundException;
import software.amazon.awssdk.services.pricing.model.ThrottlingException;

/**
 * The Price List Query API through the AWS SDK for Java v2: {@code PricingClient.getProductsPaginator}
 * with TERM_MATCH filters, following NextToken, each PriceList string parsed as a document
 * (malformed ones skipped with a warning). The SDK signs with SigV4 and retries throttling and
 * connection failures itself. Credentials stay inside the SDK: nothing here prints or stores them.
 */
public final class AwsPriceList implements PriceListSource {

    /** The Price List endpoints live in us-east-1, eu-central-1 and ap-south-1; the prices are the same. */
    public static final String DEFAULT_API_REGION = "us-east-1";

    private static final Set<String> REFUSED_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "InvalidSignatureException", "SignatureDoesNotMatch", "ExpiredTokenException", "ExpiredToken", "IncompleteSignature",
            "MissingAuthenticationToken", "AccessDenied", "AccessDeniedException", "UnauthorizedOperation");

    /**
     * @param apiRegion the Price List endpoint's region (not the catalog's), null for us-east-1
     * @param endpoint  an endpoint override (a proxy, a local stub), null for the standard endpoint
     * @param profile   a named profile of ~/.aws/credentials and config, null for the default credential chain
     */
    public record Settings(String apiRegion, URI endpoint, String profile) {
    }

    private final PricingClient client;
    private final AwsCredentialsProvider credentials;
    private final String where;

    private AwsPriceList(PricingClient client, AwsCredentialsProvider credentials, String where) {
        this.client = client;
        this.credentials = credentials;
        this.where = where;
    }

    /** With the default credential chain, or the named profile. */
    public static AwsPriceList create(Settings settings) {
        AwsCredentialsProvider credentials = settings.profile() != null
                ? ProfileCredentialsProvider.create(settings.profile())
                : DefaultCredentialsProvider.builder().build();
        return create(settings, credentials);
    }

    /** With the given credentials (tests use static ones). */
    public static AwsPriceList create(Settings settings, AwsCredentialsProvider credentials) {
        String region = settings.apiRegion() != null ? settings.apiRegion() : DEFAULT_API_REGION;
        PricingClientBuilder b = PricingClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(60))
                        .apiCallTimeout(Duration.ofMinutes(3))
                        .build());
        if (settings.endpoint() != null) b.endpointOverride(settings.endpoint());
        String where = settings.endpoint() != null ? safe(settings.endpoint()) : "api.pricing." + region + ".amazonaws.com";
        return new AwsPriceList(b.build(), credentials, where);
    }

    @Override
    public String describe() {
        return "AWS Price List Query API (" + where + ")";
    }

    @Override
    public List<Answer> fetch(String serviceCode, List<List<PriceQuery.Filter>> requests) throws PriceListException {
        List<Answer> answers = new ArrayList<>();
        for (List<PriceQuery.Filter> filters : requests) answers.add(fetchOne(serviceCode, filters));
        return answers;
    }

    private Answer fetchOne(String serviceCode, List<PriceQuery.Filter> filters) throws PriceListException {
        GetProductsRequest request = GetProductsRequest.builder()
                .serviceCode(serviceCode)
                .filters(filters.stream().map(f -> Filter.builder().type(FilterType.TERM_MATCH).field(f.field()).value(f.value()).build())
                        .toList())
                .formatVersion("aws_v1")
                .maxResults(100)
                .build();
        List<PriceListProduct> products = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int page = 0;
        try {
            for (GetProductsResponse response : client.getProductsPaginator(request)) {
                page++;
                int item = 0;
                for (String document : response.priceList()) {
                    item++;
                    try {
                        products.add(PriceListDocuments.parse(document));
                    } catch (IllegalArgumentException e) {
                        warnings.add("skipped a malformed PriceList document (" + serviceCode + " " + filters + ", page " + page
                                + ", item " + item + "): " + e.getMessage());
                    }
                }
                if (Thread.currentThread().isInterrupted()) throw new PriceListException(Kind.CANCELLED, "the refresh was cancelled");
            }
        } catch (SdkException e) {
            PriceListException failure = classify(e, where);
            if (failure.isFatal()) throw failure;
            return Answer.failed("the Price List rejected the request: " + failure.getMessage());
        }
        return Answer.of(products, warnings, "AWS Price List GetProducts (" + where + ")");
    }

    /** Turns an SDK failure into a message a user can act on; only {@link Kind#REQUEST} lets the refresh go on. */
    static PriceListException classify(SdkException e, String where) {
        if (e instanceof AbortedException) return new PriceListException(Kind.CANCELLED, "the refresh was cancelled", e);
        if (e instanceof AwsServiceException ase) {
            String code = ase.awsErrorDetails() != null ? ase.awsErrorDetails().errorCode() : null;
            String text = ase.awsErrorDetails() != null && ase.awsErrorDetails().errorMessage() != null
                    ? ase.awsErrorDetails().errorMessage() : firstLine(ase.getMessage());
            String status = "HTTP " + ase.statusCode() + (code != null ? " " + code : "");
            if (ase instanceof AccessDeniedException || ase.statusCode() == 403 || REFUSED_CREDENTIALS.contains(code)) {
                return new PriceListException(Kind.ACCESS_DENIED, "the AWS Price List (" + where + ") refused the request: " + status
                        + (text != null ? ": " + text : "") + ". The credentials need the IAM permission pricing:GetProducts; "
                        + "without it, use --source bulk (the public bulk offer files need no credentials).", e);
            }
            if (ase instanceof InvalidParameterException || ase instanceof NotFoundException || ase instanceof ResourceNotFoundException
                    || ase instanceof InvalidNextTokenException || ase instanceof ExpiredNextTokenException) {
                return new PriceListException(Kind.REQUEST, status + (text != null ? ": " + text : ""), e);
            }
            if (ase instanceof ThrottlingException || ase.isThrottlingException()) {
                return new PriceListException(Kind.SERVICE, "the AWS Price List (" + where + ") kept throttling after the SDK's retries ("
                        + status + "); try again later", e);
            }
            return new PriceListException(Kind.SERVICE, "the AWS Price List (" + where + ") failed: " + status
                    + (text != null ? ": " + text : ""), e);
        }
        String message = firstLine(e.getMessage());
        if (message != null && message.toLowerCase(Locale.ROOT).contains("credentials")) {
            // the chain's own message lists every provider it tried; the user needs what to do
            String why = message.startsWith("Unable to load credentials from any of the providers")
                    ? "the default credential chain found none (environment variables, Java system properties, web identity, "
                    + "~/.aws profile, container or instance role)."
                    : message;
            return new PriceListException(Kind.NO_CREDENTIALS, "no usable AWS credentials: " + why
                    + " Configure credentials allowed pricing:GetProducts, name a profile with --profile, or use --source bulk, "
                    + "which needs none.", e);
        }
        return new PriceListException(Kind.UNREACHABLE, "cannot reach the AWS Price List at " + where + ": " + message, e);
    }

    private static String firstLine(String s) {
        if (s == null) return null;
        String line = s.lines().findFirst().orElse(s).strip();
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /** An endpoint as it may be shown and stored: scheme, host, port and path only. */
    static String safe(URI endpoint) {
        try {
            return new URI(endpoint.getScheme(), null, endpoint.getHost(), endpoint.getPort(), endpoint.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return endpoint.getHost();
        }
    }

    @Override
    public void close() {
        client.close();
        if (credentials instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a credentials cache cannot lose anything
            }
        }
    }
}
