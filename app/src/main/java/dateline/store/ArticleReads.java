package dateline.store;

import dateline.actor.Actor;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.article.RelatedLink;
import dateline.article.Span;
import dateline.geo.Place;
import dateline.nlp.EntityMention;
import dateline.quote.Quote;
import dateline.record.ActorRecord;
import dateline.record.EventFlags;
import dateline.record.EventRecord;
import dateline.record.Evidence;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import dateline.tone.Tone;
import dateline.view.ArticleView;
import dateline.view.CodedArticleView;
import dateline.view.EventRowView;
import dateline.view.EventView;
import dateline.view.MentionView;
import dateline.view.SentenceView;
import dateline.view.StoredView;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads stored articles and events back as views: an article as {@code POST /api/code} gives a freshly coded one,
 * an event row with its current mentions, and the first mention of event rows. The rows are turned back into the
 * core records they were written from, so that one set of view factories derives every field for both; what the
 * store does not keep (token offsets, tone densities) is left out of those records.
 */
public final class ArticleReads {
    /**
     * Each mention with its event's fields: the code from {@code mention_details} (schema version 5; a negated
     * mention is counted in no event row) or else its event row; the event row's actor names and place.
     */
    private static final String MENTIONS = "SELECT m.*, coalesce(d.code, e.code) AS ev_code, "
            + "coalesce(d.root_code, e.root_code) AS ev_root_code, coalesce(d.quad_class, e.quad_class) AS ev_quad_class, "
            + "coalesce(d.goldstein, e.goldstein) AS ev_goldstein, d.place AS place_index, e.source_name, "
            + "e.source_country, e.target_name, e.target_country, e.place_name, e.place_type, e.place_country_iso3, "
            + "e.place_country_fips, e.place_adm1, e.place_lat, e.place_lon, e.place_geoname_id";
    private static final String MENTIONS_FROM = " FROM mentions m LEFT JOIN events e ON e.id = m.event_id "
            + "LEFT JOIN mention_details d ON d.article_id = m.article_id AND d.mention = m.mention";

    private final Connection c;

    public ArticleReads(Store store) {
        this.c = store.connection();
    }

    /** A stored event mention and the event row it is counted in (null if none). */
    private record Mention(MentionRecord record, Long eventId) {
    }

    /** The articles row: the article, what the store adds, tone and coding notes. */
    private record Head(Article article, StoredView stored, Tone tone, List<String> notes) {
    }

    /**
     * For a list of event rows, the first current mention of one: the article to link to, the event's index in it,
     * the article's headline and the trigger's words.
     */
    public record FirstMention(String articleId, int eventIndex, String title, String trigger) {
    }

