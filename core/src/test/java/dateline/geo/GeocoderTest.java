package dateline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.EntityMention;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Geocoding on hand-annotated texts: the place mentions are given, as the annotator would tag them. */
class GeocoderTest {
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.bundled();
    }

    /** One-sentence annotation of {@code text}, with every occurrence of {@code places} tagged LOCATION. */
    static AnnotatedArticle annotate(String text, String dateline, String... places) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}'-]+|\\S").matcher(text);
        while (m.find()) {
            String w = m.group();
            String pos = Set.of("in", "at", "near", "of", "for", "to", "with").contains(w) ? "IN"
                    : Set.of("the", "a").contains(w) ? "DT"
                    : Character.isUpperCase(w.charAt(0)) ? "NNP"
                    : w.endsWith("ed") ? "VBD" : Character.isLetter(w.charAt(0)) ? "NN" : w;
            tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), w, w, pos, "O"));
        }
        List<EntityMention> entities = new ArrayList<>();
        for (String p : places) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                int start = at;
                int first = tokens.stream().filter(t -> t.span().start() == start).findFirst().orElseThrow().index();
                int end = at + p.length();
                int last = tokens.stream().filter(t -> t.span().end() == end).findFirst().orElseThrow().index();
                entities.add(new EntityMention(new Span(at, end), "LOCATION", p, 0, first, last + 1));
            }
        }
        entities.sort((x, y) -> x.span().compareTo(y.span()));
        Span datelineSpan = dateline == null ? null : new Span(0, dateline.length());
        Article art = new Article(Article.idOf("t", text), "t", null, null, null, dateline, datelineSpan, null, null,
                text, datelineSpan == null ? List.of() : List.of(datelineSpan), List.of(), "en", List.of());
        Sentence s = new Sentence(0, 0, new Span(0, text.length()), tokens, List.of(), false);
        return new AnnotatedArticle(art, List.of(s), entities, List.of());
    }

    private static List<Place> mentioned(AnnotatedArticle a) {
        return geocoder.geocode(a).stream().filter(p -> p.role() == Place.Role.MENTIONED).toList();
    }

    private static Place at(List<Place> places, AnnotatedArticle a, String surface) {
        return places.stream().filter(p -> a.article().slice(p.span()).equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void parisTexasIsReadAsAPairAndParisAloneIsFrance() {
        AnnotatedArticle texas = annotate("The fair opened in Paris, Texas, on Friday.", null, "Paris", "Texas");
        List<Place> places = mentioned(texas);
        Place paris = at(places, texas, "Paris");
        assertThat(paris.countryIso2()).isEqualTo("US");
        assertThat(paris.adm1()).isEqualTo("USTX");
        assertThat(paris.reason()).contains("qualified by 'Texas'");
        assertThat(at(places, texas, "Texas").featureType()).isEqualTo(Place.FeatureType.ADMIN1);

        AnnotatedArticle france = annotate("Ministers met in Paris and later flew to Lyon.", null, "Paris", "Lyon");
        Place paris2 = at(mentioned(france), france, "Paris");
        assertThat(paris2.countryIso2()).isEqualTo("FR");
        assertThat(paris2.countryFips()).isEqualTo("FR");
        assertThat(paris2.lat()).isBetween(48.5, 49.2);
    }

    @Test
    void georgiaFollowsTheArticlesOtherPlaces() {
        AnnotatedArticle us = annotate("Storms hit Atlanta and much of Georgia overnight.", null, "Atlanta", "Georgia");
        Place ga = at(mentioned(us), us, "Georgia");
        assertThat(ga.featureType()).isEqualTo(Place.FeatureType.ADMIN1);
        assertThat(ga.countryIso2()).isEqualTo("US");

        AnnotatedArticle caucasus = annotate("Talks in Tbilisi focused on Georgia and its borders.", null,
                "Tbilisi", "Georgia");
        Place ge = at(mentioned(caucasus), caucasus, "Georgia");
        assertThat(ge.featureType()).isEqualTo(Place.FeatureType.COUNTRY);
        assertThat(ge.countryIso3()).isEqualTo("GEO");
        assertThat(ge.countryFips()).isEqualTo("GG");
    }

    @Test
    void tripoliIsLebaneseNextToLebanonAndLibyanOtherwise() {
        AnnotatedArticle lebanon = annotate("Fighting in Tripoli worried Lebanon.", null, "Tripoli", "Lebanon");
        assertThat(at(mentioned(lebanon), lebanon, "Tripoli").countryIso2()).isEqualTo("LB");
        AnnotatedArticle bare = annotate("Fighting in Tripoli went on.", null, "Tripoli");
        Place ly = at(mentioned(bare), bare, "Tripoli");
        assertThat(ly.countryIso2()).isEqualTo("LY");
        assertThat(ly.countryFips()).isEqualTo("LY");
    }

    @Test
    void hyphenatedPairsAreGeocodedPartByPart() {
        AnnotatedArticle a = annotate("They signed the Tehran-Baghdad accord.", null, "Tehran-Baghdad");
        List<Place> places = mentioned(a);
        assertThat(places).extracting(Place::name).containsExactly("Tehran", "Baghdad");
        assertThat(a.article().slice(places.get(1).span())).isEqualTo("Baghdad");
        assertThat(places.get(1).countryFips()).isEqualTo("IZ");
    }

    @Test
    void basraHasItsCodes() {
        AnnotatedArticle a = annotate("Ships reached Basra.", null, "Basra");
        Place basra = mentioned(a).get(0);
        assertThat(basra.countryIso3()).isEqualTo("IRQ");
        assertThat(basra.adm1()).isEqualTo("IZ02");
        assertThat(basra.geonameId()).isPositive();
        assertThat(Math.abs(basra.lat() - 30.5)).isLessThan(0.2);
    }

    @Test
    void theDatelineIsTheReportingPlaceAndNeverAnEventsPlaceByDefault() {
        String text = "Tehran - The minister criticized the plan. Aid was delivered in Iraq.";
        AnnotatedArticle a = annotate(text, "Tehran", "Iraq");
        List<Place> places = geocoder.geocode(a);
        assertThat(places.get(0).role()).isEqualTo(Place.Role.REPORTING);
        assertThat(places.get(0).name()).isEqualTo("Tehran");
        int criticized = text.indexOf("criticized");
        int delivered = text.indexOf("delivered");
        Event noPlace = event(new Span(criticized, criticized + 10), null);
        Event inIraq = event(new Span(delivered, delivered + 9), null);
        List<Placement> placed = geocoder.placeEvents(a, List.of(noPlace, inIraq), places);
        // One sentence in this hand annotation: the nearest locative place to each trigger is Iraq.
        assertThat(placed.get(1).place().name()).isEqualTo("Iraq");
        assertThat(placed).allSatisfy(e -> assertThat(e.place() == null || !e.place().name().equals("Tehran")).isTrue());

        AnnotatedArticle none = annotate("Tehran - The minister criticized the plan.", "Tehran");
        Placement e = geocoder.placeEvents(none, List.of(noPlace), geocoder.geocode(none)).get(0);
        assertThat(e.place()).isNull();
        assertThat(e.reason()).contains("dateline not used");
    }

    @Test
    void aPlaceThatIsTheEventsActorIsNotItsLocation() {
        String text = "Iraq rejected the plan.";
        AnnotatedArticle a = annotate(text, null, "Iraq");
        Actor iraq = new Actor("IRQ", "Iraq", "IRQ", null, new Span(0, 4), 0, 0, 1, "test", "name", null, null);
        Event ev = new Event(0, iraq, null, "130", "13", 3, -4.4, null, null, Set.of(), true, new Span(5, 13),
                new Span(0, text.length()), "test", null);
        Placement placed = geocoder.placeEvents(a, List.of(ev), geocoder.geocode(a)).get(0);
        assertThat(placed.place()).isNull();
        assertThat(placed.reason()).contains("its actors");
    }

    private static Event event(Span trigger, Actor source) {
        return new Event(0, source, null, "010", "01", 1, 0, null, null, Set.of(), true, trigger, trigger, "test",
                null);
    }
}
