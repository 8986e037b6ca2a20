package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input corpus (src/test/resources/bad-input, see its README): each input gets a clear outcome. */
class BadInputTest {
    @TempDir
    Path tmp;

    private final ArticleFiles files = ArticleFiles.bundled();
    private final ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));

    static Path corpus(String name) {
        try {
            return Path.of(BadInputTest.class.getResource("/bad-input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReadOutcome> read(Path p) {
        List<ReadOutcome> out = new ArrayList<>();
        files.read(p, options, out::add);
        return out;
    }

    private String failure(String name) {
        List<ReadOutcome> out = read(corpus(name));
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).as(name).isInstanceOf(ReadOutcome.Failed.class);
        String message = ((ReadOutcome.Failed) out.get(0)).message();
        assertThat(message).contains(name).doesNotContain("Exception");
        return message;
    }

    private Article article(String name) {
        List<ReadOutcome> out = read(corpus(name));
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).as(name).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) out.get(0)).article();
    }

    @Test
    void refusesWhatIsNotText() {
        assertThat(failure("empty.txt")).contains("empty");
        assertThat(failure("whitespace.txt")).contains("whitespace");
        assertThat(failure("image.png")).contains("binary");
        assertThat(failure("archive.zip")).contains("binary");
        assertThat(failure("invalid-utf8.txt")).contains("not valid UTF-8").contains("byte");
        assertThat(failure("only-scripts.html")).contains("no article");
    }

    @Test
    void readsUtf16ThroughItsByteOrderMark() {
        Article a = article("utf16-bom.txt");
        assertThat(a.datelinePlace()).isEqualTo("Paris");
        assertThat(a.text()).contains("France said on Monday");
    }

    @Test
    void detectsLanguagesItDoesNotCode() {
        assertThat(article("arabic.txt").language()).isEqualTo("ar");
        assertThat(article("persian.txt").language()).isEqualTo("fa");
        assertThat(article("chinese.txt").language()).isEqualTo("zh");
        assertThat(article("chinese.txt").warnings()).anyMatch(w -> w.contains("does not code"));
    }

    @Test
    void jsonLinesGoOnPastTruncatedLinesAndWrongTypes() {
        List<ReadOutcome> out = read(corpus("truncated.jsonl"));
        assertThat(out).hasSize(5);
        assertThat(out.get(0)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(((ReadOutcome.Failed) out.get(1)).message()).contains("truncated.jsonl:2");
        assertThat(((ReadOutcome.Failed) out.get(2)).message()).contains("truncated.jsonl:3", "\"text\" must be a string");
        assertThat(((ReadOutcome.Failed) out.get(3)).message()).contains("truncated.jsonl:4", "\"date\"");
        assertThat(((ReadOutcome.Read) out.get(4)).article().date()).isEqualTo(LocalDate.of(2020, 11, 29));
    }

    @Test
    void jsonLinesSkipLinesTooLongToHoldWithoutHoldingThem() throws IOException {
        Path p = tmp.resolve("long-line.jsonl");
        String good = "{\"id\": \"b\", \"text\": \"Chile said on Monday that it would reopen its consulate.\"}\n";
        Files.writeString(p, "{\"id\": \"a\", \"text\": \"" + "x".repeat(JsonLinesArticles.MAX_LINE_CHARS + 10)
                + "\"}\r\n" + good + good.strip(), StandardCharsets.UTF_8);
        List<ReadOutcome> out = read(p);
        assertThat(out).hasSize(3);
        assertThat(((ReadOutcome.Failed) out.get(0)).message()).contains("long-line.jsonl:1", "line too long");
        assertThat(((ReadOutcome.Read) out.get(1)).article().text()).startsWith("Chile said");
        assertThat(((ReadOutcome.Read) out.get(2)).input()).endsWith(":3");
    }

    @Test
    void refusesHugeArticlesClearly() throws IOException {
        Path big = tmp.resolve("ten-megabytes.txt");
        StringBuilder sb = new StringBuilder(10_500_000);
        while (sb.length() < 10_000_000) {
            sb.append("Iran said it would consider the offer from Iraq and reply within a week ");
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        List<ReadOutcome> out = read(big);
        assertThat(((ReadOutcome.Failed) out.get(0)).message()).contains("ten-megabytes.txt", "too long");

        Path many = tmp.resolve("fifty-thousand-sentences.txt");
        Files.writeString(many, "Iran said no. ".repeat(50_000), StandardCharsets.UTF_8);
        assertThat(((ReadOutcome.Failed) read(many).get(0)).message()).contains("too long");
    }

    @Test
    void survivesDeeplyNestedHtml() throws IOException {
        Path deep = tmp.resolve("deep.html");
        String html = "<html><body>" + "<div>".repeat(10_000)
                + "<p>CAIRO (AP) — Egypt hosted talks between Israel and Hamas on Monday.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Files.writeString(deep, html, StandardCharsets.UTF_8);
        List<ReadOutcome> out = read(deep);
        assertThat(out).hasSize(1);
        if (out.get(0) instanceof ReadOutcome.Read r) {
            assertThat(r.article().text()).contains("Egypt hosted talks");
        } else {
            assertThat(((ReadOutcome.Failed) out.get(0)).message()).contains("deep.html");
        }
    }
}
