package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrate from logs…: the fitted values of the CLI's calibration beside the scenario's, applied as one edit of the text
 * that keeps its comments and layout, and bad logs refused with the CLI's message and the text untouched.
 */
class CalibrateViewModelTest {

    static final Path LOGS = Fixtures.root().resolve("src/test/resources/calibrate");

    @TempDir
    Path dir;

    /** Every replacement the view model asks of the editor, applied to the text as the editor would. */
    private static final class Recording implements TextEdits {
        final SimpleStringProperty text;
        final List<int[]> spans = new ArrayList<>();
        final List<String> before = new ArrayList<>(), values = new ArrayList<>();

        Recording(SimpleStringProperty text) {
            this.text = text;
        }

        @Override
        public void replace(int start, int end, String value) {
            spans.add(new int[]{start, end});
            before.add(text.get().substring(start, end));
            values.add(value);
            text.set(text.get().substring(0, start) + value + text.get().substring(end));
        }

        /** The editor's Undo of the last replacement: the old characters back in its span. */
        void undoLast() {
            int i = spans.size() - 1;
            int start = spans.get(i)[0];
            text.set(text.get().substring(0, start) + before.get(i) + text.get().substring(start + values.get(i).length()));
        }
    }

    private static CalibrateViewModel vm(SimpleStringProperty text, TextEdits edits) {
        return new CalibrateViewModel(Fixtures.services(), text, edits, Runnable::run, Runnable::run);
    }

    private static CalibrateViewModel.Row row(CalibrateViewModel vm, String path) {
        return vm.rows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no row " + path));
    }

    /** The comments of a text, in order: what the user wrote after each '#'. */
    private static List<String> comments(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("#[^\n]*").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void theFittedValuesStandBesideTheScenariosWithWhatTheyRestOn() throws Exception {
        SimpleStringProperty text = new SimpleStringProperty(Files.readString(ExampleWindow.EXAMPLE));
        CalibrateViewModel vm = vm(text, TextEdits.of(text));
        vm.logsProperty().set(LOGS.resolve("s3-delivery.jsonl"));
        vm.run();

        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).contains("5 records in 1 file(s)", "1 of another schemaType skipped");
        // the values the CLI writes for these five records (its fragment: LogCalibrationTest checks them against the records)
        CalibrateViewModel.Row retry = row(vm, "workload.retry_rate");
        assertThat(retry.currentProperty().get()).isEqualTo("0.05");
        assertThat(retry.fitted()).isEqualTo("0.2");
        assertThat(retry.basis()).isEqualTo("1 failed of 5 attempts (errorCode)");
        assertThat(retry.chosenProperty().get()).isTrue();
        CalibrateViewModel.Row turns = row(vm, "workload.turns_per_conversation");
        assertThat(turns.currentProperty().get()).isEqualTo("{pert: [3, 5, 12]}");
        assertThat(turns.fitted()).isEqualTo("{varies: {discrete: {values: [1, 2], weights: [1, 1]}}}");
        assertThat(turns.basis()).contains("2 conversations; empirical by AIC", "lognormal KS");
        assertThat(row(vm, "workload.model_mix").fitted()).isEqualTo("{claude-haiku-4-5: 0.75, claude-sonnet-4-6: 0.25}");
        // every phase of the example overrides monthly_conversations: offered, but left to the user
        assertThat(row(vm, "workload.monthly_conversations").currentProperty().get()).isEqualTo("{triangular: [8000, 10000, 15000]}");
        assertThat(row(vm, "phases.scale.monthly_conversations").currentProperty().get()).isEqualTo("{lognormal: {median: 300000, p90: 800000}}");
        assertThat(row(vm, "phases.scale.monthly_conversations").chosenProperty().get()).isFalse();

        // the current values follow the editor while the window is open, and no longer once it closed
        text.set(text.get().replace("  retry_rate: 0.05\n", "  retry_rate: 0.07\n"));
        assertThat(retry.currentProperty().get()).isEqualTo("0.07");
        vm.dispose();
        text.set(text.get().replace("  retry_rate: 0.07\n", "  retry_rate: 0.09\n"));
        assertThat(retry.currentProperty().get()).isEqualTo("0.07");
    }

