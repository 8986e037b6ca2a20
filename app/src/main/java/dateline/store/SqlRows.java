package dateline.store;

import dateline.article.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a parameterised query and maps each row to a record; reads nullable columns as null, not zero. */
final class SqlRows {
    /** Maps the current row of a result set. */
    interface Mapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private SqlRows() {
    }

    static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(mapper.map(r));
                }
                return out;
            }
        }
    }

    static Integer integer(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    static Long big(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    static Double dbl(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /** A NULL double as NaN, as the core records hold an unknown measure. */
    static double dblOrNaN(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    static java.time.LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, java.time.LocalDate.class);
    }

    /** A span stored as {@code <start>, <end>} columns; null when either is NULL or they make no span. */
    static Span span(ResultSet r, String start, String end) throws SQLException {
        Integer s = integer(r, start);
        Integer e = integer(r, end);
        return s == null || e == null || s < 0 || e < s ? null : new Span(s, e);
    }

    /** A span stored as {@code <prefix>_start, <prefix>_end} columns. */
    static Span span(ResultSet r, String prefix) throws SQLException {
        return span(r, prefix + "_start", prefix + "_end");
    }

    /** An enum constant by name; null for NULL or a name this version does not know. */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lines of a column that joins several values with line ends; empty for NULL. */
    static List<String> lines(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null || v.isEmpty() ? List.of() : List.of(v.split("\n"));
    }
}
