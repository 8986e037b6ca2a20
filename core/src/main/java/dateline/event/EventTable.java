package dateline.event;

import dateline.knowledge.TableFile;
import java.util.List;

/** The rows of a bundled tab-separated table of the event coder ({@code dateline/event/}), with their line numbers. */
final class EventTable {
    /** One row: its 1-based line number and its tab-separated fields. */
    record Row(int line, String[] fields) {
    }

    private EventTable() {
    }

    /** The rows of {@code resource}, skipping blank lines and {@code #} comments ({@link TableFile}). */
    static List<Row> read(String resource) {
        return TableFile.resource("dateline/event/" + resource).lines().stream()
                .map(l -> new Row(l.number(), l.fields())).toList();
    }
}