    @Test
    void applyingIsOneEditThatKeepsEveryCommentAndUndoRestoresTheTextExactly() throws Exception {
        String original = Files.readString(ExampleWindow.EXAMPLE);
        SimpleStringProperty text = new SimpleStringProperty(original);
        Recording editor = new Recording(text);
        CalibrateViewModel vm = vm(text, editor);
        vm.logsProperty().set(LOGS.resolve("s3-delivery.jsonl"));
        vm.run();
        // the history window is not fitted; correlations name turns_per_conversation, which a {varies: …} may not be in
        row(vm, "workload.turns_per_conversation").chosenProperty().set(false);
        assertThat(vm.apply()).isTrue();

        assertThat(editor.spans).hasSize(1);
        // written by hand from the example and the CLI's fragment for these records: each value in place, the rest as it was
        String expected = original
                .replace("  monthly_conversations: {triangular: [8000, 10000, 15000]}\n", "  monthly_conversations: 1438\n")
                .replace("  llm_calls_per_turn: 2\n", "  llm_calls_per_turn: {varies: {discrete: {values: [1, 2], weights: [2, 1]}}}\n")
                .replace("  retry_rate: 0.05\n", "  retry_rate: 0.2\n")
                .replace("  system_prompt_tokens: 1500\n", "  system_prompt_tokens: 618\n")
                .replace("  user_tokens_per_turn: 200\n", "  user_tokens_per_turn: 383\n")
                .replace("  output_tokens_per_call: 150\n", "  output_tokens_per_call: 118\n")
                .replace("  prompt_caching: false\n", "  prompt_caching: true\n")
                .replace("  cache_hit_rate: 0.8\n", "  cache_hit_rate: 0.7692\n")
                .replace("  model_mix: {claude-haiku-4-5: 0.3, claude-sonnet-4-6: 0.6, claude-opus-4-6: 0.1}\n",
                        "  model_mix: {claude-haiku-4-5: 0.75, claude-sonnet-4-6: 0.25}\n");
        assertThat(expected).isNotEqualTo(original);
        assertThat(text.get()).isEqualTo(expected);
        assertThat(comments(text.get())).isEqualTo(comments(original));
        assertThat(vm.messageProperty().get()).contains("Applied 9 values as one edit");
        assertThat(Fixtures.load(text.get()).ok()).isTrue();
        assertThat(row(vm, "workload.retry_rate").currentProperty().get()).isEqualTo("0.2");

        editor.undoLast();
        assertThat(text.get()).isEqualTo(original);
    }

    @Test
    void agentRowsGoToTheAgentOfTheTagsNameAddingWhatItDoesNotWriteInItsOwnStyle() throws Exception {
        String original = Files.readString(ExampleWindow.EXAMPLE);
        SimpleStringProperty text = new SimpleStringProperty(original);
        CalibrateViewModel vm = vm(text, TextEdits.of(text));
        vm.logsProperty().set(LOGS.resolve("s3-delivery.jsonl"));
        vm.agentTagProperty().set("agent");
        vm.run();
        vm.chooseAll(false);
        row(vm, "agents.triage.model_mix").chosenProperty().set(true);
        row(vm, "agents.triage.retry_rate").chosenProperty().set(true);
        // 719 conversations for the tag; the example runs 50 triage agents, so 14.38 each
        CalibrateViewModel.Row conversations = row(vm, "agents.triage.monthly_conversations");
        assertThat(conversations.fitted()).isEqualTo("14.38");
        assertThat(conversations.currentProperty().get()).isEqualTo("(not set: workload's {triangular: [8000, 10000, 15000]})");
        conversations.chosenProperty().set(true);
        assertThat(vm.apply()).isTrue();

        assertThat(text.get()).isEqualTo(original.replace(
                "  - {name: triage, count: 50, model_mix: {nova-micro: 1.0}, llm_calls_per_turn: 1}\n",
                "  - {name: triage, count: 50, model_mix: {claude-haiku-4-5: 1}, llm_calls_per_turn: 1, monthly_conversations: 14.38, retry_rate: 0.25}\n"));
    }

