package dateline.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table bundled in this package ({@code dateline/export/NAME}): its rows, without blank lines and
 * {@code #} comments, each with its line number so a bad row is reported where it is.
 */
final class BundledTable {
    /** One row: its 1-based line number and its fields. */
    record Row(int line, String[] fields) {
    }

    private BundledTable() {
    }

    /** The rows of {@code resource}, each checked to have {@code fields} fields. */
    static List<Row> read(String resource, int fields) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = BundledTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dateline/export/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < fields) {
                    throw bad(resource, lineNo, "expected " + fields + " tab-separated fields");
                }
                rows.add(new Row(lineNo, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading dateline/export/" + resource, e);
        }
        return rows;
    }

    static IllegalStateException bad(String resource, int line, String what) {
        return new IllegalStateException("dateline/export/" + resource + ":" + line + ": " + what);
    }
}
