package io.agentcost.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.calibrate.costs.CostFileReader;
import io.agentcost.testing.Fixtures;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost exports are read into a month's lines with their service, tag and line type; nothing is dropped. */
class CostFileReaderTest {

    @TempDir
    Path dir;

    private static final Path SAMPLES = Fixtures.root().resolve("src/test/resources/calibrate");

    private static double sum(List<CostLine> lines, String service) {
        return lines.stream().filter(l -> l.compared() && (service == null ? l.service() == null : service.equals(l.service())))
                .mapToDouble(CostLine::usd).sum();
    }

    @Test
    void aCur2ExportIsSummedPerMonthServiceAndTag() throws BadFile {
        CostExport e = CostFileReader.read(SAMPLES.resolve("cur2-2026-11.csv"), "agent");
        assertThat(e.format()).isEqualTo("CUR 2.0");
        assertThat(e.byMonth()).containsOnlyKeys("2026-10", "2026-11");
        assertThat(e.month(null)).isEqualTo("2026-11");
        List<CostLine> nov = e.byMonth().get("2026-11");
        // Bedrock 300 + 150 + 150; Lambda 1.50; the NAT gateway is billed under AmazonEC2 but is the plan's nat_gateway
        assertThat(sum(nov, "bedrock")).isCloseTo(600, within(1e-9));
        assertThat(sum(nov, "lambda")).isCloseTo(1.5, within(1e-9));
        assertThat(sum(nov, "nat_gateway")).isCloseTo(32.4, within(1e-9));
        // S3 has no component: kept as unknown, with the line it was first read on
        assertThat(nov).filteredOn(l -> l.service() == null && l.compared()).singleElement()
                .satisfies(l -> {
                    assertThat(l.usageType()).isEqualTo("USE1-TimedStorage-ByteHrs");
                    assertThat(l.usd()).isEqualTo(12.34);
                    assertThat(l.line()).isEqualTo(8);
                });
        // tax is listed, never compared
        assertThat(nov).filteredOn(l -> !l.compared()).extracting(CostLine::lineType, CostLine::usd).containsExactly(tuple("Tax", 61.0));
        // the two triage input rows are one line of 450
        assertThat(nov).filteredOn(l -> "triage".equals(l.agent()) && "bedrock".equals(l.service())).singleElement()
                .extracting(CostLine::usd).isEqualTo(450.0);
        assertThat(e.byMonth().get("2026-10")).singleElement().extracting(CostLine::usd).isEqualTo(5.0);
    }

    @Test
    void aGzippedExportReadsTheSame() throws Exception {
        Path gz = dir.resolve("cur.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SAMPLES.resolve("cur2-2026-11.csv"), out);
        }
        assertThat(sum(CostFileReader.read(gz, null).byMonth().get("2026-11"), "bedrock")).isCloseTo(600, within(1e-9));
    }

    @Test
    void aCostExplorerDownloadIsReadByServiceColumns() throws BadFile {
        CostExport e = CostFileReader.read(SAMPLES.resolve("cost-explorer-2026-11.csv"), null);
        assertThat(e.format()).isEqualTo("Cost Explorer");
        List<CostLine> nov = e.byMonth().get("2026-11");
        // the "Service total" row and the total column are not added again: 300 + 300 for the model
        assertThat(sum(nov, "bedrock")).isCloseTo(600, within(1e-9));
        assertThat(sum(nov, "lambda")).isCloseTo(1.5, within(1e-9));
        // EC2-Other (NAT hours, EBS, …) cannot be split: unknown, listed
        assertThat(sum(nov, null)).isCloseTo(32.4, within(1e-9));
        assertThat(nov).filteredOn(l -> !l.compared()).extracting(CostLine::usd).containsExactly(61.0);
    }

