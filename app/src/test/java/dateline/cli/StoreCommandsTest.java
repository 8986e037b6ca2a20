package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands end to end with the real pipeline: ingest of the example, a feed, a JSON Lines file with a
 * bad line and an XXE feed; a second ingest adds nothing; then sql, query, search, series and export.
 */
class StoreCommandsTest {
    @TempDir
    Path dir;

    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Test wire</title><link>https://wire.example.org/</link>
            <description>written for the tests</description>
            <item><title>Ferry talks</title><link>https://wire.example.org/ferry</link>
            <pubDate>Tue, 09 Mar 2021 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Harbour officials in Bergen said on Tuesday that the night ferry to Newcastle would return in June.&lt;/p&gt;&lt;p&gt;The operator had cancelled the route during the winter.&lt;/p&gt;</description>
            </item></channel></rss>
            """;

    @Test
    void ingestIsIdempotentAndTheOtherCommandsReadTheStore() throws Exception {
        Path store = dir.resolve("store");
        Path feed = dir.resolve("wire.rss");
        Files.writeString(feed, FEED, StandardCharsets.UTF_8);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETVALUE", StandardCharsets.UTF_8);
        Path xxe = dir.resolve("evil.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<description>&x; appears here in a long enough sentence.</description></item></channel></rss>\n",
                StandardCharsets.UTF_8);
        Path jsonl = dir.resolve("corpus.jsonl");
        Files.writeString(jsonl, "{\"id\": \"1\", \"date\": \"2021-03-10\", \"text\": \"The mayor of Tromso "
                + "opened a new library on Wednesday.\"}\nnot json\n", StandardCharsets.UTF_8);

        AnnotateCommandTest.Result first = AnnotateCommandTest.run("ingest", "--store", store.toString(),
                "--no-progress", "--threads", "1", AnnotateCommandTest.example().toString(), feed.toString(),
                xxe.toString(), jsonl.toString());
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("read 3, coded 3, stored 3").contains("failed 2");
        assertThat(first.err()).contains("evil.xml").contains("corpus.jsonl:2");

        AnnotateCommandTest.Result again = AnnotateCommandTest.run("ingest", "--store", store.toString(),
                "--no-progress", "--threads", "1", AnnotateCommandTest.example().toString(), feed.toString(),
                jsonl.toString());
        assertThat(again.out()).contains("read 3, coded 0, stored 0").contains("skipped 3 already stored");

        AnnotateCommandTest.Result sql = AnnotateCommandTest.run("sql", "--store", store.toString(), "--format",
                "csv", "SELECT source_name, date, title FROM articles ORDER BY date");
        assertThat(sql.code()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("Iran Press,,").contains("wire.example.org,2021-03-09,Ferry talks")
                .contains("\ncorpus.jsonl,2021-03-10,").doesNotContain(dir.toString())
                .doesNotContain("TOPSECRETVALUE");
        AnnotateCommandTest.Result write = AnnotateCommandTest.run("sql", "--store", store.toString(),
                "DELETE FROM articles");
        assertThat(write.code()).isEqualTo(1);
        assertThat(write.err()).contains("dateline: sql:");

        AnnotateCommandTest.Result search = AnnotateCommandTest.run("search", "--store", store.toString(),
                "--format", "json", "ferry AND Bergen");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Ferry talks").doesNotContain("2020-11-28");
        AnnotateCommandTest.Result dated = AnnotateCommandTest.run("search", "--store", store.toString(),
                "--to", "2021-01-01", "ferry");
        assertThat(dated.out()).contains("(0 rows)");

        AnnotateCommandTest.Result query = AnnotateCommandTest.run("query", "--store", store.toString(), "--format",
                "json", "--from", "2020-01-01");
        assertThat(query.code()).as(query.err()).isZero();
        assertThat(query.out().strip()).startsWith("[");
        AnnotateCommandTest.Result series = AnnotateCommandTest.run("series", "--store", store.toString(), "IRN",
                "IRQ", "--by", "month");
        assertThat(series.code()).as(series.err()).isZero();
        assertThat(series.out()).contains("period").contains("mean_goldstein");

        for (String format : List.of("gdelt-events", "gdelt-mentions", "plover", "parquet")) {
            Path out = dir.resolve("export-" + format);
            AnnotateCommandTest.Result x = AnnotateCommandTest.run("export", "--store", store.toString(),
                    "--format", format, "--out", out.toString());
            assertThat(x.code()).as(format + ": " + x.err()).isZero();
            assertThat(out).exists();
        }
        AnnotateCommandTest.Result bad = AnnotateCommandTest.run("export", "--store", store.toString(), "--format",
                "csv", "--out", dir.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'csv'");
        AnnotateCommandTest.Result missing = AnnotateCommandTest.run("query", "--store",
                dir.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(1);
    }
}
