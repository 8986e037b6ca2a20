package dateline.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A query result: column names and rows of plain Java values, small enough to print.
 *
 * @param columns column names
 * @param rows    rows, each with one value per column
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads a whole result set; dates and timestamps become their ISO strings. */
    public static Table of(ResultSet r) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            cols.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
            List<Object> row = new ArrayList<>(cols.size());
            for (int i = 1; i <= cols.size(); i++) {
                Object v = r.getObject(i);
                if (v instanceof java.util.Date || v instanceof java.time.temporal.Temporal) {
                    v = r.getString(i);
                } else if (v != null && !(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                    v = v.toString();
                }
                row.add(v);
            }
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new Table(cols, rows);
    }

    /**
     * One CSV line (RFC 4180, no line end) of {@code cells}: null is empty, and a cell holding a comma, quote or
     * line break is quoted.
     */
    public static String csvLine(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = cells.get(i) == null ? "" : cells.get(i).toString();
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        return b.toString();
    }

    /** The values of one column. */
    public List<Object> column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }
}
