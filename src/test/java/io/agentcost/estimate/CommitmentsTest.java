package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Savings plans and reservations (SPEC §13) by hand. Fargate 4 tasks × 1 vCPU × 2 GB × 730 h is $118.2016 of vCPU-hours
 * (2,920 × $0.04048) and $25.9588 of GB-hours (5,840 × $0.004445): u = $144.1604 a month on demand.
 */
class CommitmentsTest {

    private static final String FARGATE = """
            workload: {monthly_conversations: 1000, turns_per_conversation: 1}
            architectures:
              a:
                fargate: {tasks: 4, vcpu: 1, memory_gb: 2}
            """;
    private static final double U = 118.2016 + 25.9588;

    private static Estimate withCommitments(String head, String commitments) {
        return single(head + "    commitments: " + commitments + "\n");
    }

    private static double commitmentUsd(Estimate e) {
        return e.lines().stream().filter(l -> l.name().contains("commitment (hourly_usd")).mapToDouble(LineItem::usd).sum();
    }

    private static double overflowUsd(Estimate e) {
        return e.lines().stream().filter(l -> l.name().contains("on-demand overflow")).mapToDouble(LineItem::usd).sum();
    }

    @Test
    void usageBeyondASavingsPlanIsBilledOnDemandBesideTheCommitment() {
        // c = 0.1 × 730 = $73; u(1 − d) = 144.1604 × 0.8 = 115.32832 > 73, so overflow = (115.32832 − 73)/0.8 = $52.9104
        Estimate e = withCommitments(FARGATE, "[{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]");
        assertThat(commitmentUsd(e)).isCloseTo(73, within(1e-9));
        assertThat(overflowUsd(e)).isCloseTo(52.9104, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(73 + 52.9104, within(1e-9));
        assertThat(e.commitmentWasted()).isFalse();
        // the covered lines keep their on-demand list cost and bill nothing themselves
        LineItem vcpu = line(e, "vCPU-hours (x86_64) [compute_savings_plan]");
        assertThat(vcpu.listUsd()).isCloseTo(118.2016, within(1e-9));
        assertThat(vcpu.usd()).isZero();
    }

    @Test
    void aCommitmentStartingAfterTheTimelineIsPricedByTheEstimateAndSaysTheForecastNeverBillsIt() {
        String head = FARGATE.replace("architectures:", "timeline: [{phase: default, months: 3}]\narchitectures:");
        String late = "[{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2, start_month: 4}]";
        EstimateReport r = Fixtures.estimate(head + "    commitments: " + late + "\n");
        // decision 0022: the estimate prices a month within the term, the $73 commitment and its $52.9104 overflow as above
        assertThat(r.results().get(0).totalUsd()).isCloseTo(73 + 52.9104, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("architecture a: compute_savings_plan (commitments[0]) starts in month 4,"
                + " after the timeline's 3 months") && w.contains("the forecast never bills it"));
        // in month 3, the timeline's last, it is billed by the forecast and nothing is said
        EstimateReport inTime = Fixtures.estimate(head + "    commitments: " + late.replace("start_month: 4", "start_month: 3") + "\n");
        assertThat(inTime.warnings()).noneMatch(w -> w.contains("after the timeline"));
    }

    @Test
    void anOverCommittedSavingsPlanIsPaidInFullThoughUnused() {
        // c = 0.3 × 730 = $219 > u(1 − d) = $115.32832: overflow max(0, 115.33 − 219)/0.8 = 0; the month costs $219, not $144.16
        Estimate e = withCommitments(FARGATE, "[{type: compute_savings_plan, hourly_usd: 0.3, discount: 0.2}]");
        assertThat(overflowUsd(e)).isZero();
        assertThat(e.totalUsd()).isCloseTo(219, within(1e-9));
        assertThat(e.commitmentWasted()).isTrue();
    }

    @Test
    void theScenarioDiscountAppliesAfterThePlan() {
        // (73 + 52.9104) × (1 − 0.1) = $113.31936
        Estimate e = single("discount: 0.1\n" + FARGATE + "    commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]\n");
        assertThat(e.totalUsd()).isCloseTo(125.9104 * 0.9, within(1e-9));
    }

    @Test
    void aPlanCoversTheNonProductionCopiesToo() {
        // × (1 + 1 × 0.5): u = 1.5 × 144.1604 = 216.2406; overflow = (216.2406 × 0.8 − 73)/0.8 = $124.9906
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, non_prod_environments: 1, non_prod_uptime: 0.5}
                architectures:
                  a:
                    fargate: {tasks: 4, vcpu: 1, memory_gb: 2}
                    commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]
                """);
        assertThat(overflowUsd(e)).isCloseTo(124.9906, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(73 + 124.9906, within(1e-9));
    }

    @Test
    void reservedInstancesAreBilledAllMonthAtTheirDiscountAndTheRestOnDemand() {
        // m6i.large $0.096/h, 4 instances, 3 reserved at 40% off: 3 × 730 = 2,190 h × $0.0576 = $126.144;
        // 730 h on demand × $0.096 = $70.08; total $196.224 (on demand it was 2,920 × 0.096 = $280.32)
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    ec2: {instance_type: m6i.large, instances: 4}
                    commitments: [{type: reserved, component: ec2, instances: 3, discount: 0.4}]
                """);
        LineItem reserved = line(e, "Reserved instance-hours (m6i.large), 40.0% off, billed used or not");
        assertThat(reserved.quantity()).isCloseTo(2190, within(1e-9));
        assertThat(reserved.usd()).isCloseTo(126.144, within(1e-9));
        assertThat(usd(e, "Instance-hours (m6i.large), on demand beyond the reservation")).isCloseTo(70.08, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(196.224, within(1e-9));
        assertThat(e.commitmentWasted()).isFalse();
    }

    @Test
    void aReservationLargerThanTheUseIsStillPaid() {
        // 2 instances, 1 production copy stopped half the month: 2 × 730 × (1 + 1 × 0.5) = 2,190 h used;
        // 4 reserved (within 2 × (1 + 1)) = 2,920 h × 0.096 × 0.6 = $168.192 paid, nothing on demand
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, non_prod_environments: 1, non_prod_uptime: 0.5}
                architectures:
                  a:
                    ec2: {instance_type: m6i.large, instances: 2}
                    commitments: [{type: reserved, component: ec2, instances: 4, discount: 0.4}]
                """);
        assertThat(e.totalUsd()).isCloseTo(168.192, within(1e-9));
        assertThat(e.commitmentWasted()).isTrue();
    }

    @Test
    void aComputeSavingsPlanCoversTheOnDemandHoursBeyondAReservation() {
        // reserved 3 × 730 × 0.0576 = $126.144; u = the 730 h beyond it × 0.096 = $70.08;
        // plan c = 0.02 × 730 = $14.6, overflow (70.08 × 0.75 − 14.6)/0.75 = $50.61333…
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    ec2: {instance_type: m6i.large, instances: 4}
                    commitments:
                      - {type: reserved, component: ec2, instances: 3, discount: 0.4}
                      - {type: compute_savings_plan, hourly_usd: 0.02, discount: 0.25}
                """);
        assertThat(overflowUsd(e)).isCloseTo((70.08 * 0.75 - 14.6) / 0.75, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(126.144 + 14.6 + (70.08 * 0.75 - 14.6) / 0.75, within(1e-9));
    }

    @Test
    void aSageMakerSavingsPlanCoversEndpointAndTraining() {
        // ml.g5.2xlarge $1.515/h × 2 × 730 = $2,211.90; training ml.g5.xlarge $1.408/h × 50 h = $70.40; u = $2,282.30
        // c = 1.5 × 730 = $1,095; overflow = (2,282.30 × 0.7 − 1,095)/0.7 = $718.014285…
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, user_tokens_per_turn: 100, output_tokens_per_call: 100}
                architectures:
                  a:
                    sagemaker: {instance_type: ml.g5.2xlarge, mode: fixed, instances: 2,
                                training: {instance_type: ml.g5.xlarge, hours_per_month: 50}}
                    commitments: [{type: sagemaker_savings_plan, hourly_usd: 1.5, discount: 0.3}]
                """);
        double u = 1.515 * 1460 + 1.408 * 50;
        assertThat(overflowUsd(e)).isCloseTo((u * 0.7 - 1095) / 0.7, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(1095 + (u * 0.7 - 1095) / 0.7, within(1e-9));
    }
}
