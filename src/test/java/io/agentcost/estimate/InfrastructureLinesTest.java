package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.cents;
import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** DynamoDB, API Gateway, data transfer, CloudWatch, NAT, endpoints, Aurora and fixed instances, by hand (SPEC §4). */
class InfrastructureLinesTest {

    /** A workload of 1,000,000 conversations × 4 turns = 4M turns (plus the given keys) and one architecture. */
    private static Estimate run(String workload, String architecture) {
        return single("""
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: 4
                %s
                architectures:
                  a: %s
                """.formatted(workload.indent(2), architecture));
    }

    @Test
    void eventuallyConsistentReadsCostHalfAUnitPer4Kb() {
        // 4M turns × 15 reads × ⌈2/4⌉ × 0.5 = 30M RRU × $0.125 = $3.75; writes 4M × 3 × ⌈2/1⌉ = 24M WRU × $0.625 = $15
        Estimate e = run("db_reads_per_turn: 15\ndb_writes_per_turn: 3\ndb_item_kb: 2", "{dynamodb: {}}");
        assertThat(usd(e, "Read request units")).isCloseTo(3.75, within(1e-9));
        assertThat(usd(e, "Write request units")).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void strongReadsAndLargeItemsRoundUpToWholeUnits() {
        // 5 KB: reads ⌈5/4⌉ = 2 units, strong = 1 each: 4M × 15 × 2 = 120M RRU × $0.125 = $15; writes ⌈5⌉ = 5: 60M × $0.625 = $37.50
        Estimate e = run("db_reads_per_turn: 15\ndb_writes_per_turn: 3\ndb_item_kb: 5\ndb_consistency: strong", "{dynamodb: {}}");
        assertThat(usd(e, "Read request units (strongly consistent)")).isCloseTo(15.0, within(1e-9));
        assertThat(usd(e, "Write request units")).isCloseTo(37.5, within(1e-9));
    }

    @Test
    void aReadCacheRemovesItsShareOfReadsAndStateIsStoredForItsRetention() {
        // reads halved: $1.875; storage 1M × 20 KB × 60/30 / 1,048,576 = 38.1470 GB × $0.25 = $9.5367
        Estimate e = run("db_reads_per_turn: 15\ndb_item_kb: 2\nstate_kb_per_conversation: 20\nstate_retention_days: 60",
                "{dynamodb: {read_cache_hit_rate: 0.5}}");
        assertThat(usd(e, "Read request units")).isCloseTo(1.875, within(1e-9));
        assertThat(usd(e, "Conversation state storage")).isCloseTo(2_000_000.0 * 20 / 1_048_576 * 0.25, within(1e-9));
    }

    @Test
    void restApiRequestsAreTieredOnTheMonthlyTotal() {
        // 100M conversations × 4 turns = 400M requests: 333M × $3.50 + 67M × $2.80 = 1,165.50 + 187.60 = $1,353.10
        Estimate e = single("""
                workload: {monthly_conversations: 100000000, turns_per_conversation: 4}
                architectures:
                  a: {api_gateway: {type: rest}}
                """);
        assertThat(cents(usd(e, "REST API requests"))).isEqualTo(1353.10);
        assertThat(line(e, "REST API requests").tiered()).isTrue();
    }

    @Test
    void websocketBillsMessagesAndConnectionMinutes() {
        // 4M turns × 2 messages = 8M × $1.00/M = $8; 1M conversations × 10 min = 10M minutes × $0.25/M = $2.50
        Estimate e = run("", "{api_gateway: {type: websocket, messages_per_turn: 2, connection_minutes_per_conversation: 10}}");
        assertThat(usd(e, "WebSocket messages")).isCloseTo(8.0, within(1e-9));
        assertThat(usd(e, "WebSocket connection minutes")).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void internetEgressIsTieredByAbsoluteBoundaries() {
        // 1,048,576 turns × 20,480 KB = 20,480 GB: 10,240 × $0.09 + 10,240 × $0.085 = 921.60 + 870.40 = $1,792.00
        String yaml = """
                free_tier: %s
                workload: {monthly_conversations: 1048576, turns_per_conversation: 1, internet_egress_kb_per_turn: 20480}
                architectures:
                  a: {data_transfer: {}}
                """;
        assertThat(cents(single(yaml.formatted("false")).totalUsd())).isEqualTo(1792.00);
        // free tier carves the first 100 GB out of the first tier: 1,792.00 − 100 × $0.09 = $1,783.00
        // (subtracting 100 GB before tiering would give $1,783.50: the 10 TB boundary is absolute)
        assertThat(cents(single(yaml.formatted("true")).totalUsd())).isEqualTo(1783.00);
    }

    @Test
    void crossAzBytesAreBilledOutAndInAndCrossRegionOnce() {
        // 10,485,760 turns × 20 KB = 200 GB; cross-AZ half = 100 GB, twice at $0.01 = $2.00;
        // cross-region a quarter = 50 GB once at us-west-2's $0.02 = $1.00
        Estimate e = single("""
                workload: {monthly_conversations: 10485760, turns_per_conversation: 1, payload_kb_per_turn: 20,
                           cross_az_share: 0.5, cross_region_share: 0.25, cross_region_destination: us-west-2}
                architectures:
                  a: {data_transfer: {}}
                """);
        assertThat(line(e, "Cross-AZ transfer (billed out and in)").quantity()).isCloseTo(200.0, within(1e-9));
        assertThat(usd(e, "Cross-AZ transfer (billed out and in)")).isCloseTo(2.0, within(1e-9));
        assertThat(usd(e, "Cross-region transfer to us-west-2")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void logsAreIngestedAfterSamplingAndStoredForTheirRetention() {
        // 1,048,576 turns × 2 KB × 0.5 = 1 GB × $0.50; stored 1 GB × 60/30 = 2 GB-months × $0.03 = $0.06;
        // traces 1,048,576 × 1.0 = 1.048576M × $5.00 = $5.24288
        Estimate e = single("""
                workload: {monthly_conversations: 1048576, turns_per_conversation: 1, log_kb_per_turn: 2, log_sampling: 0.5, log_retention_days: 60}
                architectures:
                  a: {cloudwatch: {}}
                """);
        assertThat(usd(e, "Log ingestion")).isCloseTo(0.5, within(1e-12));
        assertThat(usd(e, "Log storage")).isCloseTo(0.06, within(1e-12));
        assertThat(usd(e, "X-Ray traces recorded")).isCloseTo(5.24288, within(1e-9));
    }

    @Test
    void natChargesHoursAndTheBytesItProcessesDefaultingToThePayload() {
        // hours 730 × $0.045 = $32.85 (Infracost golden); 1,048,576 turns × 10 KB = 10 GB × $0.045 = $0.45
        Estimate e = single("""
                workload: {monthly_conversations: 1048576, turns_per_conversation: 1, payload_kb_per_turn: 10}
                architectures:
                  a: {nat_gateway: {count: 1}}
                """);
        assertThat(cents(usd(e, "NAT gateway hours"))).isEqualTo(32.85);
        assertThat(usd(e, "NAT data processed")).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void interfaceEndpointsChargePerEndpointPerAzHourAndPerGb() {
        // 2 endpoints × 3 AZs × 730 h × $0.01 = $43.80; 1,048,576 turns × 1 KB = 1 GB × $0.01
        Estimate e = single("""
                workload: {monthly_conversations: 1048576, turns_per_conversation: 1}
                architectures:
                  a: {vpc_endpoints: {count: 2, azs: 3, endpoint_kb_per_turn: 1}}
                """);
        assertThat(usd(e, "Interface endpoint hours (per AZ)")).isCloseTo(43.80, within(1e-9));
        assertThat(usd(e, "Interface endpoint data processed")).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void auroraChargesInstancesStorageAndIo() {
        // 2 × 730 × $0.26 = $379.60; 50 GB × $0.10 = $5; 4M turns × 10 I/O = 40M × $0.20/M = $8
        Estimate e = run("", "{aurora: {instance_class: db.r6g.large, instances: 2, storage_gb: 50, io_per_turn: 10}}");
        assertThat(usd(e, "Instance-hours (db.r6g.large)")).isCloseTo(379.60, within(1e-9));
        assertThat(usd(e, "Storage")).isCloseTo(5.0, within(1e-12));
        assertThat(usd(e, "Storage I/O requests")).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void fixedInstancesRunAllMonth() {
        // EC2 m6i.large 2 × 730 × $0.096 = $140.16; ElastiCache 1 × 730 × $0.206 = $150.38; ALB $16.425 + 730 × $0.008
        Estimate e = run("", "{ec2: {instance_type: m6i.large, instances: 2}, elasticache: {node_type: cache.r6g.large, nodes: 1}, alb: {count: 1, lcu: 1}}");
        assertThat(usd(e, "Instance-hours (m6i.large)")).isCloseTo(140.16, within(1e-9));
        assertThat(usd(e, "Node-hours (cache.r6g.large)")).isCloseTo(150.38, within(1e-9));
        assertThat(cents(usd(e, "Load balancer hours"))).isEqualTo(16.43);
        assertThat(usd(e, "Load balancer capacity units")).isCloseTo(5.84, within(1e-9));
    }

    @Test
    void elastiCacheServerlessBillsStoredGbHoursAndProcessingUnits() {
        // Valkey: 2 GB × 730 h × $0.084 = $122.64; 4M turns × 5 ECPUs = 20M × $0.0023/M = $0.046
        Estimate e = run("", "{elasticache: {serverless: {engine: valkey, gb: 2, ecpus_per_turn: 5}}}");
        assertThat(usd(e, "Serverless data stored (valkey)")).isCloseTo(122.64, within(1e-9));
        assertThat(usd(e, "Serverless processing units (valkey)")).isCloseTo(0.046, within(1e-12));
    }

    @Test
    void elastiCacheServerlessForRedisMetersAtLeastOneGb() {
        // 0.2 GB stored is metered as the 1 GB minimum: 730 × $0.125 = $91.25
        Estimate e = run("", "{elasticache: {serverless: {engine: redis, gb: 0.2}}}");
        assertThat(usd(e, "Serverless data stored (redis)")).isCloseTo(91.25, within(1e-9));
    }

    @Test
    void aServerlessBlockReplacesThePresetsNodes() {
        // the hybrid preset brings cache.r6g.large nodes; a serverless block replaces them
        Estimate e = Fixtures.single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, user_tokens_per_turn: 1, output_tokens_per_call: 1,
                           model_mix: {nova-micro: 1}}
                architectures:
                  a: {preset: hybrid, elasticache: {serverless: {gb: 1}}}
                """);
        assertThat(e.lines()).noneMatch(l -> l.name().startsWith("Node-hours"));
        assertThat(usd(e, "Serverless data stored (valkey)")).isCloseTo(730 * 0.084, within(1e-9));
    }
}
