package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.testing.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void evaluatesTheSeedGoldWithOnePipeline() throws Exception {
        Path bundled = Path.of("../examples/iran-iraq-call.gold.json");
        assertThat(bundled).exists();
        List<String> args = new ArrayList<>(List.of("eval", bundled.toString()));
        Path shared = Seed.shared("seed/seed-gold.json");
        if (shared != null) {
            args.add(shared.toString());
        }
        args.addAll(List.of("--date", "2020-11-28", "--format", "json"));
        AnnotateCommandTest.Result r = AnnotateCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        JsonNode reports = shared == null ? null : json.get("reports");
        List<JsonNode> all = new ArrayList<>();
        if (reports != null) {
            reports.forEach(all::add);
        } else {
            all.add(json);
        }
        assertThat(all).hasSize(shared == null ? 1 : 2);
        for (JsonNode report : all) {
            assertThat(report.get("format").asText()).isEqualTo("SEED");
            assertThat(report.get("requiredEvents").asInt()).isEqualTo(5);
            assertThat(report.get("optionalEvents").asInt()).isEqualTo(8);
            for (String level : List.of("code", "root", "root+countries", "code+countries")) {
                JsonNode events = report.get("levels").get(level).get("events");
                assertThat(events.get("tp").asInt() + events.get("fn").asInt()).as(level).isEqualTo(5);
            }
            // The seed's done-when: the five required events found, at most one false positive.
            JsonNode seed = report.get("levels").get("code+countries").get("events");
            assertThat(seed.get("tp").asInt()).isEqualTo(5);
            assertThat(seed.get("fp").asInt()).isLessThanOrEqualTo(1);
            List<String> stages = new ArrayList<>();
            report.get("checks").forEach(c -> {
                stages.add(c.get("stage").asText());
                assertThat(c.get("requiredOk").asInt()).as(c.get("stage").asText()).isEqualTo(c.get("required").asInt());
            });
            assertThat(stages).containsExactly("actors", "quotes", "places");
            // Every coded event is accounted for at the strictest level.
            JsonNode strict = report.get("levels").get("code+countries").get("events");
            assertThat(strict.get("tp").asInt() + strict.get("fp").asInt() + strict.get("optionalMatched").asInt()
                    + strict.get("duplicates").asInt()).isEqualTo(report.get("codedEvents").asInt());
        }
        // The bundled gold dates the call (28 November 2020, "on Saturday afternoon"): dated right.
        JsonNode dates = all.get(0).get("dates");
        assertThat(dates.get("goldDated").asInt()).isEqualTo(1);
        assertThat(dates.get("correct").asInt()).isEqualTo(1);
        assertThat(dates.get("accuracy").asDouble()).isEqualTo(1.0);
        // The shared gold finds its article beside it; the bundled one finds the example beside it.
        assertThat(all.get(0).get("article").asText()).endsWith("iran-iraq-call.txt");
    }

    @Test
    void anUnreadableGoldIsOneLineAndExitCodeOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ not json");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("eval", bad.toString(),
                dir.resolve("absent.xml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().split("\n")).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("dateline: " + bad).contains("invalid JSON"))
                .anySatisfy(l -> assertThat(l).contains("absent.xml").contains("no such file"));
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void scoresAPentaClassSetAndWritesOneDetailLinePerSentence() throws Exception {
        Path gold = Path.of("../core/src/test/resources/dateline/eval/penta-sample.jsonl");
        assertThat(gold).exists();
        Path details = dir.resolve("details.jsonl");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("eval", gold.toString(), "--format", "json",
                "--details", details.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("format").asText()).isEqualTo("PENTA_JSONL");
        assertThat(json.get("sentences").asInt()).isEqualTo(5);
        assertThat(json.get("notes")).hasSize(3);
        assertThat(json.get("detected").get("of").asInt()).isEqualTo(5);
        assertThat(json.get("classRight").get("count").asInt())
                .isLessThanOrEqualTo(json.get("detected").get("count").asInt());
        assertThat(json.get("sourceSpanRight").get("of").asInt()).isEqualTo(4);
        assertThat(json.get("precision").get("of").asInt()).isEqualTo(json.get("codedEvents").asInt());
        int confusionTotal = 0;
        for (JsonNode row : json.get("confusion")) {
            for (JsonNode cell : row) {
                confusionTotal += cell.asInt();
            }
        }
        assertThat(confusionTotal).isEqualTo(5);
        List<String> lines = Files.readAllLines(details);
        assertThat(lines).hasSize(5);
        List<String> ids = new ArrayList<>();
        int coded = 0;
        for (String line : lines) {
            JsonNode d = Json.MAPPER.readTree(line);
            assertThat(d.get("gold").asText()).isEqualTo(gold.toString());
            ids.add(d.get("id").asText());
            coded += d.get("coded").size();
        }
        assertThat(ids).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(coded).isEqualTo(json.get("codedEvents").asInt());

        AnnotateCommandTest.Result text = AnnotateCommandTest.run("eval", gold.toString());
        assertThat(text.out()).contains("PentaClass news set").contains("sentences with an event of the gold class")
                .contains("class confusion");
    }
}
