package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/** API Gateway (SPEC §4): tiered requests for REST and HTTP APIs; messages and connection minutes for WebSocket. */
final class ApiGatewayLines extends ComponentLines {

    private static final double MILLION = 1e6;

    private final AgentPlan[] agents;
    private final boolean websocket;
    private final int perTurn, minutes;
    private final LineSpec[] main, connection;

    ApiGatewayLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.API_GATEWAY);
        agents = b.agents();
        String type = c.word("type");
        websocket = type.equals("websocket");
        perTurn = websocket ? b.slot(c, "messages_per_turn") : b.slot(c, "requests_per_turn");
        minutes = websocket ? b.slot(c, "connection_minutes_per_conversation") : -1;
        main = new LineSpec[agents.length];
        connection = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            String a = agents[g].name();
            main[g] = websocket
                    ? LineSpec.priced(ComponentType.API_GATEWAY, "WebSocket messages", "1M messages", "api_gateway.websocket.messages", a)
                    : LineSpec.priced(ComponentType.API_GATEWAY, type.toUpperCase(java.util.Locale.ROOT) + " API requests", "1M requests",
                    "api_gateway." + type + ".requests", a);
            connection[g] = websocket ? LineSpec.priced(ComponentType.API_GATEWAY, "WebSocket connection minutes",
                    "1M connection-minutes", "api_gateway.websocket.connection_minutes", a) : null;
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int g = 0; g < agents.length; g++) {
            Traffic t = ev.agents[g];
            sink.add(main[g], t.turns * ev.v(perTurn) / MILLION);
            if (websocket) sink.add(connection[g], t.conversations * ev.v(minutes) / MILLION);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < agents.length; g++) {
            sink.add(main[g], f.t(g, TrafficField.TURNS) + "*" + f.v(perTurn) + "/1000000");
            if (websocket) sink.add(connection[g], f.t(g, TrafficField.CONVERSATIONS) + "*" + f.v(minutes) + "/1000000");
        }
    }
}
