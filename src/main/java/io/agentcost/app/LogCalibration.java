package io.agentcost.app;

import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.Calibration;
import io.agentcost.calibrate.Fitted;
import io.agentcost.calibrate.Fragment;
import io.agentcost.calibrate.logs.InvocationLogReader;
import io.agentcost.model.Problem;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.scenario.LoadResult;
import io.agentcost.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibration from Bedrock invocation logs, shared by the CLI and the app: stream the files, fit, write the scenario text
 * and check it with the scenario loader, so what is handed back always validates (decision 0026).
 *
 * @param fragment the fitted scenario, already validated
 * @param skipped  records of another schemaType
 */
public record LogCalibration(Fitted fitted, Fragment fragment, long skipped, List<Path> files) {

    /**
     * @param groupBy  {@code session} or {@code requestMetadata.KEY}
     * @param agentTag requestMetadata key naming the agent, or null for one workload
     * @param fileName the name the fragment will have, for messages
     */
    public static LogCalibration run(AgentCost services, Path logs, String groupBy, String agentTag, String fileName) throws BadFile {
        List<String> keys = groupKeys(groupBy);
        List<Path> files = InvocationLogReader.files(logs);
        InvocationLogReader reader = new InvocationLogReader(keys, agentTag);
        Calibration c = new Calibration(agentTag != null, String.join("|", keys));
        for (Path f : files) {
            reader.read(f, c::accept);
            c.fileDone();
        }
        if (c.records() == 0 && reader.skipped() > 0)
            throw new BadFile(logs + ": " + reader.skipped() + " records, none of schemaType ModelInvocationLog");
        Fitted fitted = c.finish();
        Catalog catalog;
        try {
            catalog = services.catalogs().load(ScenarioLoader.DEFAULT_REGION);
        } catch (CatalogException e) {
            throw new BadFile("price catalog: " + e.getMessage());
        }
        Fragment fragment = Fragment.of(fitted, id -> catalog.model(id).map(BedrockModel::alias), logs.toString(),
                LocalDate.now(ZoneOffset.UTC).toString());
        LoadResult check = services.parse(fragment.text(), fileName);
        if (!check.ok()) {
            List<String> m = new ArrayList<>(fragment.warnings());
            check.problems().stream().map(Problem::format).forEach(m::add);
            m.add("the fitted scenario does not validate (above); nothing was written");
            throw new BadFile(m);
        }
        return new LogCalibration(fitted, fragment, reader.skipped(), files);
    }

    /** {@code session}: the usual session keys; {@code requestMetadata.KEY}: that key. */
    public static List<String> groupKeys(String groupBy) throws BadFile {
        if (groupBy == null || groupBy.equals("session")) return InvocationLogReader.SESSION_KEYS;
        if (groupBy.startsWith("requestMetadata.") && groupBy.length() > "requestMetadata.".length())
            return List.of(groupBy.substring("requestMetadata.".length()));
        throw new BadFile("--group-by " + groupBy + ": expected session or requestMetadata.KEY");
    }

}
