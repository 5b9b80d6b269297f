package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import java.util.Locale;

/** API Gateway (SPEC §4): tiered requests for REST and HTTP APIs; messages and connection minutes for WebSocket. */
final class ApiGateway implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.API_GATEWAY);
        String type = c.word("type");
        boolean websocket = type.equals("websocket");
        Expr perTurn = websocket ? b.in(c, "messages_per_turn") : b.in(c, "requests_per_turn");
        Expr minutes = websocket ? b.in(c, "connection_minutes_per_conversation") : null;
        for (int g = 0; g < b.agentCount(); g++) {
            String a = b.plan(g).name();
            LineSpec main = websocket
                    ? LineSpec.priced(ComponentType.API_GATEWAY, "WebSocket messages", "1M messages", "api_gateway.websocket.messages", a)
                    : LineSpec.priced(ComponentType.API_GATEWAY, type.toUpperCase(Locale.ROOT) + " API requests", "1M requests",
                    "api_gateway." + type + ".requests", a);
            out.add(main, b.agent(g).traffic(TrafficField.TURNS).times(perTurn).over(1e6));
            if (websocket) {
                out.add(LineSpec.priced(ComponentType.API_GATEWAY, "WebSocket connection minutes", "1M connection-minutes",
                        "api_gateway.websocket.connection_minutes", a), b.agent(g).traffic(TrafficField.CONVERSATIONS).times(minutes).over(1e6));
            }
        }
    }
}
