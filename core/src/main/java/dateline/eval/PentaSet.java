package dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * A PentaClass news set as read: sentences labelled with the class of the event they report (as ConfliBERT's
 * {@code cameo_class} data), each its own article.
 *
 * @param source    the file, as the user named it
 * @param sentences the sentences to code and score
 * @param notes     lines the reader skipped, one line each ("line 7: no text, skipped")
 */
public record PentaSet(String source, List<PentaSentence> sentences, List<String> notes) implements GoldFile {
    /** The number of PentaClasses (0 to 4). */
    public static final int CLASSES = 5;

    public PentaSet {
        Objects.requireNonNull(source, "source");
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }
}