    @Test
    void aBlockMappingGetsTheMissingKeysOneLineEachAndTheTimelineTheGrowthOnlyWhenChosen() throws Exception {
        String original = """
                name: pilot   # our plan
                workload:
                  monthly_conversations: 1000   # a guess
                  turns_per_conversation: 3
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150

                  # the model we use
                  model_mix:
                    claude-haiku-4-5: 1   # cheap
                timeline:
                  - {phase: default, months: 12}
                architectures:
                  bedrock_only: {bedrock: {}}
                """;
        SimpleStringProperty text = new SimpleStringProperty(original);
        CalibrateViewModel vm = vm(text, TextEdits.of(text));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        // two months of the same two conversations a month: 0 growth
        String rec = "{\"schemaType\":\"ModelInvocationLog\",\"timestamp\":\"%s\",\"modelId\":\"anthropic.claude-sonnet-4-6\","
                + "\"input\":{\"inputTokenCount\":500},\"output\":{\"outputTokenCount\":100},\"requestMetadata\":{\"sessionId\":\"%s\"}}\n";
        Files.writeString(logs.resolve("a.json"), String.format(rec, "2026-10-01T00:00:00Z", "a") + String.format(rec, "2026-10-15T00:00:00Z", "b")
                + String.format(rec, "2026-11-01T00:00:00Z", "c") + String.format(rec, "2026-11-30T23:59:59Z", "d"));
        vm.logsProperty().set(logs);
        vm.run();
        assertThat(vm.failedProperty().get()).as(vm.messageProperty().get()).isFalse();
        CalibrateViewModel.Row growth = row(vm, "timeline[0] (default).monthly_growth");
        assertThat(growth.chosenProperty().get()).isFalse();
        assertThat(growth.currentProperty().get()).isEqualTo("(not set: default)");
        vm.chooseAll(false);
        row(vm, "workload.model_mix").chosenProperty().set(true);
        row(vm, "workload.retry_rate").chosenProperty().set(true);
        row(vm, "workload.prompt_caching").chosenProperty().set(true);
        growth.chosenProperty().set(true);
        assertThat(vm.apply()).isTrue();

        assertThat(text.get()).isEqualTo("""
                name: pilot   # our plan
                workload:
                  monthly_conversations: 1000   # a guess
                  turns_per_conversation: 3
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150

                  # the model we use
                  model_mix: {claude-sonnet-4-6: 1}   # cheap
                  retry_rate: 0
                  prompt_caching: false
                timeline:
                  - {phase: default, months: 12, monthly_growth: %s}
                architectures:
                  bedrock_only: {bedrock: {}}
                """.formatted(growth.fitted()));
        assertThat(comments(text.get())).isEqualTo(comments(original));
    }

    @Test
    void logsThatAreNotJsonShowTheCliMessageAndLeaveTheTextAlone() throws Exception {
        String original = Files.readString(ExampleWindow.EXAMPLE);
        SimpleStringProperty text = new SimpleStringProperty(original);
        Recording editor = new Recording(text);
        CalibrateViewModel vm = vm(text, editor);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaType\": \"ModelInvocationLog\", \"timestamp\": \"2026-11-03T10:00:00Z\",\n"
                + "{{ not json\n");
        vm.logsProperty().set(bad);
        vm.run();

        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith(bad.toString() + ":").contains("record 1").contains("Nothing in the scenario was changed")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(vm.apply()).isFalse();
        assertThat(editor.spans).isEmpty();
        assertThat(text.get()).isEqualTo(original);
    }
}