    /** A stored article in the view of {@code POST /api/code}, or null when there is no such article. */
    public CodedArticleView article(String id) throws SQLException {
        List<Span> boilerplate = SqlRows.list(c, "SELECT start_char, end_char FROM boilerplate WHERE article_id = ? "
                + "ORDER BY item", r -> SqlRows.span(r, "start_char", "end_char"), id);
        List<RelatedLink> links = SqlRows.list(c, "SELECT title, url FROM related_links WHERE article_id = ? "
                + "ORDER BY item", r -> new RelatedLink(r.getString("title"), r.getString("url")), id);
        List<Head> heads = SqlRows.list(c, "SELECT a.*, d.dateline_start, d.dateline_end, d.warnings FROM articles a "
                + "LEFT JOIN article_details d ON d.article_id = a.id WHERE a.id = ?", r -> head(r, boilerplate, links),
                id);
        if (heads.isEmpty()) {
            return null;
        }
        Head h = heads.get(0);
        Article a = h.article();
        String text = a.text();
        List<Actor> actors = SqlRows.list(c, "SELECT * FROM actors WHERE article_id = ? ORDER BY mention",
                r -> actor(r, text), id);
        List<Place> places = SqlRows.list(c, "SELECT * FROM places WHERE article_id = ? ORDER BY place",
                r -> place(r, text), id);
        List<Quote> quotes = SqlRows.list(c, "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote",
                r -> quote(r, text, actors), id);
        // Before schema version 5 a negated mention kept no code: it cannot be shown.
        List<Mention> mentions = SqlRows.list(c, MENTIONS + MENTIONS_FROM + " WHERE m.article_id = ? "
                + "AND coalesce(d.code, e.code) IS NOT NULL ORDER BY m.mention", r -> mention(r, a, actors, places), id);
        List<EntityMention> entities = SqlRows.list(c, "SELECT * FROM entities WHERE article_id = ? ORDER BY entity",
                r -> entity(r, text), id);
        List<SentenceView> sentences = SqlRows.list(c, "SELECT sentence, paragraph, start_char, end_char "
                + "FROM sentences WHERE article_id = ? ORDER BY sentence", r -> new SentenceView(r.getInt("sentence"),
                        r.getInt("paragraph"), r.getInt("start_char"), r.getInt("end_char")), id);
        CodedArticleView v = CodedArticleView.of(a.source(), ArticleView.of(a).stored(h.stored()), a,
                mentions.stream().map(Mention::record).toList(), actors, quotes, places, h.tone(), h.notes(), sentences,
                entities);
        List<EventView> counted = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            counted.add(v.events().get(i).counted(mentions.get(i).eventId()));
        }
        return v.withEvents(counted);
    }

    /** One event row with every current mention and its evidence, or null. */
    public EventRowView event(long id) throws SQLException {
        List<MentionView> mentions = SqlRows.list(c, MENTIONS + ", a.source AS article_source, a.text AS article_text, "
                + "a.title AS article_title, a.url AS article_url, a.date AS published, a.source_name AS news_source"
                + MENTIONS_FROM + " JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? AND a.is_current "
                + "ORDER BY a.date NULLS LAST, m.article_id, m.mention", r -> {
                    // Only what the evidence needs of the article: its text.
                    Article a = new Article(r.getString("article_id"), r.getString("article_source"), null, null,
                            r.getString("article_url"), null, null, SqlRows.date(r, "published"),
                            r.getString("article_title"), r.getString("article_text"), List.of(), List.of(), null,
                            List.of());
                    // The article's actors and places are not read here: sides and place come from the event row.
                    Mention m = mention(r, a, List.of(), List.of());
                    return new MentionView(a.id(), r.getInt("mention"), a.title(), a.url(), a.date(),
                            r.getString("news_source"), EventView.of(a, m.record()).counted(m.eventId()));
                }, id);
        List<EventRowView> rows = SqlRows.list(c, "SELECT * FROM events WHERE id = ?", r -> new EventRowView(
                r.getLong("id"), SqlRows.date(r, "day"), r.getString("source_code"), r.getString("source_name"),
                r.getString("target_code"), r.getString("target_name"), r.getString("code"), r.getString("base_code"),
                r.getString("root_code"), SqlRows.integer(r, "quad_class"), SqlRows.dbl(r, "goldstein"),
                (Boolean) r.getObject("is_root"), r.getString("place_name"), r.getString("place_type"),
                r.getString("place_country_iso3"), r.getString("place_adm1"), SqlRows.dbl(r, "place_lat"),
                SqlRows.dbl(r, "place_lon"), r.getInt("num_mentions"), r.getInt("num_sources"), r.getInt("num_articles"),
                SqlRows.integer(r, "num_stories"), SqlRows.dbl(r, "avg_tone"), r.getString("source_url"), mentions), id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** For each event id, its first current mention (articles by date, then id); ids without one are absent. */
    public Map<Long, FirstMention> firstMentions(List<Long> eventIds) throws SQLException {
        Map<Long, FirstMention> out = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", Collections.nCopies(eventIds.size(), "?"));
        String sql = "SELECT m.event_id, m.article_id, m.mention, a.title, "
                + "substr(a.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) AS trigger "
                + "FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE a.is_current AND m.event_id IN (" + marks + ") "
                + "QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY a.date NULLS LAST, m.article_id, "
                + "m.mention) = 1";
        SqlRows.list(c, sql, r -> out.put(r.getLong("event_id"), new FirstMention(r.getString("article_id"),
                r.getInt("mention"), r.getString("title"), r.getString("trigger"))), eventIds.toArray());
        return out;
    }

    private static Head head(ResultSet r, List<Span> boilerplate, List<RelatedLink> links) throws SQLException {
        String text = r.getString("text");
        Article a = new Article(r.getString("id"), r.getString("source"), r.getString("agency"),
                r.getString("agency_code"), r.getString("url"), r.getString("dateline_place"),
                inside(SqlRows.span(r, "dateline"), text), SqlRows.date(r, "date"), r.getString("title"), text,
                boilerplate.stream().filter(s -> s != null && s.end() <= text.length()).toList(), links,
                r.getString("language"), SqlRows.lines(r, "warnings"));
        Double tone = SqlRows.dbl(r, "tone");
        Tone t = tone == null ? null : new Tone(tone, SqlRows.dblOrNaN(r, "positive"), SqlRows.dblOrNaN(r, "negative"),
                SqlRows.dblOrNaN(r, "polarity"), Double.NaN, Double.NaN, r.getInt("word_count"));
        return new Head(a, new StoredView(r.getString("source_name"), r.getInt("version"), r.getBoolean("is_current"),
                r.getString("dup_of")), t, SqlRows.lines(r, "notes"));
    }

    private static Actor actor(ResultSet r, String text) throws SQLException {
        return new Actor(r.getString("code"), r.getString("name"), r.getString("country"), r.getString("role"),
                span(r, "start_char", "end_char", text), r.getInt("sentence"), 0, 0, r.getString("entry"),
                r.getString("rule"), SqlRows.constant(DateBasis.class, r.getString("date_basis")),
                span(r, "antecedent_start", "antecedent_end", text));
    }

    private static Place place(ResultSet r, String text) throws SQLException {
        Long geonameId = SqlRows.big(r, "geoname_id");
        return new Place(r.getString("name"), span(r, "start_char", "end_char", text),
                SqlRows.constant(Place.Role.class, r.getString("role")),
                SqlRows.constant(Place.FeatureType.class, r.getString("feature_type")), SqlRows.dblOrNaN(r, "lat"),
                SqlRows.dblOrNaN(r, "lon"), r.getString("country_iso2"), r.getString("country_iso3"),
                r.getString("country_fips"), r.getString("adm1"), geonameId == null ? 0 : geonameId,
                r.getString("reason"));
    }

    private static Quote quote(ResultSet r, String text, List<Actor> actors) throws SQLException {
        Span at = span(r, "speaker_start", "speaker_end", text);
        String code = r.getString("speaker_code");
        String name = r.getString("speaker_name");
        boolean spoken = code != null || name != null;
        Actor speaker = spoken ? actorAt(actors, code, at) : null;
        if (speaker == null && spoken) {
            speaker = new Actor(code, name, null, null, at,
                    r.getInt("sentence"), 0, 0, null, null, null, null);
        }
        return new Quote(span(r, "content_start", "content_end", text), span(r, "cue_start", "cue_end", text),
                SqlRows.constant(Quote.Kind.class, r.getString("kind")), speaker, at, r.getString("attribution"),
                r.getInt("sentence"), SqlRows.dblOrNaN(r, "tone"));
    }

    private static EntityMention entity(ResultSet r, String text) throws SQLException {
        Span s = span(r, "start_char", "end_char", text);
        return new EntityMention(s, r.getString("type"), s == null ? null : s.slice(text), r.getInt("sentence"), 0, 0);
    }

    /** One row of {@link #MENTIONS} as the record it was written from, with the article's actors and place. */
    private static Mention mention(ResultSet r, Article a, List<Actor> actors, List<Place> places)
            throws SQLException {
        String text = a.text();
        ActorRecord source = side(r, "source", a, actors);
        ActorRecord target = side(r, "target", a, actors);
        Integer index = SqlRows.integer(r, "place_index");
        Place place = index != null && index < places.size() ? places.get(index) : eventRowPlace(r);
        Integer quad = SqlRows.integer(r, "ev_quad_class");
        String code = r.getString("ev_code");
        boolean isRoot = r.getBoolean("is_root");
        EventFlags flags = EventFlags.parse(r.getString("flags"));
        EventDate date = date(r, text);
        Integer confidence = SqlRows.integer(r, "confidence");
        EventRecord what = new EventRecord(source, target, code, EventRecord.baseOf(code), r.getString("ev_root_code"),
                quad == null ? 0 : quad, SqlRows.dblOrNaN(r, "ev_goldstein"), r.getString("plover_category"),
                r.getString("plover_mode"), isRoot, place, date.day());
        MentionRecord m = new MentionRecord(a.id(), r.getInt("mention"), r.getInt("sentence"), what, flags,
                confidence == null ? MentionRecord.confidence(isRoot, flags) : confidence,
                evidence(r, "trigger", a), evidence(r, "sentence", a), evidence(r, "quote", a), r.getString("rule"),
                r.getString("place_reason"), date);
        return new Mention(m, SqlRows.big(r, "event_id"));
    }

    /**
     * A side of a mention: the article's actor with its code at its span; failing that, what the mention and its
     * event row keep (code, name, country, span).
     */
    private static ActorRecord side(ResultSet r, String prefix, Article a, List<Actor> actors) throws SQLException {
        String code = r.getString(prefix + "_code");
        Span at = span(r, prefix + "_start", prefix + "_end", a.text());
        if (code == null && at == null) {
            // No actor (an agentless event, no target).
            return null;
        }
        Actor x = actorAt(actors, code, at);
        return x != null ? ActorRecord.of(a, x) : new ActorRecord(code, r.getString(prefix + "_name"),
                r.getString(prefix + "_country"), null, null, Evidence.of(a, at));
    }

    /**
     * The article's actor with this code at this span, or else within it (a quote's speaker is stored by where the
     * quote names it, "the Iranian President", which holds the actor's own mention, "Iranian President"); null when
     * there is none.
     */
    private static Actor actorAt(List<Actor> actors, String code, Span span) {
        for (Actor x : actors) {
            if (Objects.equals(code, x.code()) && Objects.equals(span, x.span())) {
                return x;
            }
        }
        for (Actor x : actors) {
            if (Objects.equals(code, x.code()) && span != null && x.span() != null && span.contains(x.span())) {
                return x;
            }
        }
        return null;
    }

    /** The event row's place, without its mention (stores before schema version 5, and the event endpoint). */
    private static Place eventRowPlace(ResultSet r) throws SQLException {
        String name = r.getString("place_name");
        if (name == null) {
            return null;
        }
        Long geonameId = SqlRows.big(r, "place_geoname_id");
        return new Place(name, null, null, SqlRows.constant(Place.FeatureType.class, r.getString("place_type")),
                SqlRows.dblOrNaN(r, "place_lat"), SqlRows.dblOrNaN(r, "place_lon"), null,
                r.getString("place_country_iso3"), r.getString("place_country_fips"), r.getString("place_adm1"),
                geonameId == null ? 0 : geonameId, null);
    }

    private static EventDate date(ResultSet r, String text) throws SQLException {
        Span evidence = span(r, "date_evidence_start", "date_evidence_end", text);
        EventDate.Basis basis = SqlRows.constant(EventDate.Basis.class, r.getString("date_basis"));
        if (basis == null) {
            return EventDate.undated();
        }
        try {
            return new EventDate(SqlRows.date(r, "event_date_start"), SqlRows.date(r, "event_date_end"), basis,
                    evidence, evidence == null ? null : evidence.slice(text));
        } catch (IllegalArgumentException e) {
            // A row that breaks the date's rules (edited by hand): show the event undated rather than fail.
            return EventDate.undated();
        }
    }

    /** A stored span, or null when it is not stored or lies outside the text (a row edited by hand). */
    private static Span span(ResultSet r, String start, String end, String text) throws SQLException {
        return inside(SqlRows.span(r, start, end), text);
    }

    private static Span inside(Span s, String text) {
        return s == null || s.end() > text.length() ? null : s;
    }

    private static Evidence evidence(ResultSet r, String prefix, Article a) throws SQLException {
        return Evidence.of(a, span(r, prefix + "_start", prefix + "_end", a.text()));
    }
}
