package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import dateline.time.EventDate;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator over the hand-written seed-format fixture, with a stand-in coder instead of the pipeline. */
class EvaluatorTest {
    @TempDir
    Path dir;

    private GoldSet gold;
    private Article article;

    @BeforeEach
    void read() throws Exception {
        for (String name : List.of("mini-gold.json", "mini-article.txt")) {
            try (InputStream in = EvaluatorTest.class.getResourceAsStream(name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        gold = GoldFiles.bundled().read(dir.resolve("mini-gold.json"),
                new GoldOptions(null, null, List.of(), LocalDate.of(2026, 1, 1)));
        article = gold.documents().get(0).article();
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        String text = article.text();
        int start = 0;
        for (String s : List.of("The Chilean minister met the Peruvian president in Lima on Monday.",
                "She later rejected the fishing accord: \"We will not sign this text,\" said Ana Rojas.",
                "Talks resume in June.")) {
            int at = text.indexOf(s, start);
            out.add(new Sentence(out.size(), out.size(), new Span(at, at + s.length()), List.of(), List.of(), true));
            start = at + s.length();
        }
        return out;
    }

    private Actor actor(String code, String text) {
        int at = article.text().indexOf(text);
        return new Actor(code, text, Actor.countryOf(code), null, new Span(at, at + text.length()), 0, 0, 1, "test",
                "name", DateBasis.UNDATED, null);
    }

    private Event event(int sentence, String code, Actor source, Actor target, String trigger) {
        Span s = sentences().get(sentence).span();
        int at = article.text().indexOf(trigger);
        return new Event(sentence, source, target, code, code.substring(0, 2), 1, 0, null, null, Set.of(), true,
                new Span(at, at + trigger.length()), s, "test", null);
    }

    private CodedArticle coded(List<Event> events, List<Actor> actors, List<Quote> quotes, List<Place> places) {
        return new CodedArticle(new AnnotatedArticle(article, sentences(), List.of(), List.of()),
                new ActorMentions(actors), quotes, events, places, null, List.of());
    }

    @Test
    void scoresEventsByTheirSentenceAndCountsEventsOfUnnamedSentencesAsFalsePositives() {
        Actor minister = actor("CHLGOV", "Chilean minister");
        Actor president = actor("PERGOV", "Peruvian president");
        List<Event> events = List.of(
                event(0, "042", minister, president, "met"),
                event(0, "030", minister, null, "met"),
                event(1, "120", minister, president, "rejected"),
                event(2, "036", minister, president, "resume"));
        EvalReport r = new Evaluator(a -> coded(events, List.of(), List.of(), List.of())).evaluate(gold);

        // E1 and E2 fall in the same annotated sentence and are scored together.
        assertThat(r.sentences()).extracting(s -> s.sentence().id()).containsExactly("E1+E2", "E3", "sentence 2");
        LevelScores strict = r.at(Level.CODE_COUNTRIES);
        assertThat(strict.tp()).isEqualTo(2);
        assertThat(strict.optional()).isEqualTo(1);
        assertThat(strict.fp()).isEqualTo(1);
        assertThat(strict.fn()).isZero();
        assertThat(strict.emittingSentences()).isEqualTo(3);
        assertThat(strict.clean()).isEqualTo(2);
        assertThat(r.requiredEvents()).isEqualTo(2);
        assertThat(r.optionalEvents()).isEqualTo(1);
        assertThat(r.codedEvents()).isEqualTo(4);
        assertThat(r.confusion().count(Confusion.NONE, "03")).isEqualTo(1);
    }

    @Test
    void negatedEventsAreCountedButNotScored() {
        Actor minister = actor("CHLGOV", "Chilean minister");
        Actor president = actor("PERGOV", "Peruvian president");
        Event signed = event(1, "057", minister, president, "rejected");
        Event notSigned = new Event(signed.sentence(), signed.source(), signed.target(), signed.code(),
                signed.rootCode(), signed.quadClass(), signed.goldstein(), null, null, Set.of(Event.Flag.NEGATED),
                false, signed.trigger(), signed.sentenceSpan(), "test", null);
        EvalReport plain = new Evaluator(a -> coded(List.of(signed), List.of(), List.of(), List.of())).evaluate(gold);
        EvalReport negated = new Evaluator(a -> coded(List.of(notSigned), List.of(), List.of(), List.of()))
                .evaluate(gold);
        assertThat(plain.at(Level.ROOT).fp()).isEqualTo(1);
        assertThat(plain.negated()).isZero();
        assertThat(negated.at(Level.ROOT).fp()).as("a negated event is not a false positive").isZero();
        assertThat(negated.codedEvents()).isZero();
        assertThat(negated.negated()).isEqualTo(1);
    }

    @Test
    void checksReportNotProducedStagesAndJudgeProducedOnes() {
        EvalReport empty = new Evaluator(a -> coded(List.of(), List.of(), List.of(), List.of())).evaluate(gold);
        assertThat(empty.checks()).extracting(CheckReport::stage).containsExactly("actors", "quotes", "places");
        assertThat(empty.checks()).noneMatch(CheckReport::produced);

        String text = article.text();
        int q = text.indexOf("We will not sign");
        Actor rojas = actor("CHLGOV", "Ana Rojas");
        Quote quote = new Quote(new Span(q, q + 21), null, Quote.Kind.DIRECT, rojas, rojas.span(), "explicit cue",
                1, Double.NaN);
        int lima = text.indexOf("Lima");
        Place farLima = new Place("Lima", new Span(lima, lima + 4), Place.Role.MENTIONED, Place.FeatureType.CITY,
                -12.5, -77.0, "PE", "PER", "PE", null, 0, "test");
        EvalReport full = new Evaluator(a -> coded(List.of(), List.of(actor("CHL", "Chilean minister")),
                List.of(quote), List.of(farLima))).evaluate(gold);
        Map<String, CheckReport> byStage = new java.util.HashMap<>();
        full.checks().forEach(c -> byStage.put(c.stage(), c));
        assertThat(byStage.get("actors").items().get(0).status()).isEqualTo(CheckReport.Status.WRONG);
        assertThat(byStage.get("actors").items().get(0).found()).isEqualTo("CHL");
        assertThat(byStage.get("quotes").items().get(0).status()).isEqualTo(CheckReport.Status.OK);
        // 0.45 degrees of latitude is about 50 km: outside the 25 km tolerance.
        assertThat(byStage.get("places").items().get(0).status()).isEqualTo(CheckReport.Status.WRONG);
        assertThat(byStage.get("places").items().get(0).found()).contains("50 km off");
    }

    @Test
    void aFailingCoderCountsAsCodingNothing() {
        EvalReport r = new Evaluator(a -> {
            throw new IllegalStateException("boom");
        }).evaluate(gold);
        assertThat(r.failures()).singleElement().asString().contains("boom");
        assertThat(r.at(Level.ROOT).fn()).isEqualTo(2);
        assertThat(r.checks()).isEmpty();
    }

    @Test
    void textAndJsonReportsCarryTheScores() {
        Actor minister = actor("CHLGOV", "Chilean minister");
        Actor president = actor("PERGOV", "Peruvian president");
        EvalReport r = new Evaluator(a -> coded(List.of(event(0, "042", minister, president, "met")), List.of(),
                List.of(), List.of())).evaluate(gold);
        StringWriter w = new StringWriter();
        ReportText.print(r, new PrintWriter(w));
        String text = w.toString();
        assertThat(text).contains("mini-gold.json").contains("code+countries").contains("\"met\"")
                .contains("quotes: not produced");
        assertThat(text).containsPattern("code\\+countries\\s+1\\s+0\\s+1\\s+0\\s+0\\s+1\\.000\\s+0\\.500\\s+0\\.667");

        Map<String, Object> json = ReportJson.tree(r);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> levels = (Map<String, Map<String, Map<String, Object>>>) json
                .get("levels");
        assertThat(levels.get("root+countries").get("events")).containsEntry("tp", 1L).containsEntry("fn", 1L)
                .containsEntry("precision", 1.0).containsEntry("recall", 0.5);
        assertThat(json.get("format")).isEqualTo("SEED");
    }

    @Test
    void dateAccuracyComparesTheMatchedEventsDateWithTheGoldsAndWithThePublicationDate() {
        Actor minister = actor("CHLGOV", "Chilean minister");
        Actor president = actor("PERGOV", "Peruvian president");
        Event met = event(0, "042", minister, president, "met");
        int at = article.text().indexOf("on Monday");
        EventDate monday = new EventDate(LocalDate.of(2022, 5, 9), LocalDate.of(2022, 5, 9),
                EventDate.Basis.RELATIVE_WEEKDAY, new Span(at, at + 9), "on Monday");
        EvalReport dated = new Evaluator(a -> new CodedArticle(new AnnotatedArticle(article, sentences(), List.of(),
                List.of()), new ActorMentions(List.of()), List.of(), List.of(met), List.of(), null, List.of(),
                List.of(monday))).evaluate(gold);
        assertThat(dated.dates().goldDated()).isEqualTo(1);
        assertThat(dated.dates().matched()).isEqualTo(1);
        assertThat(dated.dates().correct()).isEqualTo(1);
        // Dated by its report (Tuesday 10 May), as GDELT dates it, the meeting is a day off.
        assertThat(dated.dates().publicationCorrect()).isZero();

        EvalReport byPublication = new Evaluator(a -> coded(List.of(met), List.of(), List.of(), List.of()))
                .evaluate(gold);
        assertThat(byPublication.dates().correct()).isZero();
        assertThat(byPublication.dates().misses()).containsExactly("E1: gold 2022-05-09, coded 2022-05-10 "
                + "(PUBLICATION_DATE)");
        StringWriter w = new StringWriter();
        ReportText.print(byPublication, new PrintWriter(w));
        assertThat(w.toString()).contains("event dates: 0/1 right (0.000)");
        assertThat(ReportJson.tree(dated).get("dates")).asString().contains("accuracy=1.0");
    }
}
