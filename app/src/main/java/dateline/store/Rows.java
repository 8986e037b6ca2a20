package dateline.store;

import dateline.article.Span;
import dateline.geo.Place;
import dateline.record.Evidence;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/** Appends one row's values to a DuckDB appender in column order, writing SQL NULL for Java null. */
final class Rows {
    private final DuckDBAppender a;

    private Rows(DuckDBAppender a) {
        this.a = a;
    }

    /** Begins a row. */
    static Rows of(DuckDBAppender a) throws SQLException {
        a.beginRow();
        return new Rows(a);
    }

    /** A double; NaN ("not scored") is NULL. */
    Rows dbl(Double v) throws SQLException {
        return val(v == null || v.isNaN() ? null : v);
    }

    /** Two columns: start and end of a span, both NULL when the span is null. */
    Rows span(Span s) throws SQLException {
        return val(s == null ? null : s.start()).val(s == null ? null : s.end());
    }

    /** Two columns: start and end of a piece of evidence, both NULL when it is null. */
    Rows span(Evidence e) throws SQLException {
        return span(e == null ? null : e.span());
    }

    /** Three columns: the text, start and end of a piece of evidence (an actor's mention in {@code mentions}). */
    Rows textAndSpan(Evidence e) throws SQLException {
        return val(e == null ? null : e.text()).span(e);
    }

    /**
     * Eight columns of an event's place: name, feature type, ISO alpha-3 and FIPS country, ADM1, latitude,
     * longitude, GeoNames id (NULL when it has none); all NULL for no place.
     */
    Rows place(Place p) throws SQLException {
        if (p == null) {
            for (int i = 0; i < 8; i++) {
                val(null);
            }
            return this;
        }
        return val(p.name()).val(p.featureType() == null ? null : p.featureType().name()).val(p.countryIso3())
                .val(p.countryFips()).val(p.adm1()).dbl(p.lat()).dbl(p.lon())
                .val(p.geonameId() > 0 ? p.geonameId() : null);
    }

    /** Ends the row; DuckDB refuses it unless every column was given a value. */
    void add() throws SQLException {
        a.endRow();
    }

    /**
     * One value, appended by its Java type: String, Integer (INTEGER), Long (BIGINT), Double, Boolean, byte[]
     * (BLOB), LocalDate (DATE), LocalDateTime (TIMESTAMP); null is NULL.
     */
    Rows val(Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Integer i) {
            a.append(i.intValue());
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof Double d) {
            a.append(d.doubleValue());
        } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
        } else if (v instanceof byte[] b) {
            a.append(b);
        } else if (v instanceof LocalDate d) {
            a.append(d);
        } else if (v instanceof LocalDateTime t) {
            a.append(t);
        } else {
            throw new IllegalArgumentException("no column type for " + v.getClass().getName());
        }
        return this;
    }
}
