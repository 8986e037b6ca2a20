package dateline.cli;

import dateline.store.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a {@link Table} as an aligned text table, CSV (RFC 4180) or a JSON array of objects. */
final class TableOutput {
    enum Format { table, csv, json }

    private TableOutput() {
    }

    static void print(Table t, Format format, PrintWriter out) {
        switch (format) {
            case csv -> csv(t, out);
            case json -> json(t, out);
            default -> text(t, out);
        }
        out.flush();
    }

    private static void text(Table t, PrintWriter out) {
        int n = t.columns().size();
        int[] width = new int[n];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<String> cs = new ArrayList<>();
            for (Object v : row) {
                String s = v == null ? "" : v.toString().replace('\n', ' ').replace('\t', ' ');
                cs.add(s.length() > 60 ? s.substring(0, 57) + "..." : s);
            }
            cells.add(cs);
        }
        for (int i = 0; i < n; i++) {
            width[i] = t.columns().get(i).length();
            for (List<String> r : cells) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        out.println(line(t.columns(), width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i > 0 ? "  " : "").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> r : cells) {
            out.println(line(r, width));
        }
        out.println("(" + t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s") + ")");
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(cells.get(i)).append(" ".repeat(width[i] - cells.get(i).length()));
        }
        return b.toString().stripTrailing();
    }

    private static void csv(Table t, PrintWriter out) {
        out.println(Table.csvLine(t.columns()));
        for (List<Object> row : t.rows()) {
            out.println(Table.csvLine(row));
        }
    }

    private static void json(Table t, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                m.put(t.columns().get(i), row.get(i));
            }
            rows.add(m);
        }
        Json.print(out, rows);
    }
}
