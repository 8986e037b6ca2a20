package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bad-input corpus (core's {@code src/test/resources/bad-input}, see its README) plus generated monsters,
 * through {@code dateline ingest} in one batch, in a child JVM with a 2 GB heap (the pipeline alone needs ~1.4 GB):
 * every bad item gets one clear line naming it, the batch goes on, the good items are stored, texts in languages
 * Dateline does not code give no events, the billion-laughs feed is refused before any entity is expanded, and
 * nothing runs out of memory, not even a compressed JSON Lines file that expands to 1.2 GB without a newline.
 */
class BadInputIngestTest {
    static final List<String> CORPUS = List.of("empty.txt", "whitespace.txt", "image.png", "archive.zip",
            "invalid-utf8.txt", "utf16-bom.txt", "only-scripts.html", "truncated.jsonl", "arabic.txt", "persian.txt",
            "chinese.txt", "billion-laughs.rss");

    @TempDir
    Path dir;

    @Test
    void ingestGoesOnPastEveryBadInputWithBoundedMemory() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String name : CORPUS) {
            try (InputStream r = BadInputIngestTest.class.getResourceAsStream("/bad-input/" + name)) {
                assertThat(r).as(name).isNotNull();
                Files.copy(r, in.resolve(name));
            }
        }
        Files.copy(AnnotateCommandTest.example(), in.resolve("good-seed.txt"));
        Files.writeString(in.resolve("good-harbour.txt"), "Chile accused Peru on Tuesday of blocking a cargo ship "
                + "in the port of Arica. The foreign minister of Peru rejected the charge and said the ship had "
                + "no permit.\n", StandardCharsets.UTF_8);
        StringBuilder big = new StringBuilder(10_100_000);
        while (big.length() < 10_000_000) {
            big.append("Norway said it would study the request from Sweden and answer within a month ");
        }
        Files.writeString(in.resolve("ten-megabytes.txt"), big, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("fifty-thousand-sentences.txt"), "Kenya said no. ".repeat(50_000),
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000)
                + "<p>NAIROBI (Test Wire) - Kenya hosted talks between Ethiopia and Somalia on Monday.</p>"
                + "</div>".repeat(10_000) + "</body></html>", StandardCharsets.UTF_8);
        writeBomb(in.resolve("bomb.jsonl.gz"), 1200);

        Path store = dir.resolve("store");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), Main.class.getName(),
                "ingest", "--store", store.toString(), "--no-progress", "--threads", "1", "--batch", "64",
                "--date", "2024-05-06", in.toString());
        Path outFile = dir.resolve("out.txt");
        Path errFile = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("ingest finished").isTrue();
        String out = Files.readString(outFile);
        String err = Files.readString(errFile);
        System.out.println("bad-input ingest: " + out.strip().replace('\n', ' '));
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(p.exitValue()).as(out + err).isEqualTo(1);

        List<String> failures = err.lines().filter(l -> l.startsWith("dateline: ")).toList();
        String[] expected = {"empty.txt", "whitespace.txt", "image.png", "archive.zip", "invalid-utf8.txt",
            "only-scripts.html", "truncated.jsonl:2", "truncated.jsonl:3", "truncated.jsonl:4",
            "billion-laughs.rss", "ten-megabytes.txt", "fifty-thousand-sentences.txt", "bomb.jsonl.gz:1"};
        for (String name : expected) {
            assertThat(failures).as(name).filteredOn(l -> l.contains(name + ":") || l.endsWith(name))
                    .hasSize(1);
        }
        failures.stream().filter(l -> l.contains("deep.html")).forEach(System.out::println);
        // Ten thousand nested elements may be read or refused, but clearly either way.
        assertThat(failures).filteredOn(l -> !l.contains("deep.html")).hasSize(expected.length);
        assertThat(failures).filteredOn(l -> l.contains("billion-laughs.rss")).first().asString()
                .containsIgnoringCase("doctype").doesNotContain("lol");
        assertThat(failures).filteredOn(l -> l.contains("bomb.jsonl.gz")).first().asString().contains("too long");
        assertThat(out).contains("failed " + failures.size());

        try (Store st = Store.openReadOnly(store); Statement s = st.connection().createStatement()) {
            List<String> stored = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT a.source, a.language, "
                    + "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id), coalesce(a.notes, '') "
                    + "FROM articles a ORDER BY a.source")) {
                while (r.next()) {
                    String source = Path.of(r.getString(1).replaceAll("#.*", "")).getFileName().toString();
                    stored.add(source + " " + r.getString(2) + " " + r.getInt(3));
                    if (!r.getString(2).equals("en")) {
                        assertThat(r.getInt(3)).as("events in " + source).isZero();
                        assertThat(r.getString(4)).contains("not supported");
                    }
                }
            }
            assertThat(stored).extracting(x -> x.substring(0, x.indexOf(' '))).contains("utf16-bom.txt",
                    "arabic.txt", "persian.txt", "chinese.txt", "truncated.jsonl", "good-seed.txt",
                    "good-harbour.txt");
            assertThat(stored).filteredOn(x -> x.startsWith("truncated.jsonl")).hasSize(2);
            assertThat(stored).filteredOn(x -> x.startsWith("good-seed.txt en ")).first().asString()
                    .doesNotEndWith(" 0");
            assertThat(stored).filteredOn(x -> x.startsWith("good-harbour.txt en ")).first().asString()
                    .doesNotEndWith(" 0");
        }
    }

    /**
     * A gzip file of {@code megabytes} concatenated members, each one megabyte of 'x' with no newline: about a
     * kilobyte each on disk, one line of {@code megabytes} MB when read.
     */
    static void writeBomb(Path file, int megabytes) throws IOException {
        java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
            gz.write("{\"id\": \"x\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
        }
        java.io.ByteArrayOutputStream mb = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(mb)) {
            gz.write("x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            one.writeTo(o);
            for (int i = 0; i < megabytes; i++) {
                mb.writeTo(o);
            }
        }
    }

    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
