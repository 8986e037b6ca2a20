package dateline.eval;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.article.Span;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a coded article against the seed gold's actors, quotes and places.
 *
 * <ul>
 *   <li>Actor: some mention overlapping an occurrence of the gold text has the gold code (OK); mentions there
 *       have other codes only (WRONG); no mention there (MISSING).</li>
 *   <li>Quote: a quote whose content contains the gold's first words; OK when its speaker's name, the text the
 *       speaker was resolved from (mention or antecedent), or without a resolved speaker the speaker mention,
 *       contains the gold speaker's last name.</li>
 *   <li>Place: a place whose name or mention equals the gold name; OK when its country matches and, when the
 *       gold gives coordinates, it lies within the gold's tolerance.</li>
 * </ul>
 */
final class ArticleChecker {

    List<CheckReport> check(ArticleChecks gold, CodedArticle coded) {
        Article article = coded.article();
        return List.of(actors(gold, coded, article), quotes(gold, coded, article), places(gold, coded, article));
    }

    private static CheckReport actors(ArticleChecks gold, CodedArticle coded, Article article) {
        List<Actor> mentions = coded.actors().actors();
        List<CheckReport.Item> items = new ArrayList<>();
        for (ArticleChecks.Actor g : gold.actors()) {
            String expected = g.text() + " = " + g.code();
            Set<String> codes = new LinkedHashSet<>();
            for (Span occurrence : occurrences(article.text(), g.text())) {
                for (Actor a : mentions) {
                    if (a.span() != null && a.span().overlaps(occurrence) && a.code() != null) {
                        codes.add(a.code());
                    }
                }
            }
            CheckReport.Status status = codes.contains(g.code()) ? CheckReport.Status.OK
                    : codes.isEmpty() ? CheckReport.Status.MISSING : CheckReport.Status.WRONG;
            items.add(new CheckReport.Item(expected, true, status, codes.isEmpty() ? null : String.join(", ", codes)));
        }
        return new CheckReport("actors", !mentions.isEmpty(), items);
    }

    private static CheckReport quotes(ArticleChecks gold, CodedArticle coded, Article article) {
        List<CheckReport.Item> items = new ArrayList<>();
        for (ArticleChecks.Quote g : gold.quotes()) {
            String expected = "\"" + g.startsWith() + "...\" said by " + g.speaker();
            String want = normalise(g.startsWith());
            Quote hit = null;
            for (Quote q : coded.quotes()) {
                if (q.content() != null && normalise(article.slice(q.content())).contains(want)) {
                    hit = q;
                    break;
                }
            }
            if (hit == null) {
                items.add(new CheckReport.Item(expected, g.required(), CheckReport.Status.MISSING, null));
                continue;
            }
            String speaker = hit.speaker() != null && hit.speaker().name() != null ? hit.speaker().name()
                    : hit.speakerSpan() != null ? article.slice(hit.speakerSpan()) : null;
            String[] names = g.speaker() == null ? new String[0] : g.speaker().strip().split("\\s+");
            // The resolved speaker counts when its canonical name, or the article text it was resolved from (the
            // mention, or a pronoun's antecedent), names the gold speaker: the dictionary may spell a name
            // differently from the article ("Mustafa al-Kadhimi" for "Mustafa Al-Kazemi").
            List<String> said = new ArrayList<>();
            if (speaker != null) {
                said.add(speaker);
            }
            if (hit.speaker() != null) {
                said.add(article.slice(hit.speaker().span()));
                if (hit.speaker().antecedent() != null) {
                    said.add(article.slice(hit.speaker().antecedent()));
                }
            }
            boolean ok = names.length > 0 && said.stream()
                    .anyMatch(x -> normalise(x).contains(normalise(names[names.length - 1])));
            items.add(new CheckReport.Item(expected, g.required(), ok ? CheckReport.Status.OK : CheckReport.Status.WRONG,
                    (speaker == null ? "no speaker" : speaker) + " (" + hit.kind() + ")"));
        }
        return new CheckReport("quotes", !coded.quotes().isEmpty(), items);
    }

    private static CheckReport places(ArticleChecks gold, CodedArticle coded, Article article) {
        List<CheckReport.Item> items = new ArrayList<>();
        for (ArticleChecks.Place g : gold.places()) {
            String expected = g.name() + " (" + g.country() + (Double.isNaN(g.lat()) ? ""
                    : String.format(Locale.ROOT, " %.2f,%.2f", g.lat(), g.lon())) + ")";
            CheckReport.Item best = null;
            for (Place p : coded.places()) {
                boolean named = g.name().equalsIgnoreCase(p.name())
                        || p.span() != null && g.name().equalsIgnoreCase(article.slice(p.span()).strip());
                if (!named) {
                    continue;
                }
                double km = Double.isNaN(g.lat()) ? 0 : distanceKm(g.lat(), g.lon(), p.lat(), p.lon());
                boolean countryOk = g.country() == null || g.country().equalsIgnoreCase(p.countryIso2());
                String found = String.format(Locale.ROOT, "%s (%s %.2f,%.2f%s)", p.name(), p.countryIso2(), p.lat(),
                        p.lon(), Double.isNaN(g.lat()) ? "" : String.format(Locale.ROOT, ", %.0f km off", km));
                if (countryOk && km <= gold.placeToleranceKm()) {
                    best = new CheckReport.Item(expected, g.required(), CheckReport.Status.OK, found);
                    break;
                }
                if (best == null) {
                    best = new CheckReport.Item(expected, g.required(), CheckReport.Status.WRONG, found);
                }
            }
            items.add(best != null ? best : new CheckReport.Item(expected, g.required(), CheckReport.Status.MISSING,
                    null));
        }
        return new CheckReport("places", !coded.places().isEmpty(), items);
    }

    private static List<Span> occurrences(String text, String needle) {
        List<Span> out = new ArrayList<>();
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            out.add(new Span(at, at + needle.length()));
        }
        return out;
    }

    private static String normalise(String s) {
        return s.replaceAll("[\"\u201C\u201D]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Great-circle distance on a sphere of the Earth's mean radius. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
