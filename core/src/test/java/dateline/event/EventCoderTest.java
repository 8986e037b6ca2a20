package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Agencies;
import dateline.article.ArticleOptions;
import dateline.article.Span;
import dateline.article.TextArticles;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.quote.Quote;
import dateline.testing.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The coder on sentences written for these tests (one per CAMEO root, plus passives, negation, modality, reported
 * speech, quotes, nominal triggers and compound actors), annotated by the real CoreNLP pipeline. Actors come from
 * {@link HandActors}.
 */
class EventCoderTest {
    private static final String QUOTED = "Putin said: \"We will attack Ukraine.\"";
    private static final List<String> SENTENCES = List.of(
            "Japan expressed optimism about its relations with China.",
            "Egypt appealed to Israel for calm.",
            "Turkey agreed to meet Greece.",
            "Japan held talks with China.",
            "Canada praised Mexico for its reforms.",
            "Russia shared intelligence with Syria.",
            "Japan sent humanitarian aid to Nepal.",
            "Israel released Egyptian prisoners.",
            "Brazil investigated Argentine companies.",
            "Kenya demanded the release of British hostages.",
            "China criticized Japan.",
            "Iran rejected the American proposal.",
            "Iran threatened Israel with war.",
            "Thousands of Greeks demonstrated against Germany.",
            "Russia deployed troops to the Ukrainian border.",
            "France expelled Russian diplomats.",
            "Russia detained Ukrainian sailors.",
            "Syrian rebels kidnapped Turkish journalists.",
            "Israel attacked Syria.",
            "Serbia committed genocide against Bosnia.",
            "Iran was criticized by France.",
            "Japan did not condemn China.",
            "The United States may impose sanctions on Iran.",
            "The French minister said Germany criticized Italy.",
            "Macron said that we condemn Russia.",
            QUOTED,
            "Putin in a telephone conversation with Macron discussed the crisis.",
            "Norway held talks with Sweden on Monday.",
            "US sanctions against Iran hurt ordinary people.",
            "Merkel's visit to Poland was a success.",
            "US troops attacked Iraqi villages.",
            "Macron called the Russian policy illegal.",
            "Putin stressed the need for the release of Ukrainian prisoners held in France.",
            "The weather in Norway was cold and wet.");

    private static AnnotatedArticle article;
    private static ActorMentions actors;
    private static List<Quote> quotes;

    @BeforeAll
    static void annotate() throws Exception {
        String text = String.join("\n\n", SENTENCES);
        var a = new TextArticles(Agencies.bundled()).read("tests", text, ArticleOptions.defaults());
        article = Seed.annotator().annotate(a);
        actors = HandActors.of(article, Map.of("Macron", "FRAGOV", "Putin", "RUSGOV", "Merkel", "DEUGOV"));
        int start = text.indexOf("We will attack");
        Span content = new Span(start, text.indexOf("\"", start));
        Actor putin = actors.actors().stream().filter(x -> x.code().equals("RUSGOV")
                && x.span().start() == text.indexOf(QUOTED)).findFirst().orElseThrow();
        quotes = List.of(new Quote(content, null, Quote.Kind.DIRECT, putin, putin.span(), "test", 0, Double.NaN));
    }

    private static List<Event> eventsOf(String sentence) {
        for (Sentence s : article.sentences()) {
            if (article.article().slice(s.span()).equals(sentence)) {
                return EventCoder.bundled().explain(article, actors, quotes, s.index()).events();
            }
        }
        throw new AssertionError("sentence not found as one sentence: " + sentence);
    }

