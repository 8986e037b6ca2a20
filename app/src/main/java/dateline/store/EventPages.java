package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The explorer's reads of event rows: an exact count, a sorted page, and an export of every matching row in
 * batches (keyset paging on the event id, so memory stays bounded whatever the store's size). Rows have the
 * columns of {@code dateline query}.
 */
public final class EventPages {
    private final Connection c;

    public EventPages(Store store) {
        this.c = store.connection();
    }

    /**
     * Which events: a {@link EventFilter} (its limit is ignored) and what it cannot say.
     *
     * @param filter      the {@code dateline query} filters
     * @param exactActors the filter's actor, actor1 and actor2 are whole codes (as the Network view draws them),
     *                    not code prefixes or countries
     * @param exactPlace  the filter's place is a whole place name, not a substring
     * @param bothWays    actor1 and actor2 match in either direction
     * @param articleIds  only events mentioned by these articles (a text search's hits); null for any article
     */
    public record Scope(EventFilter filter, boolean exactActors, boolean exactPlace, boolean bothWays,
            List<String> articleIds) {
        public Scope {
            articleIds = articleIds == null ? null : List.copyOf(articleIds);
        }

        /** Just the filter. */
        public static Scope of(EventFilter filter) {
            return new Scope(filter, false, false, false, null);
        }
    }

    /** A sortable column. */
    public enum SortKey {
        date("e.day"), source("e.source_code"), target("e.target_code"), code("e.code"), quad("e.quad_class"),
        goldstein("e.goldstein"), place("e.place_name"), mentions("e.num_mentions"), sources("e.num_sources"),
        articles("e.num_articles");

        private final String column;

        SortKey(String column) {
            this.column = column;
        }
    }

    /** A sort order: a key, descending or not; ties go newest first, then by event id. */
    public record Sort(SortKey key, boolean descending) {
        /** The default order of {@code dateline query}: newest first. */
        public static final Sort NEWEST = new Sort(SortKey.date, true);

        String sql() {
            String dir = descending ? " DESC" : " ASC";
            String order = key.column + dir + " NULLS LAST";
            return key == SortKey.date ? order + ", e.num_mentions DESC, e.id" : order + ", e.day DESC NULLS LAST, e.id";
        }
    }

    /** Receives the export's rows. */
    @FunctionalInterface
    public interface RowSink {
        void row(List<Object> row) throws java.io.IOException;
    }

    /** How many event rows are in scope. */
    public long count(Scope scope) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM events e WHERE " + where(scope, args);
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows {@code offset} to {@code offset + limit} of the scope in the given order. */
    public Table page(Scope scope, Sort sort, long offset, int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + EventQueries.EVENT_COLUMNS + " FROM events e WHERE " + where(scope, args)
                + " ORDER BY " + sort.sql() + " LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset);
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            return Table.of(r);
        }
    }

    /** The column names of {@link #page} and {@link #export} rows. */
    public List<String> columns() throws SQLException {
        return page(Scope.of(EventFilter.all(0)), Sort.NEWEST, 0, 0).columns();
    }

    /**
     * Every row in scope, in event-id order, handed to {@code sink} {@code batch} rows at a time; returns how many.
     * Each batch is one query resuming after the last id seen, so no query materialises more than a batch.
     */
    public long export(Scope scope, int batch, RowSink sink) throws SQLException, java.io.IOException {
        long after = Long.MIN_VALUE;
        long n = 0;
        while (true) {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + EventQueries.EVENT_COLUMNS + " FROM events e WHERE " + where(scope, args)
                    + " AND e.id > ? ORDER BY e.id LIMIT " + batch;
            args.add(after);
            Table t;
            try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
                t = Table.of(r);
            }
            for (List<Object> row : t.rows()) {
                sink.row(row);
            }
            n += t.rows().size();
            if (t.rows().size() < batch) {
                return n;
            }
            after = ((Number) t.rows().get(t.rows().size() - 1).get(0)).longValue();
        }
    }

    /** Whether any current event has an actor matching {@code actor} (code prefix or country) on either side. */
    public boolean knownActor(String actor) throws SQLException {
        List<Object> args = new ArrayList<>();
        EventQueries.addActor(args, actor);
        EventQueries.addActor(args, actor);
        String sql = "SELECT 1 FROM events e WHERE e.num_mentions > 0 AND (" + EventQueries.actorMatch("source")
                + " OR " + EventQueries.actorMatch("target") + ") LIMIT 1";
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }

    static String where(Scope scope, List<Object> args) {
        EventFilter f = scope.filter();
        boolean pair = scope.bothWays() && f.actor1() != null && f.actor2() != null;
        boolean nullActors = scope.exactActors() || pair;
        EventFilter base = new EventFilter(nullActors ? null : f.actor(), nullActors ? null : f.actor1(),
                nullActors ? null : f.actor2(), f.code(), f.root(), f.quadClass(), f.goldsteinMin(), f.goldsteinMax(),
                f.from(), f.to(), f.source(), scope.exactPlace() ? null : f.place(), f.placeCountry(), f.limit(),
                f.byPublication());
        StringBuilder sql = new StringBuilder(EventQueries.where(base, args));
        if (scope.exactActors()) {
            if (f.actor() != null) {
                sql.append(" AND (e.source_code = ? OR e.target_code = ?)");
                args.add(upper(f.actor()));
                args.add(upper(f.actor()));
            }
            if (pair) {
                sql.append(" AND ((e.source_code = ? AND e.target_code = ?) OR (e.source_code = ? AND e.target_code = ?))");
                args.addAll(List.of(upper(f.actor1()), upper(f.actor2()), upper(f.actor2()), upper(f.actor1())));
            } else {
                if (f.actor1() != null) {
                    sql.append(" AND e.source_code = ?");
                    args.add(upper(f.actor1()));
                }
                if (f.actor2() != null) {
                    sql.append(" AND e.target_code = ?");
                    args.add(upper(f.actor2()));
                }
            }
        } else if (pair) {
            String forward = EventQueries.actorMatch("source") + " AND " + EventQueries.actorMatch("target");
            sql.append(" AND ((").append(forward).append(") OR (").append(forward).append("))");
            EventQueries.addActor(args, f.actor1());
            EventQueries.addActor(args, f.actor2());
            EventQueries.addActor(args, f.actor2());
            EventQueries.addActor(args, f.actor1());
            if (f.actor() != null) {
                sql.append(" AND (").append(EventQueries.actorMatch("source")).append(" OR ")
                        .append(EventQueries.actorMatch("target")).append(')');
                EventQueries.addActor(args, f.actor());
                EventQueries.addActor(args, f.actor());
            }
        }
        if (scope.exactPlace() && f.place() != null) {
            sql.append(" AND e.place_name = ?");
            args.add(f.place());
        }
        if (scope.articleIds() != null) {
            if (scope.articleIds().isEmpty()) {
                sql.append(" AND false");
            } else {
                sql.append(" AND e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
                        + "WHERE a.is_current AND m.article_id IN (")
                        .append(String.join(",", Collections.nCopies(scope.articleIds().size(), "?"))).append("))");
                args.addAll(scope.articleIds());
            }
        }
        return sql.toString();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
        return p;
    }
}
