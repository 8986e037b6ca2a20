package dateline.store;

import dateline.article.Span;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Binds a row's values to a prepared statement in order, writing SQL NULL for Java null. */
final class Rows {
    private final PreparedStatement p;
    private int i;

    private Rows(PreparedStatement p) {
        this.p = p;
    }

    static Rows of(PreparedStatement p) {
        return new Rows(p);
    }

    Rows str(String v) throws SQLException {
        p.setString(++i, v);
        return this;
    }

    Rows integer(Integer v) throws SQLException {
        if (v == null) {
            p.setNull(++i, Types.INTEGER);
        } else {
            p.setInt(++i, v);
        }
        return this;
    }

    Rows big(Long v) throws SQLException {
        if (v == null) {
            p.setNull(++i, Types.BIGINT);
        } else {
            p.setLong(++i, v);
        }
        return this;
    }

    Rows dbl(Double v) throws SQLException {
        if (v == null || v.isNaN()) {
            p.setNull(++i, Types.DOUBLE);
        } else {
            p.setDouble(++i, v);
        }
        return this;
    }

    Rows bytes(byte[] v) throws SQLException {
        if (v == null) {
            p.setNull(++i, Types.BLOB);
        } else {
            p.setBytes(++i, v);
        }
        return this;
    }

    Rows bool(Boolean v) throws SQLException {
        if (v == null) {
            p.setNull(++i, Types.BOOLEAN);
        } else {
            p.setBoolean(++i, v);
        }
        return this;
    }

    Rows date(LocalDate v) throws SQLException {
        if (v == null) {
            p.setNull(++i, Types.DATE);
        } else {
            p.setObject(++i, v);
        }
        return this;
    }

    /** Two columns: start and end of a span, both NULL when the span is null. */
    Rows span(Span s) throws SQLException {
        integer(s == null ? null : s.start());
        return integer(s == null ? null : s.end());
    }

    void add() throws SQLException {
        p.addBatch();
        i = 0;
    }
}
