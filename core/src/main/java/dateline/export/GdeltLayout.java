package dateline.export;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The GDELT 2.0 column layouts, read from {@code gdelt-events.tsv} and {@code gdelt-mentions.tsv} (name, DuckDB
 * type, meaning; one line per column, in codebook order).
 *
 * @param name    "events" or "mentions"
 * @param columns the columns in order
 */
public record GdeltLayout(String name, List<Column> columns) {
    /** Number of columns of a GDELT 2.0 Event record. */
    public static final int EVENT_COLUMNS = 61;
    /** Number of columns of a GDELT 2.0 Mentions record. */
    public static final int MENTION_COLUMNS = 16;

    public GdeltLayout {
        columns = List.copyOf(columns);
    }

    /** The 61-column Event layout. */
    public static GdeltLayout events() {
        return load("events", EVENT_COLUMNS);
    }

    /** The 16-column Mentions layout. */
    public static GdeltLayout mentions() {
        return load("mentions", MENTION_COLUMNS);
    }

    /** The column names in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * A DuckDB {@code columns} struct literal for {@code read_csv}, e.g. {@code {'GlobalEventID': 'BIGINT', ...}}:
     * how to read an export back with its names and types.
     */
    public String duckDbColumns() {
        return columns.stream().map(c -> "'" + c.name() + "': '" + c.type() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static GdeltLayout load(String name, int expected) {
        String resource = "gdelt-" + name + ".tsv";
        List<Column> cols = new ArrayList<>();
        for (TableLine row : TableFile.resource("dateline/export/" + resource).lines()) {
            String[] f = row.fields();
            if (f.length != 3) {
                throw row.error("expected 3 tab-separated fields");
            }
            cols.add(new Column(f[0], f[1], f[2]));
        }
        if (cols.size() != expected) {
            throw new IllegalStateException(resource + ": " + cols.size() + " columns, expected " + expected);
        }
        return new GdeltLayout(name, cols);
    }
}