    private static Event only(String sentence, String codePrefix, String source, String target) {
        List<Event> events = eventsOf(sentence);
        assertThat(events).as("events of: %s", sentence)
                .anyMatch(e -> e.code().startsWith(codePrefix) && e.source().country().equals(source)
                        && e.target() != null && e.target().country().equals(target));
        return events.stream().filter(e -> e.code().startsWith(codePrefix)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "root {1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan expressed optimism about its relations with China.|01|JPN|CHN
            Egypt appealed to Israel for calm.|02|EGY|ISR
            Turkey agreed to meet Greece.|03|TUR|GRC
            Japan held talks with China.|04|JPN|CHN
            Canada praised Mexico for its reforms.|05|CAN|MEX
            Russia shared intelligence with Syria.|06|RUS|SYR
            Japan sent humanitarian aid to Nepal.|07|JPN|NPL
            Israel released Egyptian prisoners.|08|ISR|EGY
            Brazil investigated Argentine companies.|09|BRA|ARG
            Kenya demanded the release of British hostages.|10|KEN|GBR
            China criticized Japan.|11|CHN|JPN
            Iran rejected the American proposal.|12|IRN|USA
            Iran threatened Israel with war.|13|IRN|ISR
            Thousands of Greeks demonstrated against Germany.|14|GRC|DEU
            Russia deployed troops to the Ukrainian border.|15|RUS|UKR
            France expelled Russian diplomats.|16|FRA|RUS
            Russia detained Ukrainian sailors.|17|RUS|UKR
            Syrian rebels kidnapped Turkish journalists.|18|SYR|TUR
            Israel attacked Syria.|19|ISR|SYR
            Serbia committed genocide against Bosnia.|20|SRB|BIH
            """)
    void codesEachRoot(String sentence, String root, String source, String target) {
        Event e = only(sentence, root, source, target);
        assertThat(e.rootCode()).isEqualTo(root);
        assertThat(e.quadClass()).isBetween(1, 4);
        assertThat(article.article().slice(e.trigger())).isNotBlank();
    }

    @Test
    void passiveTakesTheAgentAsSource() {
        only("Iran was criticized by France.", "111", "FRA", "IRN");
    }

    @Test
    void negatedAndHypotheticalActsAreNotCoded() {
        // What did not happen, or only may, is no event; the explanation says why.
        assertThat(eventsOf("Japan did not condemn China.")).isEmpty();
        assertThat(eventsOf("The United States may impose sanctions on Iran.")).isEmpty();
        assertThat(only("China criticized Japan.", "111", "CHN", "JPN").flags()).isEmpty();
    }

    @Test
    void reportedSpeechKeepsAnActorSubjectOrFallsBackToTheSpeaker() {
        assertThat(only("The French minister said Germany criticized Italy.", "111", "DEU", "ITA").flags())
                .contains(Event.Flag.REPORTED);
        Event e = only("Macron said that we condemn Russia.", "11", "FRA", "RUS");
        assertThat(e.source().code()).isEqualTo("FRAGOV");
    }

    @Test
    void directQuoteIsCodedWithItsSpeaker() {
        // "We will attack" is a threat made now (1384), not an attack: the future act is coded as the threat.
        Event e = only(QUOTED, "138", "RUS", "UKR");
        assertThat(e.source().code()).isEqualTo("RUSGOV");
        assertThat(e.quote()).isEqualTo(quotes.get(0).content());
        assertThat(e.flags()).doesNotContain(Event.Flag.NEGATED, Event.Flag.FUTURE);
    }

    @Test
    void nominalTriggers() {
        assertThat(only("Putin in a telephone conversation with Macron discussed the crisis.", "041", "RUS", "FRA")
                .source().code()).isEqualTo("RUSGOV");
        only("Norway held talks with Sweden on Monday.", "04", "NOR", "SWE"); // 046 "hold talks", as PETRARCH-2
        only("US sanctions against Iran hurt ordinary people.", "163", "USA", "IRN");
        only("Merkel's visit to Poland was a success.", "042", "DEU", "POL");
    }

    @Test
    void compoundActorsAndComplements() {
        only("US troops attacked Iraqi villages.", "19", "USA", "IRQ");
        only("Macron called the Russian policy illegal.", "111", "FRA", "RUS");
        Event e = only("Putin stressed the need for the release of Ukrainian prisoners held in France.", "1053",
                "RUS", "UKR");
        assertThat(article.article().slice(e.trigger())).startsWith("stressed").contains("release");
        assertThat(e.isRoot()).isTrue();
    }

    @Test
    void sentenceWithoutEventGivesNone() {
        assertThat(eventsOf("The weather in Norway was cold and wet.")).isEmpty();
        Sentence s = article.sentences().get(article.sentences().size() - 1);
        assertThat(EventCoder.bundled().mayHoldEvent(s)).isFalse();
    }
}
