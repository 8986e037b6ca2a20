package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;

/** The read side of the store: filtered events, actor-pair time series, events of articles, raw SQL. */
public final class EventQueries {
    /** The columns {@code dateline query} shows. */
    static final String EVENT_COLUMNS = "e.id, e.day, e.source_code, e.source_name, e.target_code, e.target_name, "
            + "e.code, e.root_code, e.quad_class, e.goldstein, e.place_name, e.place_country_iso3, e.num_mentions, "
            + "e.num_sources, e.num_articles, e.num_stories, round(e.avg_tone, 3) AS avg_tone, e.source_url";

    private final Connection c;
    private final boolean readOnly;

    public EventQueries(Store store) {
        this.c = store.connection();
        this.readOnly = store.readOnly();
    }

    /** Event rows matching the filter, newest first. Rows with no current mention are left out. */
    public Table events(EventFilter f) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + where(f, args));
        sql.append(" ORDER BY e.day DESC NULLS LAST, e.num_mentions DESC, e.id LIMIT ").append(Math.max(0, f.limit()));
        return run(sql.toString(), args);
    }

    /**
     * The SQL condition on {@code events e} for the filter (its limit aside), always beginning with "rows with a
     * current mention"; its parameters are appended to {@code args}.
     */
    static String where(EventFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder("e.num_mentions > 0");
        if (f.actor() != null) {
            sql.append(" AND (").append(actorMatch("source")).append(" OR ").append(actorMatch("target")).append(')');
            addActor(args, f.actor());
            addActor(args, f.actor());
        }
        if (f.actor1() != null) {
            sql.append(" AND ").append(actorMatch("source"));
            addActor(args, f.actor1());
        }
        if (f.actor2() != null) {
            sql.append(" AND ").append(actorMatch("target"));
            addActor(args, f.actor2());
        }
        if (f.code() != null) {
            sql.append(" AND starts_with(e.code, ?)");
            args.add(f.code());
        }
        if (f.root() != null) {
            sql.append(" AND e.root_code = ?");
            args.add(f.root().length() == 1 ? "0" + f.root() : f.root());
        }
        if (f.quadClass() != null) {
            sql.append(" AND e.quad_class = ?");
            args.add(f.quadClass());
        }
        if (f.goldsteinMin() != null) {
            sql.append(" AND e.goldstein >= ?");
            args.add(f.goldsteinMin());
        }
        if (f.goldsteinMax() != null) {
            sql.append(" AND e.goldstein <= ?");
            args.add(f.goldsteinMax());
        }
        if (f.byPublication() && (f.from() != null || f.to() != null)) {
            // An event row folds mentions from articles published on different days: it is in the range when any
            // current mentioning article was published in it.
            sql.append(" AND e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE a.is_current");
            if (f.from() != null) {
                sql.append(" AND a.date >= CAST(? AS DATE)");
                args.add(f.from().toString());
            }
            if (f.to() != null) {
                sql.append(" AND a.date <= CAST(? AS DATE)");
                args.add(f.to().toString());
            }
            sql.append(')');
        } else {
            if (f.from() != null) {
                sql.append(" AND e.day >= CAST(? AS DATE)");
                args.add(f.from().toString());
            }
            if (f.to() != null) {
                sql.append(" AND e.day <= CAST(? AS DATE)");
                args.add(f.to().toString());
            }
        }
        if (f.source() != null) {
            sql.append(" AND e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE a.is_current AND (a.source_name ILIKE ? OR a.agency_code ILIKE ?))");
            args.add("%" + f.source() + "%");
            args.add(f.source());
        }
        if (f.place() != null) {
            sql.append(" AND e.place_name ILIKE ?");
            args.add("%" + f.place() + "%");
        }
        if (f.placeCountry() != null) {
            sql.append(" AND (e.place_country_iso3 = ? OR e.place_country_fips = ?)");
            String pc = f.placeCountry().toUpperCase(Locale.ROOT);
            args.add(pc);
            args.add(pc);
        }
        return sql.toString();
    }

    /** The time unit of a series. */
    public enum Period { day, month, year }

    /**
     * Counts and mean Goldstein of events from {@code actor1} to {@code actor2} (codes or countries) per period;
     * with {@code bothWays}, in either direction.
     */
    public Table series(String actor1, String actor2, Period by, boolean bothWays) throws SQLException {
        String forward = actorMatch("source") + " AND " + actorMatch("target");
        List<Object> args = new ArrayList<>();
        addActor(args, actor1);
        addActor(args, actor2);
        String where = forward;
        if (bothWays) {
            where = "(" + forward + ") OR (" + forward + ")";
            addActor(args, actor2);
            addActor(args, actor1);
        }
        String fmt = switch (by) {
            case day -> "%Y-%m-%d";
            case month -> "%Y-%m";
            case year -> "%Y";
        };
        String sql = "SELECT strftime(date_trunc('" + by.name() + "', e.day), '" + fmt + "') AS period, "
                + "count(*) AS events, sum(e.num_mentions) AS mentions, "
                + "round(avg(e.goldstein), 3) AS mean_goldstein, "
                + "round(sum(e.goldstein * e.num_mentions) / sum(e.num_mentions), 3) AS mention_weighted_goldstein "
                + "FROM events e WHERE e.num_mentions > 0 AND e.day IS NOT NULL AND (" + where + ") "
                + "GROUP BY 1 ORDER BY 1";
        return run(sql, args);
    }

    /** The events mentioned by the given articles, with the article each was found in. */
    public Table eventsOfArticles(List<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return new Table(List.of("article_id"), List.of());
        }
        String marks = String.join(",", java.util.Collections.nCopies(articleIds.size(), "?"));
        String sql = "SELECT DISTINCT m.article_id, " + EVENT_COLUMNS + " FROM mentions m JOIN events e "
                + "ON e.id = m.event_id WHERE m.article_id IN (" + marks + ") ORDER BY m.article_id, e.id";
        return run(sql, new ArrayList<>(articleIds));
    }

    /**
     * Runs SQL. On a store open for writing it may change it; on a read-only store or a {@link Store#reader()} it
     * may not: the statement runs in a transaction that is always rolled back, and one that is not a query fails.
     */
    public Table sql(String sql) throws SQLException {
        if (!readOnly) {
            try (Statement s = c.createStatement()) {
                if (!s.execute(sql)) {
                    return new Table(List.of("rows_changed"), List.of(List.of(s.getUpdateCount())));
                }
                try (ResultSet r = s.getResultSet()) {
                    return Table.of(r);
                }
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement(sql)) {
            // Refused before it runs, so a write cannot even conflict with the writer's transaction.
            if (p.getMetaData().unwrap(DuckDBResultSetMetaData.class).getReturnType() != StatementReturnType.QUERY_RESULT) {
                throw new SQLException("the store is open for reading: only queries are allowed");
            }
            try (ResultSet r = p.executeQuery()) {
                return Table.of(r);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    static String actorMatch(String side) {
        return "(starts_with(e." + side + "_code, ?) OR e." + side + "_country = ?)";
    }

    static void addActor(List<Object> args, String actor) {
        String a = actor.toUpperCase(Locale.ROOT);
        args.add(a);
        args.add(a);
    }

    private Table run(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                return Table.of(r);
            }
        }
    }
}
