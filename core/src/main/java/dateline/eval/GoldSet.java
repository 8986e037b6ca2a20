package dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold-standard file as read: its documents and the format they came in.
 *
 * @param source    the file, as the user named it
 * @param format    the format it was read as
 * @param article   for the seed format, the article file the gold was applied to; else null
 * @param documents the documents to code and score
 * @param notes     what the reader skipped or could not use, one line each ("record 0: DOCUMENT record skipped")
 */
public record GoldSet(String source, GoldFormat format, String article, List<GoldDocument> documents,
        List<String> notes) implements GoldFile {
    public GoldSet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    public Scheme scheme() {
        return format.scheme();
    }
}
