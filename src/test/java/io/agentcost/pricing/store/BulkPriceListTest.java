package io.agentcost.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.testing.PriceListFixtures;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential-free source: bulk offer files in the documented layout (bulk_offer_file_format.md), local or over HTTP. */
class BulkPriceListTest {

    private static final Path DYNAMODB = PriceListFixtures.bulkRoot().resolve("offers/v1.0/aws/AmazonDynamoDB/current/us-east-1/index.json");
    private static final List<PriceQuery.Filter> READS = List.of(new PriceQuery.Filter("regionCode", "us-east-1"),
            new PriceQuery.Filter("productFamily", "Amazon DynamoDB PayPerRequest Throughput"), new PriceQuery.Filter("group", "DDB-ReadUnits"));

    @Test
    void anOfferFileIsStreamedKeepingOnlyTheProductsAskedForWithTheirOnDemandTerms() throws Exception {
        BulkOfferFile.Contents c;
        try (InputStream in = Files.newInputStream(DYNAMODB)) {
            c = BulkOfferFile.read(in, p -> PriceQuery.matchesAll(READS, p));
        }
        assertThat(c.offerCode()).isEqualTo("AmazonDynamoDB");
        assertThat(c.version()).isEqualTo("20261125093000");
        // the read group holds the Standard and the Standard-IA product; the Reserved term of the first is not kept
        assertThat(c.products()).extracting(PriceListProduct::sku).containsExactly("4W4ZMC46EHE8XTTZ", "7XFW3BZ3GHTYMGZC");
        PriceListProduct reads = c.products().get(0);
        assertThat(reads.onDemand()).hasSize(1);
        assertThat(reads.onDemand().get(0).offerTermCode()).isEqualTo("JRTCKXETXF");
        assertThat(reads.onDemand().get(0).dimensions().get(0).usd()).isEqualByComparingTo("0.00000015");
        assertThat(reads.version()).isEqualTo("20261125093000");
    }

    @Test
    void theOfferCodeIsReadFromTheHeadOfTheFile() throws Exception {
        try (InputStream in = Files.newInputStream(DYNAMODB)) {
            assertThat(BulkOfferFile.offerCode(in)).isEqualTo("AmazonDynamoDB");
        }
    }

    @Test
    void aDirectoryIsTheRootOfTheBulkLayout() throws Exception {
        try (BulkPriceList bulk = new BulkPriceList(List.of(PriceListFixtures.bulkRoot().toString()), "us-east-1")) {
            List<PriceListSource.Answer> answers = bulk.fetch("AmazonDynamoDB", List.of(READS,
                    List.of(new PriceQuery.Filter("regionCode", "us-east-1"), new PriceQuery.Filter("productFamily", "Database Storage"))));
            assertThat(answers.get(0).products()).hasSize(2);
            assertThat(answers.get(1).products()).extracting(PriceListProduct::usageType)
                    .containsExactly("TimedStorage-ByteHrs", "IA-TimedStorage-ByteHrs");
            assertThat(answers.get(0).origin()).startsWith("AWS Price List bulk offer file ").endsWith("AmazonDynamoDB/current/us-east-1/index.json");
        }
    }

    @Test
    void aSingleFileServesOnlyTheServiceItIsTheOfferOf() throws Exception {
        try (BulkPriceList bulk = new BulkPriceList(List.of(DYNAMODB.toString()), "us-east-1")) {
            assertThat(bulk.fetch("AmazonDynamoDB", List.of(READS)).get(0).products()).hasSize(2);
            PriceListSource.Answer lambda = bulk.fetch("AWSLambda", List.of(List.of())).get(0);
            assertThat(lambda.error()).startsWith("no bulk offer file for AWSLambda (region us-east-1)");
        }
    }

    @Test
    void aServiceWithoutAFileIsThatServicesAnswerNotAFailure() throws Exception {
        try (BulkPriceList bulk = new BulkPriceList(List.of(PriceListFixtures.bulkRoot().toString()), "us-east-1")) {
            List<PriceListSource.Answer> a = bulk.fetch("AmazonSageMaker", List.of(List.of(), List.of()));
            assertThat(a).hasSize(2).allMatch(x -> x.error() != null && x.products().isEmpty());
        }
    }

    @Test
    void aMissingLocationStopsTheRefresh() {
        try (BulkPriceList bulk = new BulkPriceList(List.of("/nonexistent/bulk"), "us-east-1")) {
            assertThatThrownBy(() -> bulk.fetch("AmazonDynamoDB", List.of(READS))).isInstanceOf(PriceListException.class)
                    .hasMessageContaining("no such file or directory");
        }
    }

    @Test
    void bulkFilesAreReadOverHttpFromTheRootOrAsOneFile() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> paths = new ArrayList<>();
        http.createContext("/", ex -> {
            paths.add(ex.getRequestURI().getPath());
            Path file = PriceListFixtures.bulkRoot().resolve(ex.getRequestURI().getPath().substring(1));
            if (!Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
            } else {
                byte[] bytes = Files.readAllBytes(file);
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
            ex.close();
        });
        http.start();
        String root = "http://127.0.0.1:" + http.getAddress().getPort();
        try (BulkPriceList bulk = new BulkPriceList(List.of(root), "us-east-1")) {
            assertThat(bulk.fetch("AmazonDynamoDB", List.of(READS)).get(0).products()).hasSize(2);
            assertThat(bulk.fetch("AmazonSageMaker", List.of(READS)).get(0).error()).startsWith("no bulk offer file");
            assertThat(paths).containsExactly("/offers/v1.0/aws/AmazonDynamoDB/current/us-east-1/index.json",
                    "/offers/v1.0/aws/AmazonSageMaker/current/us-east-1/index.json");
            String one = root + "/offers/v1.0/aws/AWSLambda/current/us-east-1/index.json";
            try (BulkPriceList single = new BulkPriceList(List.of(one), "us-east-1")) {
                assertThat(single.fetch("AWSLambda", List.of(List.of(new PriceQuery.Filter("group", "AWS-Lambda-Requests")))).get(0)
                        .products()).extracting(PriceListProduct::sku).containsExactly("GU2ZS9HVP6QTQ7KE");
            }
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aLocationIsShownWithoutUserInfoOrQuery() {
        assertThat(BulkPriceList.safe("https://user:secret@mirror.example/offers?X-Amz-Signature=abc#x")).isEqualTo("https://mirror.example/offers");
        assertThat(BulkPriceList.safe("/data/bulk")).isEqualTo("/data/bulk");
    }
}
