package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.app.PricingRefresh;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.RegionCode;
import io.agentcost.pricing.store.BulkPriceList;
import io.agentcost.report.CatalogJson;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentcost pricing refresh|show}: the price catalog snapshots (SPEC §6). */
@Command(name = "pricing", description = "Show the price catalog, or refresh it from the AWS Price List.",
        subcommands = {PricingCommand.Refresh.class, PricingCommand.Show.class})
final class PricingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    private static void checkRegion(String option, String region) {
        if (!RegionCode.valid(region)) throw new BadInput(List.of(option + " " + region + ": " + RegionCode.problem(region)));
    }

    @Command(name = "refresh", description = {
            "Fetch every price of the region's newest snapshot from the AWS Price List and write a new snapshot dated today.",
            "Prices that cannot be found keep their earlier value and are listed. A failed or interrupted refresh writes nothing.",
            "--source api (default) uses the Price List Query API with the default AWS credential chain (or --profile);",
            "--source bulk reads the public bulk offer files, which need no credentials."})
    static final class Refresh implements Callable<Integer> {

        private final AgentCost services;

        @Spec
        CommandSpec spec;

        @Option(names = "--region", required = true, paramLabel = "R", description = "Catalog region to refresh, e.g. us-east-1.")
        String region;

        @Option(names = "--source", paramLabel = "S", description = "api (Price List Query API, default) or bulk (public offer files).")
        String source;

        @Option(names = "--endpoint", paramLabel = "URL", description = "Price List endpoint override (a proxy or a local stub).")
        String endpoint;

        @Option(names = "--profile", paramLabel = "P", description = "AWS credentials profile (default: the default credential chain).")
        String profile;

        @Option(names = "--price-list-region", paramLabel = "R",
                description = "Region of the Price List endpoint: us-east-1 (default), eu-central-1 or ap-south-1.")
        String apiRegion;

        @Option(names = "--bulk", paramLabel = "URL-or-file",
                description = "Bulk offer file, or root of the bulk layout (URL or directory); repeatable. Default: "
                        + BulkPriceList.AWS)
        List<String> bulk = new ArrayList<>();

        Refresh(AgentCost services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PricingRefresh.Request request = request();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PricingRefresh refresh = new PricingRefresh(services.catalogs());
            try {
                PricingRefresh.Report report = refresh.refresh(request, line -> {
                    err.println("  " + line);
                    err.flush();
                }, () -> false);
                out.print(PricingText.refreshReport(report));
                report.warnings().forEach(w -> err.println("warning: " + w));
                return Cli.OK;
            } catch (PricingRefresh.Failed f) {
                f.warnings().forEach(w -> err.println("warning: " + w));
                // what was not found matters when nothing was; after a Price List failure it would only be noise
                if (f.kind() == null && !f.notRefreshed().isEmpty()) err.print(PricingText.notRefreshed(f.notRefreshed()));
                err.println("agentcost: pricing refresh failed: " + f.getMessage());
                err.println(keptSnapshot(region));
                return Cli.FAILED;
            }
        }

        private PricingRefresh.Request request() {
            List<String> problems = new ArrayList<>();
            if (!RegionCode.valid(region)) problems.add("--region " + region + ": " + RegionCode.problem(region));
            PricingRefresh.SourceKind kind;
            if (source == null) {
                kind = bulk.isEmpty() ? PricingRefresh.SourceKind.API : PricingRefresh.SourceKind.BULK;
            } else if (source.equals("api") || source.equals("bulk")) {
                kind = source.equals("api") ? PricingRefresh.SourceKind.API : PricingRefresh.SourceKind.BULK;
            } else {
                problems.add("--source " + source + ": expected api or bulk");
                kind = PricingRefresh.SourceKind.API;
            }
            if (kind == PricingRefresh.SourceKind.API && !bulk.isEmpty()) problems.add("--bulk needs --source bulk");
            if (kind == PricingRefresh.SourceKind.BULK) {
                if (endpoint != null) problems.add("--endpoint is for --source api (use --bulk URL for bulk files)");
                if (profile != null) problems.add("--profile is for --source api (the bulk files need no credentials)");
            }
            if (apiRegion != null && !RegionCode.valid(apiRegion)) {
                problems.add("--price-list-region " + apiRegion + ": expected us-east-1, eu-central-1 or ap-south-1");
            }
            URI uri = null;
            if (endpoint != null) {
                try {
                    uri = new URI(endpoint);
                    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                        problems.add("--endpoint " + endpoint + ": expected an http(s) URL such as https://api.pricing.us-east-1.amazonaws.com");
                    }
                } catch (URISyntaxException e) {
                    problems.add("--endpoint " + endpoint + ": not a URL (" + e.getReason() + ")");
                }
            }
            if (!problems.isEmpty()) throw new BadInput(problems);
            return new PricingRefresh.Request(region, kind, uri, profile, apiRegion, bulk);
        }

        private String keptSnapshot(String region) {
            try {
                return "The catalog still uses " + services.catalogs().latest(region) + ".";
            } catch (CatalogException e) {
                return "No snapshot was written.";
            }
        }
    }

    @Command(name = "show", description = "Print the region's price catalog: every price with unit, tiers, source, whether an AWS source"
            + " backs it (third-party figures are marked !) and dates.")
    static final class Show implements Callable<Integer> {

        private final AgentCost services;

        @Spec
        CommandSpec spec;

        @Option(names = "--region", paramLabel = "R", defaultValue = "us-east-1", description = "Region (default: ${DEFAULT-VALUE}).")
        String region;

        @Option(names = "--references", description = "Also print each price's source reference (where the figure comes from).")
        boolean references;

        @Option(names = "--models", description = "List the Bedrock models instead: input, output, cache, batch, flex, priority and long-context prices per model and price level.")
        boolean models;

        enum OutputFormat { table, json }

        @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        Show(AgentCost services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            checkRegion("--region", region);
            Catalog catalog;
            Path file;
            try {
                file = services.catalogs().latest(region);
                catalog = services.catalogs().read(file);
            } catch (CatalogException e) {
                spec.commandLine().getErr().println("agentcost: " + e.getMessage());
                return Cli.FAILED;
            }
            LocalDate today = LocalDate.now();
            spec.commandLine().getOut().print(format == OutputFormat.json ? CatalogJson.render(catalog, file, today)
                    : models ? PricingText.models(catalog) : PricingText.catalog(catalog, file, today, references));
            if (catalog.isStale(today)) {
                spec.commandLine().getErr().println("warning: the " + region + " snapshot is " + catalog.ageInDays(today)
                        + " days old (more than " + Catalog.STALE_AFTER_DAYS + "); refresh it with `agentcost pricing refresh --region "
                        + region + "`");
            }
            return Cli.OK;
        }
    }
}
