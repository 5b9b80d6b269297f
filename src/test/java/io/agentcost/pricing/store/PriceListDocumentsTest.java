package io.agentcost.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agentcost.pricing.PriceListProduct;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PriceList documents: the two real GetProducts samples (shared/reference, copied to test resources) and hand-written ones. */
class PriceListDocumentsTest {

    private static PriceListProduct onlyDocumentOf(String response) {
        List<String> list = PriceListDocuments.priceListOf(PriceListServer.resourceText(response));
        assertThat(list).hasSize(1);
        return PriceListDocuments.parse(list.get(0));
    }

    @Test
    void theRealAwsCliSampleParsesIntoItsOnDemandPrice() {
        // aws/aws-cli awscli/examples/pricing/get-products.rst @3096efeb: EBS io1, Asia Pacific (Singapore), $0.138 per GB-month
        PriceListProduct p = onlyDocumentOf("/pricing/getproducts/getproducts_ec2_awscli_example.json");
        assertThat(p.sku()).isEqualTo("3MKHN58N7RDDVGKJ");
        assertThat(p.serviceCode()).isEqualTo("AmazonEC2");
        assertThat(p.productFamily()).isEqualTo("Storage");
        assertThat(p.usageType()).isEqualTo("APS1-EBS:VolumeUsage.piops");
        assertThat(p.attribute("location")).isEqualTo("Asia Pacific (Singapore)");
        assertThat(p.version()).isEqualTo("20180808005701");
        assertThat(p.publicationDate()).isEqualTo("2018-08-08T00:57:01Z");
        assertThat(p.onDemand()).hasSize(1);
        PriceListProduct.Term t = p.onDemand().get(0);
        assertThat(t.offerTermCode()).isEqualTo("JRTCKXETXF");
        assertThat(t.effectiveDate()).isEqualTo("2018-08-01T00:00:00Z");
        PriceListProduct.Dimension d = t.dimensions().get(0);
        assertThat(d.rateCode()).isEqualTo("3MKHN58N7RDDVGKJ.JRTCKXETXF.6YS6EN2CT7");
        assertThat(d.unit()).isEqualTo("GB-Mo");
        assertThat(d.beginRange()).isEqualByComparingTo("0");
        assertThat(d.endRange()).as("\"Inf\" is unbounded").isNull();
        assertThat(d.usd()).isEqualTo(new BigDecimal("0.1380000000"));
    }

    @Test
    void theRealBotocoreSampleParsesIntoItsOnDemandPrice() {
        // boto/botocore botocore/data/pricing/2017-10-15/examples-1.json @cd920775: EBS io1, Canada (Central), $0.138 per GB-month
        PriceListProduct p = onlyDocumentOf("/pricing/getproducts/getproducts_ec2_botocore_example.json");
        assertThat(p.sku()).isEqualTo("WQGC34PB2AWS8R4U");
        assertThat(p.attribute("location")).isEqualTo("Canada (Central)");
        assertThat(p.usageType()).isEqualTo("CAN1-EBS:VolumeUsage.piops");
        assertThat(p.onDemand().get(0).dimensions().get(0).usd()).isEqualByComparingTo("0.138");
        assertThat(p.publicationDate()).isEqualTo("2017-09-01T18:22:01Z");
    }

    @Test
    void tieredDimensionsKeepTheirRanges() {
        PriceListProduct duration = PriceListFixtures.products("/pricing/documents/lambda.json").stream()
                .filter(p -> p.sku().equals("TG3M4CAGBA3NYQBH")).findFirst().orElseThrow();
        List<PriceListProduct.Dimension> dims = duration.onDemand().get(0).dimensions();
        assertThat(dims).extracting(PriceListProduct.Dimension::beginRange).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(BigDecimal.ZERO, new BigDecimal("6000000000"), new BigDecimal("15000000000"));
        assertThat(dims).filteredOn(d -> d.endRange() == null).hasSize(1);
    }

    @Test
    void reservedTermsAreNotKept() {
        String doc = """
                {"product":{"productFamily":"Compute Instance","attributes":{"usagetype":"BoxUsage:m6i.large"},"sku":"ABC"},
                 "serviceCode":"AmazonEC2",
                 "terms":{"OnDemand":{"ABC.JRTCKXETXF":{"priceDimensions":{"ABC.JRTCKXETXF.6YS6EN2CT7":{"unit":"Hrs","endRange":"Inf",
                   "beginRange":"0","pricePerUnit":{"USD":"0.0960000000"}}},"sku":"ABC","effectiveDate":"2026-11-01T00:00:00Z",
                   "offerTermCode":"JRTCKXETXF","termAttributes":{}}},
                   "Reserved":{"ABC.4NA7Y494T4":{"priceDimensions":{"ABC.4NA7Y494T4.6YS6EN2CT7":{"unit":"Hrs","endRange":"Inf",
                   "beginRange":"0","pricePerUnit":{"USD":"0.0600000000"}}},"sku":"ABC","offerTermCode":"4NA7Y494T4"}}}}
                """;
        PriceListProduct p = PriceListDocuments.parse(doc);
        assertThat(p.onDemand()).hasSize(1);
        assertThat(p.onDemand().get(0).dimensions().get(0).usd()).isEqualByComparingTo("0.096");
    }

    @Test
    void malformedDocumentsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> PriceListDocuments.parse("{\"product\":")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PriceListDocuments.parse("[]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> PriceListDocuments.parse("{\"terms\":{}}")).hasMessageContaining("no \"product\"");
        assertThatThrownBy(() -> PriceListDocuments.parse("{\"product\":{\"sku\":\"X\"}}")).hasMessageContaining("no \"terms\"");
        assertThatThrownBy(() -> PriceListDocuments.parse("""
                {"product":{"sku":"X"},"terms":{"OnDemand":{"X.T":{"priceDimensions":{"X.T.R":{"unit":"Hrs","beginRange":"0",
                 "endRange":"Inf","pricePerUnit":{"USD":"cheap"}}}}}}}""")).hasMessageContaining("\"cheap\" is not a number");
        assertThatThrownBy(() -> PriceListDocuments.parse("""
                {"product":{"sku":"X"},"terms":{"OnDemand":{"X.T":{"priceDimensions":{"X.T.R":{"unit":"Hrs",
                 "pricePerUnit":{"EUR":"1"}}}}}}}""")).hasMessageContaining("no USD price");
    }
}
