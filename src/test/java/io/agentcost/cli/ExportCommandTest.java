package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentcost export`: the workbook of SPEC §8 on disk, a clear message (exit 2) for a path it cannot write. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesEverySheetOfTheSpecInOrder() throws Exception {
        Path out = dir.resolve("what-if.xlsx");
        CliRun r = CliRun.of("export", "scenarios/support-agent.yaml", "-o", out.toString(), "--iterations", "1000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out, "1000 iterations");
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Inputs", "Prices", "Traffic", "serverless", "hybrid", "enterprise", "agentcore",
                    "self_hosted", "marketplace", "Levers", "Simulation", "Sensitivity", "Forecast", "Forecast lines");
            assertThat(wb.getName("in_workload_turns_per_conversation")).isNotNull();
            assertThat(wb.getName("p_lambda_requests")).isNotNull();
            assertThat(wb.getSheet("Summary").getPaneInformation()).isNull();
            assertThat(wb.getSheet("serverless").getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("what-if.xlsx");
    }

    @Test
    void aDirectoryThatDoesNotExistIsABadPathAndNothingIsWritten() {
        Path out = dir.resolve("no-such-dir/what-if.xlsx");
        CliRun r = CliRun.of("export", "scenarios/support-agent.yaml", "-o", out.toString(), "--iterations", "1000");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(out.toString(), "cannot write the workbook", "no such directory").doesNotContain("Exception");
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
    }

    @Test
    void anOutputPathThatIsADirectoryIsReportedAndTheDirectoryIsUntouched() throws Exception {
        Path target = Files.createDirectories(dir.resolve("taken.xlsx"));
        Files.writeString(target.resolve("inside.txt"), "kept");
        CliRun r = CliRun.of("export", "scenarios/support-agent.yaml", "-o", target.toString(), "--iterations", "1000");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("is a directory", "nothing was written").doesNotContain("Exception");
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
    }
}