    @Test
    void aLegacyCurIsReadByItsSlashedColumnsAndTagColumn() throws Exception {
        Path f = Files.writeString(dir.resolve("cur1.csv"), """
                identity/LineItemId,bill/BillingPeriodStartDate,lineItem/UsageStartDate,lineItem/LineItemType,lineItem/ProductCode,lineItem/UsageType,lineItem/UnblendedCost,resourceTags/user:agent
                a,2026-11-01T00:00:00Z,2026-11-04T00:00:00Z,Usage,AmazonDynamoDB,USE1-ReadRequestUnits,2.5,triage
                b,2026-11-01T00:00:00Z,2026-11-05T00:00:00Z,Usage,AmazonDynamoDB,USE1-ReadRequestUnits,1.5,
                """);
        CostExport e = CostFileReader.read(f, "user:agent");
        assertThat(e.format()).isEqualTo("CUR");
        List<CostLine> nov = e.byMonth().get("2026-11");
        assertThat(sum(nov, "dynamodb")).isCloseTo(4.0, within(1e-12));
        assertThat(nov).extracting(CostLine::agent).containsExactly("triage", null);
    }

    @Test
    void aCostExplorerDownloadGroupedByTagGivesOneAgentPerColumn() throws Exception {
        Path f = Files.writeString(dir.resolve("ce.csv"), """
                "Tag","agent$triage($)","agent$resolver($)","No tag key: agent($)","Total costs($)"
                "Tag total","30","20","5","55"
                "2026-11-01","10","20","5","35"
                "2026-11-02","20","","","20"
                """);
        List<CostLine> nov = CostFileReader.read(f, "agent").byMonth().get("2026-11");
        assertThat(nov.stream().filter(l -> "triage".equals(l.agent())).mapToDouble(CostLine::usd).sum()).isEqualTo(30.0);
        assertThat(nov.stream().filter(l -> "resolver".equals(l.agent())).mapToDouble(CostLine::usd).sum()).isEqualTo(20.0);
        assertThat(nov.stream().filter(l -> l.agent() == null).mapToDouble(CostLine::usd).sum()).isEqualTo(5.0);
    }

    @Test
    void anExportWithoutTheNeededColumnsNamesThem() throws Exception {
        Path f = Files.writeString(dir.resolve("cur.csv"), "line_item_product_code,line_item_usage_type\nAmazonBedrock,x\n");
        assertThatThrownBy(() -> CostFileReader.read(f, null)).isInstanceOf(BadFile.class)
                .hasMessageStartingWith(f + ":1: a CUR 2.0 export needs the column(s) line_item_unblended_cost, line_item_usage_start_date or bill_billing_period_start_date");
        Path g = Files.writeString(dir.resolve("other.csv"), "a,b,c\n1,2,3\n");
        assertThatThrownBy(() -> CostFileReader.read(g, null)).hasMessageStartingWith(g + ":1: not a cost export: expected the CUR 2.0 columns");
    }

    @Test
    void aCostThatIsNotANumberIsReportedWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("cur.csv"), """
                line_item_usage_start_date,line_item_product_code,line_item_usage_type,line_item_unblended_cost
                2026-11-01T00:00:00Z,AmazonBedrock,x,1.0
                2026-11-01T00:00:00Z,AmazonBedrock,x,one dollar
                """);
        assertThatThrownBy(() -> CostFileReader.read(f, null))
                .hasMessage(f + ":3: line_item_unblended_cost is \"one dollar\" (expected an amount in USD)");
    }

    @Test
    void aMonthWithNoDataNamesTheMonthsThereAre() throws BadFile {
        CostExport e = CostFileReader.read(SAMPLES.resolve("cur2-2026-11.csv"), null);
        assertThatThrownBy(() -> e.month("2026-12")).hasMessageEndingWith("no cost lines in 2026-12 (months in the file: 2026-10, 2026-11)");
    }

    @Test
    void anAgentTagTheExportDoesNotCarryIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("cur.csv"), "line_item_usage_start_date,line_item_product_code,line_item_usage_type,line_item_unblended_cost\n");
        assertThatThrownBy(() -> CostFileReader.read(f, "agent")).hasMessageContaining("--agent-tag agent: no column resource_tags");
    }

    @Test
    void parquetIsRefusedWithWhatToDoInstead() throws Exception {
        Path f = Files.write(dir.resolve("cur-00001.snappy"), new byte[]{'P', 'A', 'R', '1', 0, 0});
        assertThatThrownBy(() -> CostFileReader.read(f, null)).hasMessageContaining("Parquet is not read").hasMessageContaining("as CSV");
        assertThatThrownBy(() -> CostFileReader.read(dir.resolve("x.parquet"), null)).hasMessageContaining("Parquet is not read");
    }
}
