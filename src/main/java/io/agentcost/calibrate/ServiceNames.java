package io.agentcost.calibrate;

import java.util.List;
import java.util.Locale;

/**
 * Which of the plan's services (component keys) a billed line belongs to, from its product code, product name and usage
 * type in a CUR export, or its service name in a Cost Explorer export (decision 0026). Null when none: such lines are
 * listed as unknown, never dropped.
 */
public final class ServiceNames {

    private ServiceNames() {
    }

    private record Rule(String needle, String service) {
    }

    /** Usage types first: NAT and data transfer lines are billed under EC2 and other product codes. */
    private static final List<Rule> USAGE = List.of(
            new Rule("natgateway", "nat_gateway"), new Rule("vpcendpoint", "vpc_endpoints"),
            new Rule("tokencount", "bedrock"), new Rule("datatransfer", "data_transfer"), new Rule("-bytes", "data_transfer"));

    /** Product codes (CUR) and service names (Cost Explorer), lower case, most specific first. */
    private static final List<Rule> PRODUCT = List.of(
            new Rule("agentcore", "agentcore"), new Rule("bedrock", "bedrock"), new Rule("sagemaker", "sagemaker"),
            new Rule("dynamodb", "dynamodb"), new Rule("lambda", "lambda"), new Rule("apigateway", "api_gateway"),
            new Rule("api gateway", "api_gateway"), new Rule("elasticache", "elasticache"), new Rule("amazonrds", "aurora"),
            new Rule("relational database", "aurora"), new Rule("aurora", "aurora"), new Rule("amazonecs", "fargate"),
            new Rule("container service", "fargate"), new Rule("fargate", "fargate"), new Rule("awselb", "alb"),
            new Rule("load balancing", "alb"), new Rule("cloudwatch", "cloudwatch"), new Rule("xray", "cloudwatch"),
            new Rule("x-ray", "cloudwatch"), new Rule("datatransfer", "data_transfer"), new Rule("data transfer", "data_transfer"),
            new Rule("marketplace", "license"));

    /** @param productName CUR's product name (Bedrock models sold through the Marketplace say "Amazon Bedrock Edition"), or null */
    public static String of(String productCode, String productName, String usageType) {
        String u = lower(usageType);
        for (Rule r : USAGE) if (u.contains(r.needle())) return r.service();
        String p = lower(productCode) + " " + lower(productName);
        for (Rule r : PRODUCT) if (p.contains(r.needle())) return r.service();
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
