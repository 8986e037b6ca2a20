package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.export.GdeltLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agentless passive end to end with the real pipeline: coded with no source, stored, and exported with an empty
 * Actor1 (GDELT) and no actor (PLOVER); {@code code} and {@code explain} show the unnamed source.
 */
class AgentlessPassiveCommandsTest {
    @TempDir
    Path dir;

    @Test
    void anAgentlessPassiveIsCodedStoredAndExportedWithNoSource() throws Exception {
        Path jsonl = dir.resolve("wire.jsonl");
        Files.writeString(jsonl, "{\"id\": \"p1\", \"date\": \"2021-03-10\", \"text\": \"New sanctions were imposed on "
                + "Iran on Wednesday.\"}\n", StandardCharsets.UTF_8);

        AnnotateCommandTest.Result code = AnnotateCommandTest.run("code", "--format", "json", jsonl.toString());
        assertThat(code.code()).as(code.err()).isZero();
        JsonNode event = new ObjectMapper().readTree(code.out()).get("events").get(0);
        assertThat(event.get("code").asText()).isEqualTo("163");
        assertThat(event.get("source").isNull()).isTrue();
        assertThat(event.get("target").get("code").asText()).isEqualTo("IRN");

        AnnotateCommandTest.Result explain = AnnotateCommandTest.run("explain", "--sentence", "0", jsonl.toString());
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("agentless passive 'imposed'").contains("163   - -> IRN");

        Path store = dir.resolve("store");
        AnnotateCommandTest.Result ingest = AnnotateCommandTest.run("ingest", "--store", store.toString(),
                "--no-progress", "--threads", "1", jsonl.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        AnnotateCommandTest.Result sql = AnnotateCommandTest.run("sql", "--store", store.toString(), "--format",
                "csv", "SELECT coalesce(source_code, 'none'), target_code, code FROM events");
        assertThat(sql.out()).contains("none,IRN,163");

        Path gdelt = dir.resolve("events.tsv");
        AnnotateCommandTest.Result x = AnnotateCommandTest.run("export", "--store", store.toString(), "--format",
                "gdelt-events", "--out", gdelt.toString());
        assertThat(x.code()).as(x.err()).isZero();
        List<String> lines = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        String[] row = lines.get(0).split("\t", -1);
        List<String> names = GdeltLayout.events().names();
        assertThat(row[names.indexOf("Actor1Code")]).isEmpty();
        assertThat(row[names.indexOf("Actor2Code")]).isEqualTo("IRN");
        assertThat(row[names.indexOf("EventCode")]).isEqualTo("163");

        Path plover = dir.resolve("events.jsonl");
        AnnotateCommandTest.Result p = AnnotateCommandTest.run("export", "--store", store.toString(), "--format",
                "plover", "--out", plover.toString());
        assertThat(p.code()).as(p.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readAllLines(plover, StandardCharsets.UTF_8).get(0));
        assertThat(json.get("actor")).isEmpty();
        assertThat(json.get("recipient").get(0).get("code").asText()).isEqualTo("IRN");
    }
}
