package dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates behind the explorer's actor page, Network and Map views, over event rows with a current mention:
 * actor codes by name, an actor's events as source and target, actor-to-actor counts, and event places with counts.
 */
public final class AggregateReads {
    private final Connection c;

    public AggregateReads(Store store) {
        this.c = store.connection();
    }

    /**
     * An actor code's events (codes starting with it) as source and as target, its names and partners.
     *
     * @param meanGoldsteinAsSource null when it is never a source; likewise as target
     * @param names                 the five names it was most often found under
     * @param partners              the 20 actors it has most events with, either way
     */
    public record ActorSummary(String code, long asSource, long asTarget, Double meanGoldsteinAsSource,
            Double meanGoldsteinAsTarget, LocalDate firstDay, LocalDate lastDay, List<NameCount> names,
            List<QuadCount> byQuadClass, List<Partner> partners) {
    }

    /** A name an actor was found under, and how many event rows name it so. */
    public record NameCount(String name, long mentions) {
    }

    /** Events of one quad class. */
    public record QuadCount(int quadClass, long events) {
    }

    /** Another actor, the events between the two (either way) and their mean Goldstein weight. */
    public record Partner(String partner, long events, double meanGoldstein) {
    }

    /**
     * The Network view: the top actors and the links among them.
     *
     * @param actorsTotal actors in the filtered links before the cut to the top ones
     * @param edgesTotal  links before the cut
     */
    public record Network(int actorsTotal, int edgesTotal, List<NetworkActor> actors, List<Edge> edges) {
    }

    /** An actor of the network, its most frequent name and its events in the filtered links. */
    public record NetworkActor(String code, String name, long count) {
    }

    /** Events from one actor to another of one quad class. */
    public record Edge(String source, String target, int quadClass, long count, double meanGoldstein) {
    }

    /**
     * The Map view: places with counts, how many of the filtered events have a place at all, and the filtered
     * events per place country (for shading).
     */
    public record PlaceCounts(long total, long located, List<PlaceCount> places, List<CountryCount> countries) {
    }

    /** Events at one place; {@code quadClass} is the most frequent one there. */
    public record PlaceCount(String name, String country, double lat, double lon, long count, double meanGoldstein,
            int quadClass) {
    }

    /** Events in one country (ISO alpha-3). */
    public record CountryCount(String country, long count) {
    }

    /** An actor code, its most frequent name and its events. */
    public record ActorName(String code, String name, long events) {
    }

    /**
     * Actor codes by name, so that a user who types a name instead of a CAMEO code gets codes to choose from: codes
     * whose name contains {@code text} or whose code starts with it (case-insensitive), most events first; each with
     * its most frequent name ("Iran" finds IRN, IRNGOV, ...).
     */
    public List<ActorName> actorNames(String text, int limit) throws SQLException {
        String t = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return SqlRows.list(c, "WITH sides AS (SELECT source_code AS code, source_name AS name FROM events "
                + "WHERE num_mentions > 0 AND source_code IS NOT NULL UNION ALL SELECT target_code, target_name "
                + "FROM events WHERE num_mentions > 0 AND target_code IS NOT NULL), "
                + "matched AS (SELECT code, name, count(*) AS n FROM sides WHERE name ILIKE ? ESCAPE '\\' "
                + "OR code ILIKE ? ESCAPE '\\' GROUP BY 1, 2) "
                + "SELECT code, arg_max(name, n) AS name, sum(n) AS events FROM matched GROUP BY 1 "
                + "ORDER BY 3 DESC, 1 LIMIT ?", r -> new ActorName(r.getString("code"), r.getString("name"),
                        r.getLong("events")), "%" + t + "%", t + "%", limit);
    }

    /** The actor summary of {@code code}, or null when no event row has it as source or target. */
    public ActorSummary actor(String code) throws SQLException {
        String match = "(starts_with(source_code, ?) OR starts_with(target_code, ?))";
        List<ActorSummary> totals = SqlRows.list(c, "SELECT count(*) FILTER (WHERE starts_with(source_code, ?)) AS s, "
                + "count(*) FILTER (WHERE starts_with(target_code, ?)) AS t, "
                + "round(avg(goldstein) FILTER (WHERE starts_with(source_code, ?)), 3) AS gs, "
                + "round(avg(goldstein) FILTER (WHERE starts_with(target_code, ?)), 3) AS gt, "
                + "min(day) AS first_day, max(day) AS last_day FROM events WHERE num_mentions > 0 AND " + match,
                r -> new ActorSummary(code, r.getLong("s"), r.getLong("t"), SqlRows.dbl(r, "gs"), SqlRows.dbl(r, "gt"),
                        SqlRows.date(r, "first_day"), SqlRows.date(r, "last_day"), null, null, null),
                code, code, code, code, code, code);
        ActorSummary t = totals.get(0);
        if (t.asSource() + t.asTarget() == 0) {
            return null;
        }
        List<NameCount> names = SqlRows.list(c, "SELECT name, count(*) AS n FROM (SELECT source_name AS name "
                + "FROM events WHERE starts_with(source_code, ?) UNION ALL SELECT target_name FROM events "
                + "WHERE starts_with(target_code, ?)) WHERE name IS NOT NULL GROUP BY name ORDER BY 2 DESC, 1 LIMIT 5",
                r -> new NameCount(r.getString("name"), r.getLong("n")), code, code);
        List<QuadCount> quads = SqlRows.list(c, "SELECT quad_class, count(*) AS n FROM events "
                + "WHERE num_mentions > 0 AND " + match + " GROUP BY 1 ORDER BY 1",
                r -> new QuadCount(r.getInt("quad_class"), r.getLong("n")), code, code);
        List<Partner> partners = SqlRows.list(c, "SELECT CASE WHEN starts_with(source_code, ?) THEN target_code "
                + "ELSE source_code END AS partner, count(*) AS n, round(avg(goldstein), 3) AS g FROM events "
                + "WHERE num_mentions > 0 AND " + match + " GROUP BY 1 HAVING partner IS NOT NULL "
                + "ORDER BY 2 DESC, 1 LIMIT 20", r -> new Partner(r.getString("partner"), r.getLong("n"),
                        r.getDouble("g")), code, code, code);
        return new ActorSummary(code, t.asSource(), t.asTarget(), t.meanGoldsteinAsSource(),
                t.meanGoldsteinAsTarget(), t.firstDay(), t.lastDay(), names, quads, partners);
    }

