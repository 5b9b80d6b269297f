package io.agentcost.ui;

/** The scenario a "New" starts from: small, valid, and commented so each key explains itself. */
final class NewScenario {

    private NewScenario() {
    }

    static final String TEMPLATE = """
            name: New agent
            region: us-east-1
            simulation: {iterations: 20000, seed: 42, sampling: latin_hypercube}
            budget: {monthly_usd: 5000}
            workload:
              monthly_conversations: {triangular: [5000, 10000, 20000]}   # conversations a month
              turns_per_conversation: {pert: [2, 4, 10]}                  # history is re-sent every turn
              llm_calls_per_turn: 2
              system_prompt_tokens: 1500
              user_tokens_per_turn: 200
              output_tokens_per_call: 200
              model_mix: {claude-haiku-4-5: 0.7, claude-sonnet-4-6: 0.3}
              db_reads_per_turn: 4
              db_writes_per_turn: 2
              log_kb_per_turn: 2
              payload_kb_per_turn: 10
              cross_az_share: 0.5
            architectures:
              serverless: {preset: serverless}
              agentcore: {preset: agentcore}
            """;
}
