package io.agentcost.estimate.component;

import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentType;

/** The components of one architecture in one phase, in the order the architecture lists them, then people and custom lines. */
public final class Components {

    private Components() {
    }

    public static Lines of(Build b) {
        Lines out = new Lines();
        for (ComponentType t : b.architecture().components().keySet()) component(t, b).addLines(b, out);
        new PeopleAndCustom().addLines(b, out);
        return out;
    }

    private static Component component(ComponentType t, Build b) {
        return switch (t) {
            case BEDROCK -> new Bedrock();
            case SAGEMAKER -> new SageMaker();
            case DYNAMODB -> new DynamoDb();
            case LAMBDA -> new Lambda();
            case API_GATEWAY -> new ApiGateway();
            case FARGATE -> new Fargate();
            case EC2 -> new Ec2();
            case ALB -> new Alb();
            case ELASTICACHE -> ElastiCacheServerless.applies(b.spec(t)) ? new ElastiCacheServerless() : new ElastiCacheNodes();
            case AURORA -> new Aurora();
            case NAT_GATEWAY -> new NatGateway();
            case VPC_ENDPOINTS -> new VpcEndpoints();
            case DATA_TRANSFER -> new DataTransfer();
            case CLOUDWATCH -> new CloudWatch();
            case AGENTCORE -> new AgentCore();
            case LICENSE -> new License();
            case RETRIEVAL -> new Retrieval();
            case KNOWLEDGE_BASE -> new KnowledgeBase();
            case OPENSEARCH_SERVERLESS -> new OpenSearchServerless();
            case S3_VECTORS -> new S3Vectors();
            case S3 -> new S3();
            case STEP_FUNCTIONS -> new StepFunctions();
            case GUARDRAILS -> new Guardrails();
            case SECRETS_MANAGER -> new SecretsManager();
        };
    }
}
