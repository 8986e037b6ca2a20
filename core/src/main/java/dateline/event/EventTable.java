package dateline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a bundled tab-separated table of the event coder ({@code dateline/event/}), with their line numbers. */
final class EventTable {
    /** One row: its 1-based line number and its tab-separated fields. */
    record Row(int line, String[] fields) {
    }

    private EventTable() {
    }

    /** The rows of {@code resource}, skipping blank lines and {@code #} comments. */
    static List<Row> read(String resource) {
        String path = "/dateline/event/" + resource;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EventTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(n, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
