package dateline.store;

import dateline.article.Span;
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

    Rows str(String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    Rows integer(Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
        return this;
    }

    Rows big(Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
        return this;
    }

    Rows dbl(Double v) throws SQLException {
        if (v == null || v.isNaN()) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
        return this;
    }

    Rows bytes(byte[] v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    Rows bool(Boolean v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.booleanValue());
        }
        return this;
    }

    Rows date(LocalDate v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    Rows timestamp(LocalDateTime v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    /** Two columns: start and end of a span, both NULL when the span is null. */
    Rows span(Span s) throws SQLException {
        integer(s == null ? null : s.start());
        return integer(s == null ? null : s.end());
    }

    /** Ends the row; DuckDB refuses it unless every column was given a value. */
    void add() throws SQLException {
        a.endRow();
    }
}
