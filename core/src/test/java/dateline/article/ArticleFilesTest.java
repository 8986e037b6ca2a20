package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    private final ArticleFiles files = ArticleFiles.bundled();
    private final ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));

    private List<ReadOutcome> read(Path p) {
        List<ReadOutcome> out = new ArrayList<>();
        files.read(p, options, out::add);
        return out;
    }

    private String failure(Path p) {
        List<ReadOutcome> out = read(p);
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).isInstanceOf(ReadOutcome.Failed.class);
        String message = ((ReadOutcome.Failed) out.get(0)).message();
        assertThat(message).startsWith(p.toString());
        return message;
    }

    @Test
    void badInputsGetOneClearErrorNamingTheInput() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(failure(empty)).contains("empty");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertThat(failure(blank)).contains("whitespace");
        Path png = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThat(failure(png)).contains("binary");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 in Paris said no.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failure(latin1)).contains("not valid UTF-8");
        assertThat(failure(dir)).contains("directory");
        assertThat(failure(dir.resolve("missing.txt"))).contains("no such file");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        Path p = dir.resolve("utf16.txt");
        byte[] body = "PARIS (AFP) - France said it would help.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(p, bytes);
        Article a = ((ReadOutcome.Read) read(p).get(0)).article();
        assertThat(a.datelinePlace()).isEqualTo("Paris");
        assertThat(a.agency()).isEqualTo("Agence France-Presse");
    }

    @Test
    void aJsonLinesDateMayBeCalledPublished() throws IOException {
        // Corpora such as the Voice of America stories name the publication date "published".
        Path p = dir.resolve("voa-like.jsonl");
        Files.writeString(p, String.join("\n",
                "{\"id\": \"a\", \"published\": \"2025-03-14 20:30:26Z\", \"text\": \"Kenya praised Uganda.\"}",
                "{\"id\": \"b\", \"date\": \"2024-01-02\", \"published\": \"2025-03-14\", \"text\": \"Kenya praised Uganda.\"}"));
        List<ReadOutcome> out = read(p);
        assertThat(((ReadOutcome.Read) out.get(0)).article().date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(((ReadOutcome.Read) out.get(1)).article().date()).as("date wins").isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void readsJsonLinesAndGoesOnPastBadLines() throws IOException {
        Path p = dir.resolve("corpus.jsonl.gz");
        String lines = String.join("\n",
                "{\"id\": \"1\", \"date\": \"26-FEB-1987 15:01:01.79\", \"title\": \"T1\", \"dateline\": \"SALVADOR, Feb 26 -\", \"body\": \"Brazil said it would export more.\"}",
                "this is not json",
                "{\"id\": 3, \"text\": 42}",
                "{\"id\": \"4\", \"url\": \"https://example.org/a\", \"date\": \"2020-11-28\", \"text\": \"Iran and Iraq agreed to talk.\"}",
                "[1, 2]",
                "{\"id\": \"6\", \"title\": \"no text\"}",
                "");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        List<ReadOutcome> out = read(p);
        assertThat(out).hasSize(6);
        Article first = ((ReadOutcome.Read) out.get(0)).article();
        assertThat(first.date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(first.datelinePlace()).isEqualTo("Salvador");
        assertThat(first.title()).isEqualTo("T1");
        assertThat(first.annotatableText().strip()).isEqualTo("Brazil said it would export more.");
        assertThat(out.get(1)).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) out.get(1)).message()).contains(p + ":2").contains("not a JSON object");
        assertThat(((ReadOutcome.Failed) out.get(2)).message()).contains(":3").contains("\"text\" must be a string");
        Article fourth = ((ReadOutcome.Read) out.get(3)).article();
        assertThat(fourth.url()).isEqualTo("https://example.org/a");
        assertThat(fourth.date()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(((ReadOutcome.Failed) out.get(4)).message()).contains(":5");
        assertThat(((ReadOutcome.Failed) out.get(5)).message()).contains(":6").contains("no \"text\"");
    }

    @Test
    void readsAnHtmlPageWithMetadata() throws IOException {
        String html = """
                <!DOCTYPE html><html lang="en-GB"><head><title>Site | Story</title>
                <meta property="og:title" content="Iraq and Iran agree on rail link">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2020-11-28T14:00:00+03:30">
                <link rel="canonical" href="https://news.example.org/rail"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Iraq and Iran agree on rail link</h1>
                <p>BAGHDAD (AP) — Iraq and Iran agreed on Saturday to finish the Shalamcheh-Basra railway.</p>
                <p>The prime minister praised the deal.</p></article>
                <footer>Copyright Example News</footer></body></html>""";
        Path p = Files.writeString(dir.resolve("page.html"), html);
        Article a = ((ReadOutcome.Read) read(p).get(0)).article();
        assertThat(a.title()).isEqualTo("Iraq and Iran agree on rail link");
        assertThat(a.date()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(a.datelinePlace()).isEqualTo("Baghdad");
        assertThat(a.agency()).isEqualTo("Associated Press");
        assertThat(a.text()).contains("The prime minister praised the deal.").doesNotContain("Home", "Copyright");
        assertThat(a.language()).isEqualTo("en");
    }
}
