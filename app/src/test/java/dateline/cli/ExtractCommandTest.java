package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head>"
            + "<meta property=\"og:title\" content=\"Ferry returns to Eastbrook\">"
            + "<meta property=\"article:published_time\" content=\"2024-06-01T07:00:00Z\">"
            + "<meta name=\"author\" content=\"By Jane Doe\"></head><body><nav><a href=\"/\">Home</a></nav><article>"
            + "<p>The ferry between Eastbrook and the island returned to service on Saturday after a winter of repairs"
            + " to its engines and to the landing stage on the island side.</p>"
            + "<p>The operator said boats would run every hour in summer, and that season tickets would cost the same"
            + " as last year despite the higher price of fuel.</p></article></body></html>";

    @Test
    void printsTextAndMetadataAsJsonNamingTheInput() throws Exception {
        Path gz = dir.resolve("ferry.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("extract", gz.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("input").asText()).isEqualTo(gz.toString());
        assertThat(json.get("title").asText()).isEqualTo("Ferry returns to Eastbrook");
        assertThat(json.get("authors").get(0).asText()).isEqualTo("Jane Doe");
        assertThat(json.get("published").asText()).isEqualTo("2024-06-01");
        assertThat(json.get("provenance").get("published").asText()).isEqualTo("open-graph");
        assertThat(json.get("text").asText()).startsWith("The ferry between Eastbrook").contains("\n\nThe operator said")
                .doesNotContain("Home");
        assertThat(json.get("confidence").asDouble()).isGreaterThan(0.5);
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void printsTextFormatAndReportsBadInputsOneLineEach() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.html"), PAGE);
        Path front = Files.writeString(dir.resolve("front.html"), "<html><body><ul><li><a href=\"/1\">One story</a>"
                + "</li><li><a href=\"/2\">Another story</a></li></ul></body></html>");
        Path notGzip = Files.writeString(dir.resolve("broken.html.gz"), "not gzip at all");
        Path missing = dir.resolve("missing.html");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("extract", good.toString(), front.toString(),
                notGzip.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("== " + good).contains("title:     Ferry returns to Eastbrook  [open-graph]")
                .contains("The operator said boats would run every hour");
        String[] errors = r.err().strip().split("\n");
        assertThat(errors).hasSize(3);
        assertThat(errors[0]).startsWith("dateline: " + front + ": no article found");
        assertThat(errors[1]).startsWith("dateline: " + notGzip + ": not a valid gzip file");
        assertThat(errors[2]).isEqualTo("dateline: " + missing + ": no such file");
    }

    @Test
    void aBadPageInTheMiddleOfABatchStopsNeitherThePagesAfterItNorTheJson() throws Exception {
        Path first = Files.writeString(dir.resolve("first.html"), PAGE);
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path last = Files.writeString(dir.resolve("last.html"), PAGE.replace("Eastbrook", "Westbrook"));
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("extract", "--format", "json", first.toString(),
                empty.toString(), last.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().split("\n")).containsExactly("dateline: " + empty + ": empty file");
        List<String> inputs = new ArrayList<>();
        Json.MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(r.out())
                .forEachRemaining(n -> inputs.add(n.get("input").asText() + " " + n.get("title").asText()));
        assertThat(inputs).containsExactly(first + " Ferry returns to Eastbrook", last + " Ferry returns to Westbrook");
    }
}
