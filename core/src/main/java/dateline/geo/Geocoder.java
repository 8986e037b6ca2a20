package dateline.geo;

import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places of an article on the map and keeps their roles apart: the reporting place (the dateline), the
 * places mentioned, and each event's own place.
 *
 * <p>Ambiguous names are settled by the article itself: a reading in a country the article names elsewhere wins
 * ("Tripoli" next to "Lebanon"), a "City, Region" pair is read together ("Paris, Texas"), a country name is a
 * country unless the article's other places point to a namesake ("Georgia" next to "Atlanta"), and otherwise the
 * larger place wins. Names joined by a hyphen ("Tehran-Baghdad") are geocoded one by one.
 */
public final class Geocoder {
    private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*,\\s*");
    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}][\\p{L}\\p{M}.' ]*[\\p{L}.]");

    private final Gazetteer gazetteer;
    private final EventPlacer eventPlacer = new EventPlacer();

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A geocoder over the bundled gazetteer. */
    public static Geocoder bundled() {
        return new Geocoder(Gazetteer.bundled());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The article's places: the reporting place first (role REPORTING, from the dateline), then every place
     * mention in text order (role MENTIONED). Mentions the gazetteer does not know are left out.
     */
    public List<Place> geocode(AnnotatedArticle a) {
        Article art = a.article();
        List<Name> names = names(a);
        Map<Name, List<GazetteerEntry>> candidates = new HashMap<>();
        for (Name n : names) {
            candidates.put(n, gazetteer.lookup(n.text));
        }
        Context context = new Context(names, candidates);
        Map<Name, Choice> chosen = new HashMap<>();
        // "City, Region" pairs first: the pair decides both readings.
        for (int i = 0; i + 1 < names.size(); i++) {
            Name n = names.get(i);
            Name q = names.get(i + 1);
            if (chosen.containsKey(n) || n.span.end() > q.span.start()
                    || !QUALIFIER_GAP.matcher(art.text().substring(n.span.end(), q.span.start())).matches()) {
                continue;
            }
            Choice best = null;
            for (GazetteerEntry e : candidates.get(n)) {
                for (GazetteerEntry r : candidates.get(q)) {
                    if (e.within(r) && (best == null || score(e, n, candidates.get(n), context) > best.score)) {
                        best = new Choice(e, score(e, n, candidates.get(n), context), r, "qualified by '" + q.text + "'");
                    }
                }
            }
            if (best != null) {
                chosen.put(n, best);
                chosen.put(q, new Choice(best.region, 0, null, "qualifies '" + n.text + "'"));
            }
        }
        List<Place> places = new ArrayList<>();
        Place reporting = reportingPlace(art, context);
        if (reporting != null) {
            places.add(reporting);
        }
        for (Name n : names) {
            Choice c = chosen.containsKey(n) ? chosen.get(n) : choose(n, candidates.get(n), context);
            if (c != null) {
                places.add(place(c.entry, n.span, Place.Role.MENTIONED, c.reason));
            }
        }
        return List.copyOf(places);
    }

    /**
     * Where each event happened: the place named in its own clause ("... resources in Iraq"), or none, with the
     * reason; one placement per event, in event order. The dateline is never used: a Tehran dateline says where
     * the reporter was, not where things happened.
     */
    public List<Placement> placeEvents(AnnotatedArticle a, List<Event> events, List<Place> places) {
        return eventPlacer.place(a, events, places);
    }

    private Place reportingPlace(Article art, Context context) {
        if (art.datelinePlace() == null || art.datelineSpan() == null) {
            return null;
        }
        Name n = new Name(art.datelinePlace(), art.datelineSpan(), -1);
        Choice c = choose(n, gazetteer.lookup(art.datelinePlace()), context);
        return c == null ? null : place(c.entry, art.datelineSpan(), Place.Role.REPORTING, "dateline; " + c.reason);
    }

    private Choice choose(Name n, List<GazetteerEntry> cands, Context context) {
        if (cands.isEmpty()) {
            return null;
        }
        if (cands.size() == 1) {
            return new Choice(cands.get(0), 0, null, "only candidate");
        }
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : cands) {
            double s = score(e, n, cands, context);
            if (s > bestScore || (s == bestScore && e.population() > best.population())) {
                best = e;
                bestScore = s;
            }
        }
        String reason;
        if (best.featureType() == Place.FeatureType.COUNTRY) {
            reason = "country name (" + cands.size() + " candidates)";
        } else if (context.othersName(best.iso2(), n)) {
            reason = "in a country the article names (" + best.iso2() + "), of " + cands.size() + " candidates";
        } else {
            reason = "largest of " + cands.size() + " candidates";
        }
        return new Choice(best, bestScore, null, reason);
    }

    /**
     * How likely a reading is: a country name is the country unless the article's other places point to a
     * namesake; a city gains for its size, for lying in a country or subdivision the article names, and for being
     * a capital.
     */
    private static double score(GazetteerEntry e, Name n, List<GazetteerEntry> cands, Context context) {
        boolean inContext = context.othersName(e.iso2(), n);
        return switch (e.featureType()) {
            case COUNTRY -> inContext || cands.stream().noneMatch(o -> o != e && context.othersName(o.iso2(), n))
                    ? 10 : 5;
            case ADMIN1 -> 6 + (inContext ? 3 : 0);
            case CITY -> Math.log10(Math.max(e.population(), 1)) + (inContext ? 3 : 0)
                    + ("PPLC".equals(e.featureCode()) ? 1 : 0)
                    + (context.admin1Named(e) ? 2 : 0);
        };
    }

    private Place place(GazetteerEntry e, Span span, Place.Role role, String reason) {
        Country c = gazetteer.country(e.iso2());
        String fips = c == null ? null : c.fips();
        String adm1 = e.admin1() == null || fips == null ? null : fips + e.admin1();
        return new Place(e.name(), span, role, e.featureType(), e.lat(), e.lon(), e.iso2(),
                c == null ? null : c.iso3(), fips, adm1, e.geonameId(), reason);
    }

    /**
     * The place names to geocode: the annotator's place mentions outside boilerplate, with "A-B" compounds and
     * "City, Region" mentions split into their parts when the whole is not a known name.
     */
    private List<Name> names(AnnotatedArticle a) {
        Article art = a.article();
        List<Name> out = new ArrayList<>();
        for (EntityMention m : a.entities()) {
            if (!m.isPlace() || art.isBoilerplate(m.span())) {
                continue;
            }
            String text = art.slice(m.span());
            if (!gazetteer.lookup(text).isEmpty() || (text.indexOf('-') < 0 && text.indexOf(',') < 0)) {
                out.add(new Name(text, m.span(), m.sentence()));
                continue;
            }
            Matcher part = COMPOUND.matcher(text);
            while (part.find()) {
                for (String piece : part.group().split("-")) {
                    int at = text.indexOf(piece, part.start());
                    String p = piece.strip();
                    if (!p.isEmpty()) {
                        int start = m.span().start() + at + piece.indexOf(p);
                        out.add(new Name(p, new Span(start, start + p.length()), m.sentence()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(n -> n.span));
        return out;
    }

    private record Name(String text, Span span, int sentence) {
    }

    private record Choice(GazetteerEntry entry, double score, GazetteerEntry region, String reason) {
    }

    /** The countries and subdivisions the article names, counted per mention so a mention is not its own context. */
    private static final class Context {
        private final Map<String, Set<Name>> countries = new HashMap<>();
        private final Map<String, Set<Name>> admin1 = new HashMap<>();

        Context(List<Name> names, Map<Name, List<GazetteerEntry>> candidates) {
            for (Name n : names) {
                List<GazetteerEntry> cands = candidates.get(n);
                // A name points to a country when it is that country's name or all its readings lie there.
                boolean oneCountry = cands.stream().map(GazetteerEntry::iso2).distinct().count() == 1;
                for (GazetteerEntry e : cands) {
                    boolean certain = oneCountry || e.featureType() == Place.FeatureType.COUNTRY;
                    if (certain) {
                        countries.computeIfAbsent(e.iso2(), k -> new HashSet<>()).add(n);
                    }
                    if (e.featureType() == Place.FeatureType.ADMIN1) {
                        admin1.computeIfAbsent(e.iso2() + "." + e.admin1(), k -> new HashSet<>()).add(n);
                    }
                }
            }
        }

        boolean othersName(String iso2, Name self) {
            Set<Name> by = countries.get(iso2);
            return by != null && (by.size() > 1 || !by.contains(self));
        }

        boolean admin1Named(GazetteerEntry city) {
            return city.admin1() != null && admin1.containsKey(city.iso2() + "." + city.admin1());
        }
    }
}
