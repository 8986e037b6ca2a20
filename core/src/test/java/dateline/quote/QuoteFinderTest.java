package dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes and speakers on the seed article and on texts written for these tests (CoreNLP-annotated). */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();
    private static final ActorMentions NO_ACTORS = new ActorMentions(List.of());

    private static AnnotatedArticle annotate(String text) throws Exception {
        Article art = ArticleFiles.bundled().readBytes("test.txt", text.getBytes(StandardCharsets.UTF_8),
                new ArticleOptions(null, LocalDate.of(2026, 1, 1)));
        return Seed.annotator().annotate(art);
    }

    private static Optional<Quote> starting(AnnotatedArticle a, List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> a.article().slice(q.content()).startsWith(prefix)).findFirst();
    }

    /** Who the speaker mention names: a pronoun's antecedent, or the mention itself. */
    private static String speakerName(AnnotatedArticle a, Quote q) {
        assertThat(q.speakerSpan()).as("speaker of " + a.article().slice(q.content())).isNotNull();
        return a.pronounAt(q.speakerSpan()).map(l -> l.antecedent().text()).orElse(a.article().slice(q.speakerSpan()));
    }

    @Test
    void seedRequiredQuotesHaveTheirSpeakers() throws Exception {
        Path gold = Seed.gold();
        AnnotatedArticle a = Seed.annotated();
        QuoteFinding found = finder.find(a, dateline.actor.ActorResolver.bundled().resolve(a));
        JsonNode goldJson = new ObjectMapper().readTree(gold.toFile());
        JsonNode quotes = goldJson.get("quotes");
        int required = 0;
        for (JsonNode g : quotes) {
            if (!g.get("required").asBoolean()) {
                continue;
            }
            required++;
            Quote q = starting(a, found.quotes(), g.get("starts_with").asText()).orElseThrow(
                    () -> new AssertionError("missing quote " + g.get("starts_with")));
            assertThat(q.kind().name()).isEqualTo(g.get("kind").asText());
            String surname = g.get("speaker").asText().replaceAll(".* ", "");
            assertThat(speakerName(a, q)).contains(surname);
            String goldCode = null;
            for (JsonNode actor : goldJson.get("actors")) {
                if (actor.get("text").asText().equals(g.get("speaker").asText())) {
                    goldCode = actor.get("code").asText();
                }
            }
            assertThat(q.speaker()).as("speaker of %s as a resolved actor", g.get("starts_with")).isNotNull();
            assertThat(q.speaker().code()).isEqualTo(goldCode);
            assertThat(q.tone()).isNotNaN();
        }
        assertThat(required).isEqualTo(4);
    }

    @Test
    void seedStrayMarkIsReportedAndHarmless() {
        AnnotatedArticle a = Seed.annotated();
        QuoteFinding found = finder.find(a, NO_ACTORS);
        String text = a.article().text();
        int stray = text.indexOf("priority for Iran.\"") + "priority for Iran.".length();
        assertThat(found.problems()).containsExactly("stray closing quote mark [" + stray + "," + (stray + 1)
                + ") ignored");
        int next = text.indexOf("Rouhani also stressed");
        assertThat(found.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
                .noneMatch(q -> q.content().contains(next) || q.content().contains(stray));
        assertThat(found.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).hasSize(4);
    }

    @Test
    void seedIndirectSpeech() {
        AnnotatedArticle a = Seed.annotated();
        List<Quote> quotes = finder.find(a, NO_ACTORS).quotes();
        Quote need = starting(a, quotes, "the need for the immediate release of Iranian foreign currency").orElseThrow();
        assertThat(need.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(a.article().slice(need.cue())).isEqualTo("stressed");
        assertThat(speakerName(a, need)).contains("Rouhani");
        Quote opposes = starting(a, quotes, "Iran opposes any foreign interference").orElseThrow();
        assertThat(a.article().slice(opposes.speakerSpan())).contains("President");
    }

    @Test
    void cuesBeforeAndAfterWithPronounChains() throws Exception {
        AnnotatedArticle a = annotate("""
                Mayor Anna Lindqvist opened the new harbour bridge on Monday.

                "This bridge joins two halves of our city at last," she said.

                Engineer Tomas Berg praised the builders, adding: "Nobody was hurt during four years of work."
                """);
        List<Quote> quotes = finder.find(a, NO_ACTORS).quotes();
        Quote first = starting(a, quotes, "This bridge joins").orElseThrow();
        assertThat(a.article().slice(first.speakerSpan())).isEqualTo("she");
        assertThat(speakerName(a, first)).contains("Lindqvist");
        assertThat(first.attribution()).contains("explicit cue after the quote").contains("pronoun chain");
        Quote second = starting(a, quotes, "Nobody was hurt").orElseThrow();
        assertThat(speakerName(a, second)).contains("Berg");
        assertThat(a.article().slice(second.cue())).isEqualTo("adding");
        assertThat(second.attribution()).startsWith("preceding cue");
    }

    @Test
    void multiParagraphQuoteAndParagraphConvention() throws Exception {
        AnnotatedArticle a = annotate("""
                Coach Maria Santos said: "We trained hard all winter and it showed today.

                "The young players carried the team in the second half."

                "Next week we play the champions, and we are ready for them."

                The club did not comment on her contract.
                """);
        QuoteFinding found = finder.find(a, NO_ACTORS);
        List<Quote> direct = found.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(direct).hasSize(2);
        assertThat(a.article().slice(direct.get(0).content())).startsWith("We trained").endsWith("second half.");
        assertThat(direct.get(0).attribution()).contains("runs over paragraphs");
        assertThat(speakerName(a, direct.get(0))).contains("Santos");
        assertThat(direct.get(1).attribution()).startsWith("paragraph convention");
        assertThat(speakerName(a, direct.get(1))).contains("Santos");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void unbalancedMarkDoesNotSwallowTheNextParagraph() throws Exception {
        AnnotatedArticle a = annotate("""
                The farmer Jonas Weber said the harvest was poor this year."

                "Prices will rise before the winter," Weber warned.
                """);
        QuoteFinding found = finder.find(a, NO_ACTORS);
        assertThat(found.problems()).singleElement().asString().startsWith("stray closing quote mark");
        Quote q = starting(a, found.quotes(), "Prices will rise").orElseThrow();
        assertThat(speakerName(a, q)).contains("Weber");
    }

    @Test
    void indirectSpeechPatterns() throws Exception {
        AnnotatedArticle a = annotate("""
                The health minister Sara Okafor said that the clinics would stay open through the holidays.

                Okafor stressed the need for more nurses in rural districts.

                The new wing will cost twelve million euros, according to the hospital director.
                """);
        List<Quote> quotes = finder.find(a, NO_ACTORS).quotes();
        Quote said = starting(a, quotes, "the clinics would stay open").orElseThrow();
        assertThat(said.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(speakerName(a, said)).contains("Okafor");
        Quote need = starting(a, quotes, "the need for more nurses").orElseThrow();
        assertThat(a.article().slice(need.cue())).isEqualTo("stressed");
        Quote according = starting(a, quotes, "The new wing will cost").orElseThrow();
        assertThat(a.article().slice(according.cue())).isEqualTo("according to");
        assertThat(a.article().slice(according.speakerSpan())).contains("director");
    }

    @Test
    void scareQuotesAreNotSpeech() throws Exception {
        AnnotatedArticle a = annotate("The agency called the storm a \"once in a lifetime\" event and closed the port.\n");
        assertThat(finder.find(a, NO_ACTORS).quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).isEmpty();
    }
}
