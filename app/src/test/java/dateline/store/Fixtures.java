package dateline.store;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.geo.Placement;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import dateline.tone.Tone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-built coded articles for store tests: no CoreNLP, sentences and tokens split on punctuation and spaces. */
final class Fixtures {
    /** Written for these tests. */
    static final String TALKS = "The foreign minister of Norway met the Swedish trade envoy in Oslo on Monday. "
            + "They agreed to reopen the northern rail crossing that was closed after the storm last winter. "
            + "Officials from both capitals said freight trains would run again before the end of the month, "
            + "and that passenger services would follow once the damaged bridge near the border is repaired.";

    private Fixtures() {
    }

    static Article article(String source, String agency, String url, LocalDate date, String title, String text) {
        // A wire dateline such as "OSLO (Nordic Wire) - " is boilerplate, as the article reader marks it.
        Matcher d = Pattern.compile("^[A-Z]+ \\([^)]*\\) - ").matcher(text);
        List<Span> boilerplate = d.find() ? List.of(new Span(0, d.end())) : List.of();
        return new Article(Article.idOf(source, text), source, agency, null, url, null, null, date, title, text,
                boilerplate, List.of(), "en", List.of());
    }

    static AnnotatedArticle annotate(Article a) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?]+[.!?]?").matcher(a.text());
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(a.text().charAt(start))) {
                start++;
            }
            if (start >= m.end()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            Matcher t = Pattern.compile("\\S+").matcher(a.text()).region(start, m.end());
            while (t.find()) {
                tokens.add(new Token(tokens.size(), new Span(t.start(), t.end()), t.group(), t.group(), "NN", "O"));
            }
            sentences.add(new Sentence(sentences.size(), 0, new Span(start, m.end()), tokens, List.of(), false));
        }
        return new AnnotatedArticle(a, sentences, List.of(), List.of());
    }

    static Actor actor(Article a, String code, String name, String mention) {
        int at = a.text().indexOf(mention);
        if (at < 0) {
            throw new IllegalArgumentException("no \"" + mention + "\" in the text");
        }
        return new Actor(code, name, Actor.countryOf(code), null, new Span(at, at + mention.length()), 0, 0, 1,
                "test:1", "name", DateBasis.UNDATED, null);
    }

    static Place place(String name, String iso3, String fips, long geonameId) {
        return new Place(name, null, Place.Role.MENTIONED, Place.FeatureType.CITY, 59.91, 10.75,
                iso3.substring(0, 2), iso3, fips, null, geonameId, "test");
    }

    /** A fixture event and where it happened. */
    record PlacedEvent(Event event, Placement placement) {
    }

    static PlacedEvent event(Article a, Actor source, Actor target, String code, int quad, double goldstein,
            String trigger, Place place, Event.Flag... flags) {
        int at = a.text().indexOf(trigger);
        Span sentence = annotate(a).sentences().get(0).span();
        return new PlacedEvent(new Event(0, source, target, code, code.substring(0, 2), quad, goldstein, "CONSULT",
                null, Set.of(flags), true, new Span(at, at + trigger.length()), sentence, "test-rule:" + code, null),
                new Placement(place, place == null ? null : "test"));
    }

    static CodedArticle coded(Article a, List<PlacedEvent> placed, double tone) {
        List<Actor> actors = new ArrayList<>();
        List<Event> events = placed.stream().map(PlacedEvent::event).toList();
        for (Event e : events) {
            if (e.source() != null) {
                actors.add(e.source());
            }
            if (e.target() != null) {
                actors.add(e.target());
            }
        }
        List<Placement> placements = placed.stream().map(PlacedEvent::placement).toList();
        List<Place> places = placements.stream().map(Placement::place).filter(p -> p != null).distinct().toList();
        AnnotatedArticle annotated = annotate(a);
        return new CodedArticle(annotated, new ActorMentions(actors), List.of(), events, places,
                new Tone(tone, 2, 1, 3, 10, 0, 50), List.of(),
                events.stream().map(e -> EventDate.published(a.date())).toList(), placements);
    }

    /** The talks article from a source, with a meeting (Norway to Sweden, 042, in Oslo) and an agreement. */
    static CodedArticle talks(String source, String agency, String text, LocalDate date, double tone) {
        Article a = article(source, agency, null, date, "Rail crossing to reopen", text);
        Actor nor = actor(a, "NORGOV", "Norway foreign minister", "foreign minister of Norway");
        Actor swe = actor(a, "SWEGOV", "Swedish trade envoy", "Swedish trade envoy");
        Place oslo = place("Oslo", "NOR", "NO", 3143244);
        return coded(a, List.of(
                event(a, nor, swe, "042", 1, 1.9, "met", oslo),
                event(a, nor, swe, "057", 1, 8.0, "agreed", null)), tone);
    }
}