    /**
     * Actor-to-actor counts by quad class: the {@code top} actors by events (in the filtered links of at least
     * {@code min} events) and the links among them, the strongest {@code limit}.
     */
    public Network dyads(String actor, LocalDate from, LocalDate to, Integer quad, int min, int top, int limit)
            throws SQLException {
        StringBuilder where = new StringBuilder("num_mentions > 0 AND source_code IS NOT NULL AND target_code IS NOT NULL");
        List<Object> args = new ArrayList<>();
        filters(where, args, actor, from, to, quad);
        args.add(min);
        List<Edge> all = SqlRows.list(c, "SELECT source_code, target_code, quad_class, count(*) AS n, "
                + "round(avg(goldstein), 3) AS g FROM events WHERE " + where + " GROUP BY 1, 2, 3 HAVING count(*) >= ? "
                + "ORDER BY 4 DESC, 1, 2, 3", r -> new Edge(r.getString("source_code"), r.getString("target_code"),
                        r.getInt("quad_class"), r.getLong("n"), r.getDouble("g")), args.toArray());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Edge e : all) {
            counts.merge(e.source(), e.count(), Long::sum);
            counts.merge(e.target(), e.count(), Long::sum);
        }
        // The top actors are drawn even when none of their links is among the drawn ones.
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).forEach(e -> shown.put(e.getKey(), e.getValue()));
        List<Edge> edges = all.stream()
                .filter(e -> shown.containsKey(e.source()) && shown.containsKey(e.target())).limit(limit).toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            String marks = String.join(",", Collections.nCopies(shown.size(), "?"));
            List<Object> both = new ArrayList<>(shown.keySet());
            both.addAll(shown.keySet());
            SqlRows.list(c, "SELECT code, arg_max(name, n) AS name FROM (SELECT source_code AS code, "
                    + "source_name AS name, count(*) AS n FROM events WHERE source_code IN (" + marks + ") GROUP BY 1, 2 "
                    + "UNION ALL SELECT target_code, target_name, count(*) FROM events WHERE target_code IN (" + marks
                    + ") GROUP BY 1, 2) GROUP BY 1", r -> names.put(r.getString("code"), r.getString("name")),
                    both.toArray());
        }
        List<NetworkActor> actors = new ArrayList<>();
        shown.forEach((code, n) -> actors.add(new NetworkActor(code, names.get(code), n)));
        return new Network(counts.size(), all.size(), actors, edges);
    }

    /** Event places with counts (the {@code limit} most frequent), for the Map view. */
    public PlaceCounts places(String actor, Integer quad, LocalDate from, LocalDate to, int limit) throws SQLException {
        StringBuilder all = new StringBuilder("num_mentions > 0");
        List<Object> args = new ArrayList<>();
        filters(all, args, actor, from, to, quad);
        String located = all + " AND place_lat IS NOT NULL AND place_lon IS NOT NULL";
        List<PlaceCount> places = SqlRows.list(c, "SELECT place_name, place_country_iso3, place_lat, place_lon, "
                + "count(*) AS n, round(avg(goldstein), 3) AS g, mode(quad_class) AS q FROM events WHERE " + located
                + " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT " + limit, r -> new PlaceCount(r.getString("place_name"),
                        r.getString("place_country_iso3"), r.getDouble("place_lat"), r.getDouble("place_lon"),
                        r.getLong("n"), r.getDouble("g"), r.getInt("q")), args.toArray());
        long[] totals = SqlRows.list(c, "SELECT count(*) AS total, count(*) FILTER (WHERE place_lat IS NOT NULL "
                + "AND place_lon IS NOT NULL) AS located FROM events WHERE " + all,
                r -> new long[] {r.getLong("total"), r.getLong("located")}, args.toArray()).get(0);
        List<CountryCount> countries = SqlRows.list(c, "SELECT place_country_iso3, count(*) AS n FROM events WHERE "
                + all + " AND place_country_iso3 IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
                r -> new CountryCount(r.getString("place_country_iso3"), r.getLong("n")), args.toArray());
        return new PlaceCounts(totals[0], totals[1], places, countries);
    }

    private static void filters(StringBuilder where, List<Object> args, String actor, LocalDate from, LocalDate to,
            Integer quad) {
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
