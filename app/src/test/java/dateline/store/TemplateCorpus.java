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
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import dateline.tone.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated corpus for the reliability tests, and a fast coder for it. Articles are built from templates
 * (written for these tests) with varied countries, verbs, days and topics, so that they code to real events and no
 * two are near duplicates. The coder is a stand-in for CoreNLP: it finds "the government of X VERB the government
 * of Y" in each sentence with a pattern, which is all the store and ingest code under test needs, and it starts in
 * milliseconds instead of the tens of seconds CoreNLP takes to load.
 */
final class TemplateCorpus {
    record Country(String name, String code, String capital, String iso3, String fips, long geonameId) {
    }

    record Verb(String words, String code, int quad, double goldstein) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("France", "FRA", "Paris", "FRA", "FR", 2988507),
            new Country("Germany", "DEU", "Berlin", "DEU", "GM", 2950159),
            new Country("Italy", "ITA", "Rome", "ITA", "IT", 3169070),
            new Country("Spain", "ESP", "Madrid", "ESP", "SP", 3117735),
            new Country("Norway", "NOR", "Oslo", "NOR", "NO", 3143244),
            new Country("Sweden", "SWE", "Stockholm", "SWE", "SW", 2673730),
            new Country("Kenya", "KEN", "Nairobi", "KEN", "KE", 184745),
            new Country("Egypt", "EGY", "Cairo", "EGY", "EG", 360630),
            new Country("Brazil", "BRA", "Brasilia", "BRA", "BR", 3469058),
            new Country("Chile", "CHL", "Santiago", "CHL", "CI", 3871336),
            new Country("Japan", "JPN", "Tokyo", "JPN", "JA", 1850147));

    static final List<Verb> VERBS = List.of(
            new Verb("met", "042", 1, 1.9),
            new Verb("criticised", "111", 3, -2.0),
            new Verb("praised", "051", 1, 3.4),
            new Verb("accused", "112", 3, -2.0),
            new Verb("threatened", "130", 3, -4.4),
            new Verb("thanked", "051", 1, 3.4),
            new Verb("rebuked", "111", 3, -2.0));

    private static final List<String> TOPICS = List.of("fishing quotas in the northern sea",
            "the price of natural gas this winter", "a new rail link between the two capitals",
            "vaccine supplies for rural clinics", "water from the shared river basin",
            "student visas and university exchanges", "the safety of cargo ships in busy straits",
            "tariffs on steel and aluminium imports", "a disputed stretch of the border");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> CLOSINGS = List.of(
            "Neither side published a written statement after the session ended.",
            "Diplomats expect another round of contacts before the summer recess.",
            "Opposition lawmakers asked for the minutes of the meeting to be released.",
            "Markets barely moved on the news, according to traders in both countries.",
            "A joint committee is due to report on the matter within ninety days.");
    private static final List<String> WORDS = List.of("amber", "basalt", "cedar", "delta", "ember", "fjord",
            "granite", "harbour", "indigo", "juniper", "kestrel", "lagoon", "meadow");

    private static final Pattern CLAUSE = Pattern.compile("[Tt]he government of (\\p{Lu}\\p{L}+) (\\p{L}+) "
            + "the government of (\\p{Lu}\\p{L}+)");

    private TemplateCorpus() {
    }

    /** The text of article {@code i}: one or two coded clauses, a place, a topic, a closing remark. */
    static String text(int i) {
        Country a = COUNTRIES.get(i % COUNTRIES.size());
        Country b = COUNTRIES.get((i * 5 + 3) % COUNTRIES.size());
        if (a == b) {
            b = COUNTRIES.get((i + 1) % COUNTRIES.size());
        }
        Verb v = VERBS.get(i % VERBS.size());
        StringBuilder t = new StringBuilder();
        t.append("The government of ").append(a.name()).append(' ').append(v.words()).append(" the government of ")
                .append(b.name()).append(" on ").append(DAYS.get(i % DAYS.size())).append(" in ")
                .append(a.capital()).append(". ");
        t.append("Officials said the discussion covered ").append(TOPICS.get(i % TOPICS.size()))
                .append(", and that the ").append(WORDS.get(i % WORDS.size())).append(" file number ")
                .append(1000 + i * 37).append(" remained open. ");
        if (i % 3 == 0) {
            Verb w = VERBS.get((i / 3) % VERBS.size());
            t.append("A day later the government of ").append(b.name()).append(' ').append(w.words())
                    .append(" the government of ").append(a.name()).append(" in a short broadcast. ");
        }
        t.append(CLOSINGS.get(i % CLOSINGS.size())).append(' ')
                .append("Reporters counted ").append(3 + (i * 7) % 40).append(" delegates and ")
                .append(WORDS.get((i * 3 + 1) % WORDS.size())).append(" banners outside the ministry.");
        return t.toString();
    }

    /**
     * Rewrites {@code corpus.jsonl} in {@code dir} as a later edition: every fourth article of it has a corrected
     * text (a new version of the same source, which replaces the old one in counts and search), and one article is
     * new. Returns how many versions and new articles it holds.
     */
    static int update(Path dir, int n, int files) {
        StringBuilder jsonl = new StringBuilder();
        int changed = 0;
        for (int i = files; i <= n; i++) {
            LocalDate day = LocalDate.of(2024, 3, 4).plusDays(i % 5);
            String text = text(i);
            if (i % 4 == 1 || i == n) {
                text += " Later reports corrected the count of delegates given by the ministry.";
                changed++;
            }
            jsonl.append("{\"id\": \"wire-").append(i).append("\", \"date\": \"").append(day)
                    .append("\", \"title\": \"Item ").append(i).append("\", \"text\": \"").append(text)
                    .append("\"}\n");
        }
        try {
            Files.writeString(dir.resolve("corpus.jsonl"), jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /**
     * Writes {@code n} articles into {@code dir}: the first {@code files} as one text file each, the rest as lines of
     * {@code corpus.jsonl} with dates spread over five days. Returns the paths to ingest.
     */
    static List<Path> write(Path dir, int n, int files) {
        try {
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < Math.min(n, files); i++) {
                Path p = dir.resolve(String.format(Locale.ROOT, "article-%03d.txt", i));
                Files.writeString(p, text(i) + "\n", StandardCharsets.UTF_8);
                out.add(p);
            }
            if (n > files) {
                StringBuilder jsonl = new StringBuilder();
                for (int i = files; i < n; i++) {
                    LocalDate day = LocalDate.of(2024, 3, 4).plusDays(i % 5);
                    jsonl.append("{\"id\": \"wire-").append(i).append("\", \"date\": \"").append(day)
                            .append("\", \"title\": \"Item ").append(i).append("\", \"text\": \"").append(text(i))
                            .append("\"}\n");
                }
                Path p = dir.resolve("corpus.jsonl");
                Files.writeString(p, jsonl, StandardCharsets.UTF_8);
                out.add(p);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A coder for template articles that sleeps {@code delayMillis} per article, as real coding takes time. */
    static Function<Article, CodedArticle> coder(long delayMillis) {
        return a -> {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return code(a);
        };
    }

    /** Codes a template article: one event per "government of X VERB the government of Y" clause. */
    static CodedArticle code(Article a) {
        AnnotatedArticle annotated = Fixtures.annotate(a);
        List<Event> events = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            Matcher m = CLAUSE.matcher(a.text()).region(s.span().start(), s.span().end());
            while (m.find()) {
                Country src = country(m.group(1));
                Country tgt = country(m.group(3));
                Verb v = VERBS.stream().filter(x -> x.words().equals(m.group(2))).findFirst().orElse(null);
                if (src == null || tgt == null || v == null) {
                    continue;
                }
                Actor source = actor(src, new Span(m.start(1), m.end(1)), s.index());
                Actor target = actor(tgt, new Span(m.start(3), m.end(3)), s.index());
                actors.add(source);
                actors.add(target);
                Place place = null;
                int in = a.text().indexOf(" in " + src.capital(), m.end());
                if (in >= 0 && in < s.span().end()) {
                    place = new Place(src.capital(), new Span(in + 4, in + 4 + src.capital().length()),
                            Place.Role.MENTIONED, Place.FeatureType.CITY, 0, 0, src.iso3().substring(0, 2),
                            src.iso3(), src.fips(), null, src.geonameId(), "template");
                    places.add(place);
                }
                events.add(new Event(s.index(), source, target, v.code(), v.code().substring(0, 2), v.quad(),
                        v.goldstein(), "CONSULT", null, Set.of(), events.isEmpty(),
                        new Span(m.start(2), m.end(2)), s.span(), "template:" + v.code(), null));
                placements.add(new Placement(place, place == null ? null : "template"));
            }
        }
        return new CodedArticle(annotated, new ActorMentions(actors), List.of(), events, places,
                new Tone(-1.5 + events.size(), 2, 1, 3, 10, 0, annotated.sentences().size() * 10), List.of(),
                events.stream().map(e -> EventDate.published(a.date())).toList(), placements);
    }

    private static Actor actor(Country c, Span span, int sentence) {
        return new Actor(c.code() + "GOV", "government of " + c.name(), c.code(), "GOV", span, sentence, 0, 1,
                "template:" + c.code(), "name", DateBasis.UNDATED, null);
    }

    private static Country country(String name) {
        return COUNTRIES.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
