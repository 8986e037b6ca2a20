package dateline.server;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.geo.Placement;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coder for store tests that needs no models: every clause "COUNTRY VERB COUNTRY [in CITY]" of a small
 * vocabulary becomes one event, with exact spans for the trigger, both actors and the place. The articles the
 * tests write in this little language make a store with known contents.
 */
final class ScriptedCoder implements ArticleCoder {
    private static final Map<String, String> COUNTRIES = Map.of("France", "FRA", "Germany", "DEU", "Iran", "IRN",
            "Iraq", "IRQ", "Spain", "ESP");
    /** verb: code, quad class, Goldstein. */
    private static final Map<String, Object[]> VERBS = Map.of("praised", new Object[] {"051", 1, 3.4},
            "aided", new Object[] {"070", 2, 7.0}, "criticized", new Object[] {"111", 3, -2.0},
            "attacked", new Object[] {"190", 4, -10.0});
    private static final Map<String, double[]> CITIES = Map.of("Paris", new double[] {48.86, 2.35},
            "Baghdad", new double[] {33.34, 44.40}, "Madrid", new double[] {40.42, -3.70});
    private static final Map<String, String> CITY_COUNTRIES = Map.of("Paris", "FRA", "Baghdad", "IRQ", "Madrid",
            "ESP");
    private static final Pattern CLAUSE = Pattern.compile(
            "(France|Germany|Iran|Iraq|Spain) (praised|aided|criticized|attacked) (France|Germany|Iran|Iraq|Spain)"
                    + "(?: in (Paris|Baghdad|Madrid))?");

    @Override
    public CodedArticle code(Article a) {
        List<Event> events = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        Matcher m = CLAUSE.matcher(a.text());
        while (m.find()) {
            Actor source = actor(m, 1);
            Actor target = actor(m, 3);
            actors.add(source);
            actors.add(target);
            Place place = null;
            if (m.group(4) != null) {
                double[] ll = CITIES.get(m.group(4));
                place = new Place(m.group(4), new Span(m.start(4), m.end(4)), Place.Role.MENTIONED,
                        Place.FeatureType.CITY, ll[0], ll[1], null, CITY_COUNTRIES.get(m.group(4)), null, null, 0,
                        "test city");
                places.add(place);
            }
            Object[] v = VERBS.get(m.group(2));
            String code = (String) v[0];
            events.add(new Event(0, source, target, code, code.substring(0, 2), (Integer) v[1], (Double) v[2], null,
                    null, Set.of(), true, new Span(m.start(2), m.end(2)), new Span(m.start(), m.end()),
                    "scripted", null));
            placements.add(new Placement(place, place == null ? null : "test"));
        }
        AnnotatedArticle annotated = new AnnotatedArticle(a, List.of(), List.of(), List.of());
        return new CodedArticle(annotated, new ActorMentions(actors), List.of(), events, places, null, List.of(),
                events.stream().map(e -> EventDate.published(a.date())).toList(), placements);
    }

    private static Actor actor(Matcher m, int group) {
        String code = COUNTRIES.get(m.group(group));
        return new Actor(code, m.group(group), code, null, new Span(m.start(group), m.end(group)), 0, 0, 1,
                "test", "name", null, null);
    }
}
