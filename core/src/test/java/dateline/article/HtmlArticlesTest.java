package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML through the readers that annotate, code and ingest use. */
class HtmlArticlesTest {
    @TempDir
    Path dir;

    private final ArticleFiles files = ArticleFiles.bundled();
    private final ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));

    @Test
    void readsAnHtmlArticleWithItsMetadataAndDateline() throws Exception {
        String html = HtmlExtractorTest.page("<meta property=\"article:published_time\" content=\"2024-03-05\">"
                + "<meta property=\"og:site_name\" content=\"Eastbrook Gazette\">", "<nav><a href=\"/\">Home</a></nav>",
                "<h3>Related</h3><ul><li><a href=\"/a\">Floods close the coast road again</a></li>"
                        + "<li><a href=\"/b\">New school opens in Eastbrook</a></li></ul>", "")
                .replace("<p>The town council", "<p>EASTBROOK (AFP) - The town council");
        Article a = files.readBytes("bridge.html", html.getBytes(StandardCharsets.UTF_8), options);
        assertThat(a.text()).startsWith("EASTBROOK (AFP) - The town council").doesNotContain("Home")
                .doesNotContain("Floods");
        assertThat(a.datelinePlace()).isEqualToIgnoringCase("Eastbrook");
        assertThat(a.agency()).isEqualTo("Agence France-Presse");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(a.title()).isEqualTo("Council votes to rebuild the Miller River bridge");
        assertThat(a.relatedLinks()).extracting(RelatedLink::title)
                .containsExactly("Floods close the coast road again", "New school opens in Eastbrook");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void decodesWindows1252PagesFromFilesAndGzip() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"windows-1252\"></head><body><article>"
                + "<p>Le caf\u00e9 du port a rouvert ses portes apr\u00e8s les travaux, \u00ab enfin \u00bb selon"
                + " les habitu\u00e9s, qui attendaient ce moment depuis l\u2019hiver dernier et la temp\u00eate.</p><p>"
                + HtmlExtractorTest.BODY_TEXT + "</p></article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        Path plain = Files.write(dir.resolve("cafe.html"), bytes);
        Path gz = dir.resolve("cafe.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(bytes);
        }
        Path unnamed = Files.write(dir.resolve("cafe.txt"), bytes);
        for (Path p : List.of(plain, gz, unnamed)) {
            Article a = readOne(p);
            assertThat(a.text()).as(p.toString()).contains("Le caf\u00e9 du port a rouvert ses portes apr\u00e8s")
                    .contains("\u00ab enfin \u00bb").contains("l\u2019hiver");
            assertThat(a.language()).isEqualTo("fr");
        }
    }

    @Test
    void pagesWithoutAnArticleAreReportedAsSuch() throws IOException {
        Path login = Files.writeString(dir.resolve("login.html"), "<html><body><form><h1>Sign in</h1>"
                + "<input type=\"email\"><input type=\"password\"><button>Sign in</button></form></body></html>");
        List<ReadOutcome> out = new ArrayList<>();
        files.read(login, options, out::add);
        assertThat(out).singleElement().isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) out.get(0)).message()).startsWith(login.toString())
                .contains("no article found").contains("login");
        assertThatThrownBy(() -> files.readBytes("front.html", ("<html><body><ul><li><a href=\"/1\">One story</a></li>"
                + "<li><a href=\"/2\">Another story</a></li></ul></body></html>").getBytes(StandardCharsets.UTF_8), options))
                .isInstanceOf(ArticleReadException.class).hasMessageStartingWith("front.html: no article found");
    }

    private Article readOne(Path p) {
        List<ReadOutcome> out = new ArrayList<>();
        files.read(p, options, out::add);
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).as(out.get(0).toString()).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) out.get(0)).article();
    }

    @Test
    void aShortTextBesideALoginBoxIsReadWithTheExtractorsWarning() throws Exception {
        String login = "<form action=\"/login\"><input type=\"email\"><input type=\"password\"><button>Sign in</button>"
                + "</form>";
        String brief = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><header>" + login
                + "</header><article><h1>Coast road closed</h1><p>The coast road between Eastbrook and the harbour will"
                + " be closed on Saturday night from ten until six for resurfacing, the roads department said.</p>"
                + "<p>Drivers should use the inland route, which adds about twenty minutes to the trip.</p></article>"
                + "</body></html>";
        Article a = files.readBytes("brief.html", brief.getBytes(StandardCharsets.UTF_8), options);
        assertThat(a.text()).startsWith("The coast road between Eastbrook").endsWith("to the trip.");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).startsWith("HTML extraction (confidence 0.5)")
                .contains("password form"));
        String wall = "<html><body><main><h1>Sign in</h1>" + login + "</main></body></html>";
        assertThatThrownBy(() -> files.readBytes("wall.html", wall.getBytes(StandardCharsets.UTF_8), options))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("wall.html")
                .hasMessageContaining("a login page");
    }
}
