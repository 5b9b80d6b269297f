package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.ceil;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * AWS Step Functions (decision 0025). Standard workflows: state transitions per turn, with the permanent
 * 4,000 free transitions a month as an allowance when {@code free_tier} is on. Express workflows: a request per
 * execution and duration in GB-hours, the duration rounded up to 100 ms and memory to 64 MB chunks as AWS bills
 * them, tiered on the account's total. Every line is traffic: it follows C·T.
 */
final class StepFunctions implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.STEP_FUNCTIONS);
        if (c.word("workflow_type").equals("express")) {
            express(b, c, out);
            return;
        }
        Expr transitions = b.in(c, "transitions_per_turn");
        for (int g = 0; g < b.agentCount(); g++) {
            LineSpec spec = LineSpec.priced(ComponentType.STEP_FUNCTIONS, "State transitions (standard)", "1K transitions",
                    "step_functions.transitions", b.plan(g).name());
            if (b.scenario().freeTier()) spec = spec.withAllowance("step_functions.transitions", LineSpec.AllowanceMode.SUBTRACT);
            out.add(spec, b.agent(g).traffic(TrafficField.TURNS).times(transitions).over(1000));
        }
    }

    private static void express(Build b, ComponentSpec c, Lines out) {
        Expr executions = b.in(c, "executions_per_turn");
        Expr duration = b.in(c, "duration_ms");
        Expr memory = b.in(c, "memory_mb");
        // seconds × GB of one execution as billed: ⌈ms/100⌉·0.1 s and ⌈MB/64⌉·64 MB
        Expr gbSeconds = ceil(duration.over(100)).over(10).times(ceil(memory.over(64)).times(64).over(1024));
        for (int g = 0; g < b.agentCount(); g++) {
            String a = b.plan(g).name();
            Expr runs = b.agent(g).traffic(TrafficField.TURNS).times(executions);
            out.add(LineSpec.priced(ComponentType.STEP_FUNCTIONS, "Requests (express)", "1M requests", "step_functions.express_requests", a),
                    runs.over(1e6));
            out.add(LineSpec.priced(ComponentType.STEP_FUNCTIONS, "Duration (express)", "GB-hours", "step_functions.express_duration", a),
                    runs.times(gbSeconds).over(3600));
        }
    }
}
