package dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.article.Span;
import dateline.quote.Quote;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An article of our own, coded once as one paragraph per line and once hard-wrapped at 62 columns with indented
 * paragraphs (as Reuters-21578 bodies come): the coding is the same, and every span slices the wrapped original.
 */
class HardWrappedArticleTest {
    static final List<String> PARAGRAPHS = List.of(
            "Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on"
                    + " Sunday to discuss the war in Gaza, the Egyptian foreign ministry said.",
            "\"We reject any attempt to push the people of Gaza out of their land, and we will work with Jordan"
                    + " and our partners to stop it,\" Shoukry told reporters after the meeting.",
            "Safadi said Jordan would send more aid to Gaza and urged Israel to open the crossings, adding:"
                    + " \"The world cannot stand by while children go hungry a few miles from our border.\"",
            "The two ministers also agreed to meet United Nations officials in Geneva next week, according to a"
                    + " joint statement.");

    private static CodedArticle flat;
    private static CodedArticle wrapped;

    @BeforeAll
    static void code() {
        Pipeline pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
        flat = pipeline.code(article(String.join("\n\n", PARAGRAPHS)));
        wrapped = pipeline.code(article(wrap(PARAGRAPHS, 62, "    ")));
    }

    private static Article article(String text) {
        return new Article(Article.idOf("test", text), "test", null, null, null, null, null, LocalDate.of(2024, 3, 3),
                null, text, List.of(), List.of(), "en", List.of());
    }

    static String wrap(List<String> paragraphs, int width, String indent) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            StringBuilder line = new StringBuilder(p == 0 ? "" : indent);
            for (String word : paragraphs.get(p).split(" ")) {
                if (!line.toString().isBlank() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.toString().isBlank() ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static <T> List<String> slices(CodedArticle c, List<T> items, Function<T, Span> span) {
        return items.stream().map(span).filter(s -> s != null)
                .map(s -> c.article().slice(s).replaceAll("\\s+", " ")).toList();
    }

    @Test
    void theWrappedTextHasLineEndsInsideItsQuotes() {
        String text = wrapped.article().text();
        assertThat(text.lines().count()).isGreaterThan(8);
        assertThat(text).doesNotContain("\n\n");
        assertThat(slices(wrapped, wrapped.quotes(), Quote::content)).anySatisfy(q -> assertThat(q).contains(" "));
        assertThat(wrapped.quotes().stream().map(Quote::content).map(s -> wrapped.article().slice(s)))
                .anySatisfy(q -> assertThat(q).contains("\n"));
    }

    @Test
    void quotesAcrossLineEndsComeOutWholeAndNoQuoteMarkIsStray() {
        assertThat(wrapped.notes()).noneMatch(n -> n.contains("quote mark"));
        List<String> direct = slices(wrapped, wrapped.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT)
                .toList(), Quote::content);
        assertThat(direct).contains("We reject any attempt to push the people of Gaza out of their land, and we will"
                + " work with Jordan and our partners to stop it", "The world cannot stand by while children go hungry a"
                + " few miles from our border.");
        assertThat(slices(wrapped, wrapped.quotes(), Quote::content))
                .isEqualTo(slices(flat, flat.quotes(), Quote::content));
        assertThat(slices(wrapped, wrapped.quotes(), Quote::speakerSpan))
                .isEqualTo(slices(flat, flat.quotes(), Quote::speakerSpan));
        assertThat(slices(wrapped, wrapped.quotes(), Quote::cue)).isEqualTo(slices(flat, flat.quotes(), Quote::cue));
    }

    @Test
    void actorsEventsAndPlacesAreTheSameAndTheirSpansSliceTheOriginal() {
        assertThat(flat.events()).isNotEmpty();
        assertThat(wrapped.events().stream().map(e -> e.code() + " " + e.source().code() + " "
                + (e.target() == null ? "-" : e.target().code())).toList())
                .isEqualTo(flat.events().stream().map(e -> e.code() + " " + e.source().code() + " "
                        + (e.target() == null ? "-" : e.target().code())).toList());
        assertThat(slices(wrapped, wrapped.events(), e -> e.trigger()))
                .isEqualTo(slices(flat, flat.events(), e -> e.trigger()));
        assertThat(slices(wrapped, wrapped.actors().actors(), a -> a.span()))
                .isEqualTo(slices(flat, flat.actors().actors(), a -> a.span())).contains("Shoukry", "Safadi");
        assertThat(wrapped.actors().actors().stream().map(a -> a.code()).toList())
                .isEqualTo(flat.actors().actors().stream().map(a -> a.code()).toList());
        assertThat(slices(wrapped, wrapped.places(), p -> p.span())).isEqualTo(slices(flat, flat.places(), p -> p.span()))
                .contains("Cairo", "Geneva");
        assertThat(wrapped.annotation().sentences()).hasSameSizeAs(flat.annotation().sentences());
        assertThat(wrapped.annotation().sentences().stream().map(s -> s.paragraph()).distinct()).hasSize(4);
    }
}
