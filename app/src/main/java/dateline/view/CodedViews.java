package dateline.view;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.article.RelatedLink;
import dateline.article.Span;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.geo.Placement;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import dateline.record.EventFlags;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON views of coded articles: every fact with its span and the text it covers, so evidence can be checked.
 * Shared by {@code dateline code --format json} and the server's {@code POST /api/code}.
 */
public final class CodedViews {
    private CodedViews() {
    }

    public static Map<String, Object> article(String input, CodedArticle c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("article", articleView(c.article()));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < c.events().size(); i++) {
            events.add(event(c.article(), c.events().get(i), c.placementOf(i), c.dateOf(i)));
        }
        m.put("events", events);
        m.put("actors", c.actors().actors().stream().map(a -> actor(c.article(), a)).toList());
        m.put("quotes", c.quotes().stream().map(q -> quote(c.article(), q)).toList());
        m.put("places", c.places().stream().map(p -> place(c.article(), p)).toList());
        m.put("tone", c.tone());
        m.put("notes", c.notes());
        return m;
    }

    /** The article's metadata and text. */
    public static Map<String, Object> articleView(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("agency", a.agency());
        m.put("agencyCode", a.agencyCode());
        m.put("url", a.url());
        m.put("datelinePlace", a.datelinePlace());
        m.put("datelineSpan", a.datelineSpan());
        m.put("date", a.date());
        m.put("title", a.title());
        m.put("language", a.language());
        m.put("relatedLinks", a.relatedLinks().stream().map(RelatedLink::title).toList());
        m.put("boilerplate", a.boilerplate().stream().map(s -> Map.of("span", s, "text", a.slice(s))).toList());
        m.put("warnings", a.warnings());
        m.put("text", a.text());
        return m;
    }

    public static Map<String, Object> evidence(Article a, Span s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("text", a.slice(s));
        return m;
    }

    /** An event with its date: {@code date} (ISO day or START/END range), {@code dateStart}, {@code dateEnd},
     *  {@code dateBasis} and {@code dateEvidence} (the date phrase's span and text, or null). */
    public static Map<String, Object> event(Article a, Event e, Placement where, EventDate d) {
        Map<String, Object> m = event(a, e, where);
        m.putAll(date(a, d));
        return m;
    }

    /** The date fields of an event view. */
    public static Map<String, Object> date(Article a, EventDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.iso());
        m.put("dateStart", d.start());
        m.put("dateEnd", d.end());
        m.put("dateBasis", d.basis());
        m.put("dateEvidence", evidence(a, d.evidence()));
        return m;
    }

    public static Map<String, Object> event(Article a, Event e, Placement where) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", e.sentence());
        m.put("code", e.code());
        m.put("rootCode", e.rootCode());
        m.put("quadClass", e.quadClass());
        m.put("goldstein", e.goldstein());
        m.put("ploverCategory", e.ploverCategory());
        m.put("ploverMode", e.ploverMode());
        m.put("source", e.source() == null ? null : actor(a, e.source()));
        m.put("target", e.target() == null ? null : actor(a, e.target()));
        m.put("flags", EventFlags.of(e.flags()).names());
        m.put("isRoot", e.isRoot());
        m.put("trigger", evidence(a, e.trigger()));
        m.put("sentenceText", evidence(a, e.sentenceSpan()));
        m.put("quote", evidence(a, e.quote()));
        m.put("place", where.place() == null ? null : place(a, where.place()));
        m.put("placeReason", where.reason());
        m.put("rule", e.rule());
        return m;
    }

    public static Map<String, Object> actor(Article a, Actor x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", x.code());
        m.put("name", x.name());
        m.put("country", x.country());
        m.put("role", x.role());
        m.put("mention", evidence(a, x.span()));
        m.put("sentence", x.sentence());
        m.put("antecedent", evidence(a, x.antecedent()));
        m.put("rule", x.rule());
        m.put("entry", x.entry());
        m.put("dateBasis", x.dateBasis());
        return m;
    }

    public static Map<String, Object> quote(Article a, Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", q.kind());
        m.put("content", evidence(a, q.content()));
        m.put("cue", evidence(a, q.cue()));
        m.put("speaker", q.speaker() == null ? null : actor(a, q.speaker()));
        m.put("speakerMention", evidence(a, q.speakerSpan()));
        m.put("attribution", q.attribution());
        m.put("sentence", q.sentence());
        m.put("tone", Double.isNaN(q.tone()) ? null : q.tone());
        return m;
    }

    public static Map<String, Object> place(Article a, Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("mention", evidence(a, p.span()));
        m.put("role", p.role());
        m.put("featureType", p.featureType());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("countryIso2", p.countryIso2());
        m.put("countryIso3", p.countryIso3());
        m.put("countryFips", p.countryFips());
        m.put("adm1", p.adm1());
        m.put("geonameId", p.geonameId());
        m.put("reason", p.reason());
        return m;
    }

    /** One TSV line per event, for shell pipelines. */
    public static List<String> tsv(CodedArticle c) {
        List<String> lines = new ArrayList<>();
        Article a = c.article();
        for (int i = 0; i < c.events().size(); i++) {
            Event e = c.events().get(i);
            EventDate d = c.dateOf(i);
            lines.add(String.join("\t", a.id(), String.valueOf(a.date() == null ? "" : a.date()),
                    String.valueOf(e.sentence()), code(e.source()), code(e.target()), e.code(), e.rootCode(),
                    String.valueOf(e.quadClass()), String.valueOf(e.goldstein()), nz(e.ploverCategory()),
                    clean(a.slice(e.trigger())), e.trigger().start() + "-" + e.trigger().end(), nz(e.rule()),
                    nz(d.iso()), d.basis().name(), d.evidence() == null ? "" : d.evidence().start() + "-" + d.evidence().end()));
        }
        return lines;
    }

    public static final String TSV_HEADER = String.join("\t", "article_id", "date", "sentence", "source", "target", "code",
            "root", "quad_class", "goldstein", "plover", "trigger", "trigger_span", "rule", "event_date", "date_basis",
            "date_span");

    public static String code(Actor a) {
        return a == null ? "" : a.code();
    }

    public static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
