package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnnotateCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Path example() {
        Path p = Path.of("../examples/iran-iraq-call.txt");
        assertThat(p).exists();
        return p;
    }

    @Test
    void annotatesTheExampleAsJson() throws Exception {
        Result r = run("annotate", example().toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        JsonNode article = json.get("article");
        assertThat(article.get("datelinePlace").asText()).isEqualTo("Tehran");
        assertThat(article.get("agency").asText()).isEqualTo("Iran Press");
        assertThat(article.get("date").isNull()).isTrue();
        assertThat(article.get("relatedLinks")).hasSize(2);
        assertThat(article.get("text").asText()).doesNotContain("Read more");
        List<String> persons = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (JsonNode e : json.get("entities")) {
            if (e.get("type").asText().equals("PERSON")) {
                persons.add(e.get("text").asText());
            }
            if (List.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE").contains(e.get("type").asText())) {
                places.add(e.get("text").asText());
            }
            assertThat(e.get("text").asText()).doesNotContain("Iran Press");
        }
        assertThat(persons).contains("Hassan Rouhani", "Mustafa Al-Kazemi");
        assertThat(places).contains("Tehran", "Iran", "Iraq", "Basra", "Baghdad");
        List<String> antecedents = new ArrayList<>();
        json.get("pronouns").forEach(p -> antecedents.add(p.get("antecedent").asText()));
        assertThat(antecedents).contains("Hassan Rouhani", "Rouhani");
    }

    @Test
    void badInputsGetOneLineEachAndTheBatchGoesOn() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 4});
        Path jsonl = Files.writeString(dir.resolve("c.jsonl"), "{not json}\n");
        Result r = run("annotate", empty.toString(), dir.resolve("missing.txt").toString(), bin.toString(),
                dir.toString(), jsonl.toString(), example().toString());
        assertThat(r.code()).isEqualTo(1);
        String[] lines = r.err().strip().split("\n");
        assertThat(lines).hasSize(5).allMatch(l -> l.startsWith("dateline: "));
        assertThat(r.err()).contains("empty.txt: empty file", "missing.txt: no such file", "x.bin: binary",
                "is a directory", "c.jsonl:1: not a JSON object").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).contains("dateline:  Tehran");
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertThat(run("--help").out()).contains("annotate");
        assertThat(run("--version").out()).contains("dateline");
        Result bad = run("annotate", "--format", "xml", example().toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(run("annotate", "--date", "3000-01-01", example().toString()).code()).isEqualTo(2);
    }
}
