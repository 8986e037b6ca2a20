package dateline.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's reads over the store's tables (schema in {@code dateline/store/v*.sql}) beyond what
 * {@link dateline.store.EventQueries} offers: a stored article rebuilt in the shape of {@code POST /api/code},
 * an event with all its mentions, actor summaries and the aggregates behind the Network and Map views. Every
 * evidence span comes back as {@code {start, end, text}} with the text cut from the stored article.
 */
final class StoreReads {
    private final Connection c;

    StoreReads(Connection c) {
        this.c = c;
    }

    /** Evidence for a span stored as two columns {@code <prefix>_start, <prefix>_end}, cut from {@code text}. */
    private static Map<String, Object> span(ResultSet r, String prefix, String text) throws SQLException {
        int start = r.getInt(prefix + "_start");
        if (r.wasNull()) {
            return null;
        }
        int end = r.getInt(prefix + "_end");
        if (r.wasNull() || end < start || end > text.length()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        m.put("text", text.substring(start, end));
        return m;
    }

    private List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = r.getObject(i);
                        if (v != null && !(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                            v = r.getString(i);
                        }
                        m.put(md.getColumnLabel(i), v);
                    }
                    out.add(m);
                }
                return out;
            }
        }
    }

    /** A stored article as {@code POST /api/code} returns it, or null when there is no such article. */
    Map<String, Object> article(String id) throws SQLException {
        String text;
        Map<String, Object> a = new LinkedHashMap<>();
        Map<String, Object> tone;
        List<String> notes;
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                text = r.getString("text");
                a.put("id", id);
                a.put("source", r.getString("source"));
                a.put("sourceName", r.getString("source_name"));
                a.put("agency", r.getString("agency"));
                a.put("agencyCode", r.getString("agency_code"));
                a.put("url", r.getString("url"));
                a.put("datelinePlace", r.getString("dateline_place"));
                a.put("date", r.getString("date"));
                a.put("title", r.getString("title"));
                a.put("language", r.getString("language"));
                a.put("version", r.getInt("version"));
                a.put("isCurrent", r.getBoolean("is_current"));
                a.put("duplicateOf", r.getString("dup_of"));
                a.put("boilerplate", List.of());
                a.put("warnings", List.of());
                a.put("text", text);
                double t = r.getDouble("tone");
                if (r.wasNull()) {
                    tone = null;
                } else {
                    tone = new LinkedHashMap<>();
                    tone.put("tone", t);
                    tone.put("positive", r.getDouble("positive"));
                    tone.put("negative", r.getDouble("negative"));
                    tone.put("polarity", r.getDouble("polarity"));
                    tone.put("wordCount", r.getInt("word_count"));
                }
                String n = r.getString("notes");
                notes = n == null ? List.of() : Arrays.asList(n.split("\n"));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", a.get("source"));
        m.put("article", a);
        m.put("events", articleEvents(id, text));
        m.put("actors", articleActors(id, text));
        m.put("quotes", articleQuotes(id, text));
        m.put("places", articlePlaces(id, text));
        m.put("tone", tone);
        m.put("notes", notes);
        m.put("sentences", rows("SELECT sentence AS index, paragraph, start_char AS start, end_char AS \"end\" "
                + "FROM sentences WHERE article_id = ? ORDER BY sentence", id));
        m.put("entities", List.of());
        return m;
    }

    private List<Map<String, Object>> articleEvents(String id, String text) throws SQLException {
        String sql = "SELECT m.*, e.code, e.root_code, e.quad_class, e.goldstein, e.source_name, e.target_name, "
                + "e.place_name, e.place_lat, e.place_lon, e.place_country_iso3, e.day "
                + "FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? ORDER BY m.mention";
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(mention(r, text));
                }
            }
        }
        return out;
    }

    /** One event mention in the shape of the {@code events} of {@code POST /api/code}. */
    private static Map<String, Object> mention(ResultSet r, String text) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", r.getLong("event_id"));
        m.put("mention", r.getInt("mention"));
        m.put("sentence", r.getInt("sentence"));
        m.put("code", r.getString("code"));
        m.put("rootCode", r.getString("root_code"));
        m.put("quadClass", r.getInt("quad_class"));
        m.put("goldstein", r.getDouble("goldstein"));
        m.put("ploverCategory", r.getString("plover_category"));
        m.put("ploverMode", r.getString("plover_mode"));
        m.put("source", side(r, "source", text));
        m.put("target", side(r, "target", text));
        String flags = r.getString("flags");
        m.put("flags", flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split("[,\\s]+")));
        m.put("isRoot", r.getBoolean("is_root"));
        m.put("trigger", span(r, "trigger", text));
        m.put("sentenceText", span(r, "sentence", text));
        m.put("quote", span(r, "quote", text));
        String place = r.getString("place_name");
        if (place != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", place);
            p.put("lat", r.getObject("place_lat"));
            p.put("lon", r.getObject("place_lon"));
            p.put("countryIso3", r.getString("place_country_iso3"));
            p.put("mention", null);
            m.put("place", p);
        } else {
            m.put("place", null);
        }
        m.put("placeReason", r.getString("place_reason"));
        m.put("rule", r.getString("rule"));
        String start = r.getString("event_date_start");
        String end = r.getString("event_date_end");
        m.put("date", start == null ? null : start.equals(end) ? start : start + "/" + end);
        m.put("dateStart", start);
        m.put("dateEnd", end);
        m.put("dateBasis", r.getString("date_basis"));
        m.put("dateEvidence", span(r, "date_evidence", text));
        return m;
    }

    private static Map<String, Object> side(ResultSet r, String side, String text) throws SQLException {
        String code = r.getString(side + "_code");
        if (code == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", r.getString(side + "_name"));
        m.put("mention", span(r, side, text));
        return m;
    }

    private List<Map<String, Object>> articleActors(String id, String text) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT *, start_char AS m_start, end_char AS m_end FROM actors WHERE article_id = ? ORDER BY mention")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", r.getString("code"));
                    m.put("name", r.getString("name"));
                    m.put("country", r.getString("country"));
                    m.put("role", r.getString("role"));
                    m.put("mention", span(r, "m", text));
                    m.put("sentence", r.getInt("sentence"));
                    m.put("antecedent", span(r, "antecedent", text));
                    m.put("rule", r.getString("rule"));
                    m.put("entry", r.getString("entry"));
                    m.put("dateBasis", r.getString("date_basis"));
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<Map<String, Object>> articleQuotes(String id, String text) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM quotes WHERE article_id = ? ORDER BY quote")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", r.getString("kind"));
                    m.put("content", span(r, "content", text));
                    m.put("cue", span(r, "cue", text));
                    String speaker = r.getString("speaker_code");
                    m.put("speaker", speaker == null ? null : Map.of("code", speaker,
                            "name", String.valueOf(r.getString("speaker_name"))));
                    m.put("speakerMention", span(r, "speaker", text));
                    m.put("attribution", r.getString("attribution"));
                    m.put("sentence", r.getInt("sentence"));
                    double t = r.getDouble("tone");
                    m.put("tone", r.wasNull() ? null : t);
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<Map<String, Object>> articlePlaces(String id, String text) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT *, start_char AS m_start, end_char AS m_end FROM places WHERE article_id = ? ORDER BY place")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", r.getString("name"));
                    m.put("mention", span(r, "m", text));
                    m.put("role", r.getString("role"));
                    m.put("featureType", r.getString("feature_type"));
                    m.put("lat", r.getObject("lat"));
                    m.put("lon", r.getObject("lon"));
                    m.put("countryIso2", r.getString("country_iso2"));
                    m.put("countryIso3", r.getString("country_iso3"));
                    m.put("countryFips", r.getString("country_fips"));
                    m.put("adm1", r.getString("adm1"));
                    m.put("geonameId", r.getObject("geoname_id"));
                    m.put("reason", r.getString("reason"));
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** One event row with every current mention and its evidence, or null. */
    Map<String, Object> event(long id) throws SQLException {
        List<Map<String, Object>> ev = rows("SELECT id, day AS date, source_code AS source, source_name AS sourceName, "
                + "target_code AS target, target_name AS targetName, code, base_code AS baseCode, "
                + "root_code AS rootCode, quad_class AS quadClass, goldstein, is_root AS isRoot, place_name AS place, "
                + "place_type AS placeType, place_country_iso3 AS placeCountry, place_adm1 AS placeAdm1, "
                + "place_lat AS lat, place_lon AS lon, num_mentions AS numMentions, num_sources AS numSources, "
                + "num_articles AS numArticles, num_stories AS numStories, avg_tone AS avgTone, "
                + "source_url AS url FROM events WHERE id = ?", id);
        if (ev.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(ev.get(0));
        String sql = "SELECT m.*, a.text AS article_text, a.title, a.url, a.date, a.source_name AS news_source, "
                + "e.code, e.root_code, e.quad_class, e.goldstein, e.source_name, e.target_name, e.place_name, "
                + "e.place_lat, e.place_lon, e.place_country_iso3, e.day "
                + "FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id "
                + "WHERE m.event_id = ? AND a.is_current ORDER BY a.date NULLS LAST, m.article_id, m.mention";
        List<Map<String, Object>> mentions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("articleId", r.getString("article_id"));
                    m.put("eventIndex", r.getInt("mention"));
                    m.put("title", r.getString("title"));
                    m.put("url", r.getString("url"));
                    m.put("date", r.getString("date"));
                    m.put("newsSource", r.getString("news_source"));
                    m.putAll(mention(r, r.getString("article_text")));
                    mentions.add(m);
                }
            }
        }
        out.put("mentions", mentions);
        return out;
    }

    /** For each event id, its first current mention: the article to link to, the event's index there, the trigger. */
    Map<Long, Map<String, Object>> firstMentions(List<Long> eventIds) throws SQLException {
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(eventIds.size(), "?"));
        String sql = "SELECT m.event_id, m.article_id AS articleId, m.mention AS eventIndex, a.title, "
                + "substr(a.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) AS trigger "
                + "FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE a.is_current AND m.event_id IN (" + marks + ") "
                + "QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY a.date NULLS LAST, m.article_id, "
                + "m.mention) = 1";
        for (Map<String, Object> row : rows(sql, eventIds.toArray())) {
            out.put(((Number) row.remove("event_id")).longValue(), row);
        }
        return out;
    }

    /** An actor code's events as source and as target, its names, and its main partners; null if unknown. */
    Map<String, Object> actor(String code) throws SQLException {
        String match = "(starts_with(source_code, ?) OR starts_with(target_code, ?))";
        List<Map<String, Object>> totals = rows("SELECT count(*) FILTER (WHERE starts_with(source_code, ?)) AS asSource, "
                + "count(*) FILTER (WHERE starts_with(target_code, ?)) AS asTarget, "
                + "round(avg(goldstein) FILTER (WHERE starts_with(source_code, ?)), 3) AS meanGoldsteinAsSource, "
                + "round(avg(goldstein) FILTER (WHERE starts_with(target_code, ?)), 3) AS meanGoldsteinAsTarget, "
                + "min(day) AS firstDay, max(day) AS lastDay FROM events WHERE num_mentions > 0 AND " + match,
                code, code, code, code, code, code);
        Map<String, Object> t = totals.get(0);
        if (((Number) t.get("asSource")).longValue() + ((Number) t.get("asTarget")).longValue() == 0) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.putAll(t);
        out.put("names", rows("SELECT name, count(*) AS mentions FROM (SELECT source_name AS name FROM events "
                + "WHERE starts_with(source_code, ?) UNION ALL SELECT target_name FROM events "
                + "WHERE starts_with(target_code, ?)) WHERE name IS NOT NULL GROUP BY name ORDER BY 2 DESC LIMIT 5",
                code, code));
        out.put("byQuadClass", rows("SELECT quad_class AS quadClass, count(*) AS events FROM events "
                + "WHERE num_mentions > 0 AND " + match + " GROUP BY 1 ORDER BY 1", code, code));
        out.put("partners", rows("SELECT CASE WHEN starts_with(source_code, ?) THEN target_code ELSE source_code END "
                + "AS partner, count(*) AS events, round(avg(goldstein), 3) AS meanGoldstein FROM events "
                + "WHERE num_mentions > 0 AND " + match + " GROUP BY 1 HAVING partner IS NOT NULL "
                + "ORDER BY 2 DESC, 1 LIMIT 20", code, code, code));
        return out;
    }

    /**
     * Actor-to-actor counts by quad class, for the Network view: the {@code top} actors by events (in the
     * filtered links of at least {@code min} events; each with that count) and the links among them, the
     * strongest {@code limit};
     * {@code actorsTotal} and {@code edgesTotal} say how many there were before that cut.
     */
    Map<String, Object> dyads(String actor, java.time.LocalDate from, java.time.LocalDate to, Integer quad, int min,
            int top, int limit) throws SQLException {
        StringBuilder where = new StringBuilder("num_mentions > 0 AND source_code IS NOT NULL AND target_code IS NOT NULL");
        List<Object> args = new ArrayList<>();
        filters(where, args, actor, from, to, quad);
        args.add(min);
        List<Map<String, Object>> all = rows("SELECT source_code AS source, target_code AS target, "
                + "quad_class AS quadClass, count(*) AS count, round(avg(goldstein), 3) AS meanGoldstein FROM events "
                + "WHERE " + where + " GROUP BY 1, 2, 3 HAVING count(*) >= ? ORDER BY 4 DESC, 1, 2, 3",
                args.toArray());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> e : all) {
            long n = ((Number) e.get("count")).longValue();
            counts.merge((String) e.get("source"), n, Long::sum);
            counts.merge((String) e.get("target"), n, Long::sum);
        }
        // The top actors are drawn even when none of their links is among the drawn ones.
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).forEach(e -> shown.put(e.getKey(), e.getValue()));
        List<Map<String, Object>> edges = all.stream()
                .filter(e -> shown.containsKey((String) e.get("source")) && shown.containsKey((String) e.get("target")))
                .limit(limit).toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(shown.size(), "?"));
            List<Object> codes = new ArrayList<>(shown.keySet());
            List<Object> both = new ArrayList<>(codes);
            both.addAll(codes);
            for (Map<String, Object> r : rows("SELECT code, arg_max(name, n) AS name FROM (SELECT source_code AS code, "
                    + "source_name AS name, count(*) AS n FROM events WHERE source_code IN (" + marks + ") GROUP BY 1, 2 "
                    + "UNION ALL SELECT target_code, target_name, count(*) FROM events WHERE target_code IN (" + marks
                    + ") GROUP BY 1, 2) GROUP BY 1", both.toArray())) {
                names.put((String) r.get("code"), (String) r.get("name"));
            }
        }
        List<Map<String, Object>> actors = new ArrayList<>();
        shown.forEach((code, n) -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", code);
            a.put("name", names.get(code));
            a.put("count", n);
            actors.add(a);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actorsTotal", counts.size());
        out.put("edgesTotal", all.size());
        out.put("actors", actors);
        out.put("edges", edges);
        return out;
    }

    /**
     * Event places with counts, for the Map view, with how many of the filtered events have a place at all and
     * the filtered events per place country (for shading).
     */
    Map<String, Object> places(String actor, Integer quad, java.time.LocalDate from, java.time.LocalDate to, int limit)
            throws SQLException {
        StringBuilder all = new StringBuilder("num_mentions > 0");
        List<Object> args = new ArrayList<>();
        filters(all, args, actor, from, to, quad);
        String located = all + " AND place_lat IS NOT NULL AND place_lon IS NOT NULL";
        List<Map<String, Object>> places = rows("SELECT place_name AS name, place_country_iso3 AS country, "
                + "place_lat AS lat, place_lon AS lon, count(*) AS count, round(avg(goldstein), 3) AS meanGoldstein, "
                + "mode(quad_class) AS quadClass FROM events WHERE " + located + " GROUP BY 1, 2, 3, 4 "
                + "ORDER BY 5 DESC, 1 LIMIT " + limit, args.toArray());
        Map<String, Object> totals = rows("SELECT count(*) AS total, count(*) FILTER (WHERE place_lat IS NOT NULL "
                + "AND place_lon IS NOT NULL) AS located FROM events WHERE " + all, args.toArray()).get(0);
        List<Map<String, Object>> countries = rows("SELECT place_country_iso3 AS country, count(*) AS count "
                + "FROM events WHERE " + all + " AND place_country_iso3 IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
                args.toArray());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", totals.get("total"));
        out.put("located", totals.get("located"));
        out.put("places", places);
        out.put("countries", countries);
        return out;
    }

    private static void filters(StringBuilder where, List<Object> args, String actor, java.time.LocalDate from,
            java.time.LocalDate to, Integer quad) {
        if (actor != null) {
            where.append(" AND (starts_with(source_code, ?) OR source_country = ? OR starts_with(target_code, ?) "
                    + "OR target_country = ?)");
            args.addAll(List.of(actor, actor, actor, actor));
        }
        if (from != null) {
            where.append(" AND day >= CAST(? AS DATE)");
            args.add(from.toString());
        }
        if (to != null) {
            where.append(" AND day <= CAST(? AS DATE)");
            args.add(to.toString());
        }
        if (quad != null) {
            where.append(" AND quad_class = ?");
            args.add(quad);
        }
    }
}
