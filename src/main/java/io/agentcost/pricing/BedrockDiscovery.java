package io.agentcost.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Bedrock models the Price List offers that a catalog does not know yet (issue 15): every product of the
 * {@code AmazonBedrock} service (named by its {@code model} attribute) and of {@code AmazonBedrockFoundationModels}
 * (Claude and other Marketplace models, named by {@code servicename} "… (Amazon Bedrock Edition)"). A product is the
 * catalog's model when its name matches the model's name as the refresh queries match it; any other name becomes a new
 * model under the alias {@link #alias} gives, unless that alias is taken. The Price List carries no Bedrock model id,
 * so a discovered model has none until one is added to the snapshot: it is named in model_mix by its alias.
 */
public final class BedrockDiscovery {

    public static final String BEDROCK = "AmazonBedrock";
    public static final String FOUNDATION_MODELS = "AmazonBedrockFoundationModels";
    private static final String EDITION = " (Amazon Bedrock Edition)";

    private BedrockDiscovery() {
    }

    /**
     * The alias rule (docs/pricing-catalog.md): the name without " (Amazon Bedrock Edition)", an "Amazon " or "Meta "
     * prefix and an " Instruct" suffix, in lower case, every run of characters other than a-z and 0-9 one "-":
     * "Claude Sonnet 4.6" → claude-sonnet-4-6, "Llama 3.3 70B Instruct" → llama-3-3-70b, "gpt-oss-120b" → gpt-oss-120b.
     */
    public static String alias(String name) {
        String n = name.endsWith(EDITION) ? name.substring(0, name.length() - EDITION.length()) : name;
        n = n.replaceFirst("^(Amazon|Meta) ", "").replaceFirst(" Instruct$", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The model a product prices, as the Price List names it, or null for a product of neither service and for the
     * embedding and rerank models sold beside the chat models (Cohere Embed, Cohere Rerank): they have no output tokens,
     * and the catalog prices them as embedding.* and rerank.* keys, not as a model_mix model (decision 0028).
     */
    static String modelName(PriceListProduct p) {
        String name = null;
        if (FOUNDATION_MODELS.equals(p.serviceCode())) {
            String s = p.attribute("servicename");
            name = s != null && s.endsWith(EDITION) ? s.substring(0, s.length() - EDITION.length()) : null;
        } else if (BEDROCK.equals(p.serviceCode())) {
            name = p.attribute("model");
        }
        return name != null && NOT_A_CHAT_MODEL.matcher(name).find() ? null : name;
    }

    private static final Pattern NOT_A_CHAT_MODEL = Pattern.compile("(?i)\\b(embed\\w*|rerank)\\b");

    /**
     * The models among {@code products} the catalog lacks, in order of first appearance: their price levels (global
     * where a global usage type exists), batch {@code listed} where batch usage types exist (else {@code not_offered}:
     * the Price List shows no batch offer), and a source naming the service code.
     */
    public static List<BedrockModel> discover(Catalog catalog, List<PriceListProduct> products) {
        Map<String, List<PriceListProduct>> byName = new LinkedHashMap<>();
        for (PriceListProduct p : products) {
            String name = modelName(p);
            if (name == null || name.isBlank() || known(catalog, p.serviceCode(), name)) continue;
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(p);
        }
        List<BedrockModel> out = new ArrayList<>();
        List<String> taken = new ArrayList<>(catalog.models().keySet());
        for (Map.Entry<String, List<PriceListProduct>> e : byName.entrySet()) {
            String alias = alias(e.getKey());
            if (alias.isEmpty() || taken.contains(alias)) continue;
            taken.add(alias);
            boolean global = e.getValue().stream().anyMatch(p -> p.usageType() != null && p.usageType().toLowerCase(Locale.ROOT).contains("global"));
            boolean batch = e.getValue().stream().anyMatch(p -> p.usageType() != null && p.usageType().toLowerCase(Locale.ROOT).contains("batch"));
            String service = e.getValue().get(0).serviceCode();
            out.add(new BedrockModel(alias, null, e.getKey(), global ? List.of("global", "regional") : List.of("regional"),
                    batch ? "listed" : "not_offered", null, "discovered in the Price List (" + service + ")"));
        }
        return out;
    }

    private static boolean known(Catalog catalog, String service, String name) {
        for (BedrockModel m : catalog.models().values()) {
            if (m.alias().equals(alias(name))) return true;
            String pattern = FOUNDATION_MODELS.equals(service) ? PriceListQueries.servicename(m.name()) : PriceListQueries.modelAttribute(m.name());
            String subject = FOUNDATION_MODELS.equals(service) ? name + EDITION : name;
            if (Pattern.compile(pattern).matcher(subject).matches()) return true;
        }
        return false;
    }
}
