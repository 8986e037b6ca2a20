package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor pair's events on a real time axis: every period from the first to the last (or over a given range),
 * empty ones included, with counts by quad class and by direction, and the store's count of all events in the
 * period, so a chart can stack them and normalise by the news volume.
 */
public final class EventSeries {
    /** Most periods one series may span (about 27 years of days). */
    public static final int MAX_PERIODS = 10_000;

    private final Connection c;

    public EventSeries(Store store) {
        this.c = store.connection();
    }

    /**
     * One period's counts.
     *
     * @param period        "2024", "2024-02" or "2024-02-10"
     * @param start         its first day
     * @param events        event rows of the pair (either direction with bothWays)
     * @param mentions      their mentions
     * @param meanGoldstein mean Goldstein of those rows, null when there are none
     * @param byQuad        rows per quad class 1 to 4 (index 0 to 3)
     * @param forward       rows from actor1 to actor2
     * @param backward      rows from actor2 to actor1 (bothWays only; else 0)
     * @param allEvents     every event row in the store in the period
     */
    public record Point(String period, LocalDate start, long events, long mentions, Double meanGoldstein,
            long[] byQuad, long forward, long backward, long allEvents) {
    }

    /** The periods of {@code actor1} → {@code actor2} (code prefixes or countries), optionally both ways. */
    public List<Point> series(String actor1, String actor2, EventQueries.Period by, boolean bothWays,
            LocalDate from, LocalDate to) throws SQLException {
        String fwd = EventQueries.actorMatch("source") + " AND " + EventQueries.actorMatch("target");
        List<Object> args = new ArrayList<>();
        EventQueries.addActor(args, actor1);
        EventQueries.addActor(args, actor2);
        String where = "(" + fwd + ")";
        EventQueries.addActor(args, actor1);
        EventQueries.addActor(args, actor2);
        if (bothWays) {
            where = "((" + fwd + ") OR (" + fwd + "))";
            EventQueries.addActor(args, actor2);
            EventQueries.addActor(args, actor1);
        }
        String range = "";
        if (from != null) {
            range += " AND e.day >= CAST(? AS DATE)";
        }
        if (to != null) {
            range += " AND e.day <= CAST(? AS DATE)";
        }
        List<Object> rangeArgs = new ArrayList<>();
        if (from != null) {
            rangeArgs.add(from.toString());
        }
        if (to != null) {
            rangeArgs.add(to.toString());
        }
        args.addAll(rangeArgs);
        String trunc = "CAST(date_trunc('" + by.name() + "', e.day) AS DATE)";
        String sql = "SELECT " + trunc + " AS p, e.quad_class, (" + fwd + ") AS fwd, count(*), sum(e.num_mentions), "
                + "sum(e.goldstein) FROM events e WHERE e.num_mentions > 0 AND e.day IS NOT NULL AND " + where + range
                + " GROUP BY 1, 2, 3";
        Map<LocalDate, long[]> counts = new LinkedHashMap<>();
        Map<LocalDate, Double> goldstein = new LinkedHashMap<>();
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                LocalDate d = r.getObject(1, LocalDate.class);
                int quad = r.getInt(2);
                boolean forward = r.getBoolean(3);
                long n = r.getLong(4);
                // events, mentions, q1..q4, forward, backward
                long[] a = counts.computeIfAbsent(d, k -> new long[8]);
                a[0] += n;
                a[1] += r.getLong(5);
                if (quad >= 1 && quad <= 4) {
                    a[1 + quad] += n;
                }
                a[forward ? 6 : 7] += n;
                goldstein.merge(d, r.getDouble(6), Double::sum);
            }
        }
        Map<LocalDate, Long> all = new LinkedHashMap<>();
        String allSql = "SELECT " + trunc + ", count(*) FROM events e WHERE e.num_mentions > 0 AND e.day IS NOT NULL"
                + range + " GROUP BY 1";
        try (PreparedStatement p = prepare(allSql, rangeArgs); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                all.put(r.getObject(1, LocalDate.class), r.getLong(2));
            }
        }
        List<Point> out = new ArrayList<>();
        if (counts.isEmpty() && (from == null || to == null)) {
            return out;
        }
        LocalDate first = from != null ? truncate(from, by)
                : counts.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = to != null ? truncate(to, by) : counts.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
            if (out.size() >= MAX_PERIODS) {
                throw new StoreException("the series spans more than " + MAX_PERIODS + " periods of a " + by.name()
                        + ": choose a longer period or a shorter range");
            }
            long[] a = counts.getOrDefault(d, new long[8]);
            Double mean = a[0] == 0 ? null : Math.round(goldstein.get(d) / a[0] * 1000) / 1000.0;
            out.add(new Point(label(d, by), d, a[0], a[1], mean, new long[] {a[2], a[3], a[4], a[5]}, a[6], a[7],
                    all.getOrDefault(d, 0L)));
        }
        return out;
    }

    private static LocalDate truncate(LocalDate d, EventQueries.Period by) {
        return switch (by) {
            case day -> d;
            case month -> d.withDayOfMonth(1);
            case year -> d.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate d, EventQueries.Period by) {
        return switch (by) {
            case day -> d.plusDays(1);
            case month -> d.plusMonths(1);
            case year -> d.plusYears(1);
        };
    }

    private static String label(LocalDate d, EventQueries.Period by) {
        return switch (by) {
            case day -> d.toString();
            case month -> d.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case year -> String.valueOf(d.getYear());
        };
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
        return p;
    }
}
