package dateline.eval;

import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.TextArticles;
import dateline.cameo.Codebook;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an event table: tab-separated, {@code #} comment lines, a header naming the columns {@code id},
 * {@code sentence}, {@code code}, {@code source}, {@code target} and optionally {@code date} (YYYY-MM-DD) and
 * {@code notes}, then one row a sentence with the one event it must give. An optional {@code also} column lists
 * further events the codebook gives for the sentence, {@code CODE SOURCE>TARGET} separated by {@code ;} (the other
 * direction of a reciprocal act, a second act the sentence reports): they are optional gold events, neither
 * required nor counted as false positives.
 *
 * <p>Each sentence is its own article, dated from its row (undated when the cell is empty). Actor codes are whole
 * CAMEO actor codes ("IRNGOV", "---UAF"); {@code ---} or an empty cell means the sentence names no such actor and
 * the event must have none: CAMEO codes many events without a target. A row that cannot be used is skipped with a
 * note naming its line; the others are still read.
 */
final class EventTableReader {
    private static final List<String> REQUIRED = List.of("id", "sentence", "code", "source", "target");
    private static final Pattern ACTOR = Pattern.compile("[A-Z-]{3}([A-Z]{3})*");

    private final TextArticles texts;
    private final Codebook codebook;

    EventTableReader(TextArticles texts, Codebook codebook) {
        this.texts = texts;
        this.codebook = codebook;
    }

    /** Whether {@code content}'s first line that is not a comment is an event table header. */
    static boolean looksLikeTable(String content) {
        for (String line : content.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Set<String> columns = new HashSet<>();
            for (String c : line.split("\t")) {
                columns.add(c.strip().toLowerCase(Locale.ROOT));
            }
            return columns.containsAll(REQUIRED);
        }
        return false;
    }

    GoldSet read(String input, String content, ArticleOptions options) throws GoldReadException {
        String[] lines = content.split("\r?\n", -1);
        Map<String, Integer> columns = null;
        List<GoldDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int c = 0; c < cells.length; c++) {
                    columns.put(cells[c].strip().toLowerCase(Locale.ROOT), c);
                }
                continue;
            }
            String where = "line " + (i + 1);
            try {
                docs.add(row(input, cells, columns, ids, options));
            } catch (RowException e) {
                notes.add(where + ": " + e.getMessage() + ", skipped");
            }
        }
        if (columns == null || !columns.keySet().containsAll(REQUIRED)) {
            throw new GoldReadException(input, "not an event table: the header must name the columns "
                    + String.join(", ", REQUIRED));
        }
        if (docs.isEmpty()) {
            throw new GoldReadException(input, "no usable row" + (notes.isEmpty() ? "" : " (" + notes.get(0) + ")"));
        }
        return new GoldSet(input, GoldFormat.EVENT_TABLE, null, docs, notes);
    }

    private GoldDocument row(String input, String[] cells, Map<String, Integer> columns, Set<String> ids,
            ArticleOptions options) throws RowException {
        String id = cell(cells, columns, "id");
        String sentence = cell(cells, columns, "sentence");
        String code = cell(cells, columns, "code");
        if (id.isEmpty()) {
            throw new RowException("no id");
        }
        if (!ids.add(id)) {
            throw new RowException("id " + id + " repeats an earlier row");
        }
        if (sentence.isEmpty()) {
            throw new RowException(id + " has no sentence");
        }
        if (!codebook.contains(code)) {
            throw new RowException(id + ": \"" + code + "\" is not a CAMEO event code");
        }
        String source = actor(id, "source", cell(cells, columns, "source"));
        String target = actor(id, "target", cell(cells, columns, "target"));
        String dateText = cell(cells, columns, "date");
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new RowException(id + ": date \"" + dateText + "\" is not YYYY-MM-DD");
            }
        }
        String note = cell(cells, columns, "notes");
        Article article;
        try {
            article = texts.build(input + "#" + id, sentence, null, null, null, date, options);
        } catch (ArticleReadException e) {
            throw new RowException(id + ": " + e.getMessage());
        }
        GoldEvent event = new GoldEvent(id, true, List.of(code), null, source, target, source, target,
                note.isEmpty() ? null : note);
        List<GoldEvent> events = new ArrayList<>(List.of(event));
        events.addAll(also(id, cell(cells, columns, "also")));
        return new GoldDocument(id, article, List.of(new GoldSentence(id, null, sentence, events, false)), null);
    }

    /** The optional events of the {@code also} cell: "CODE SOURCE>TARGET", separated by ";". */
    private List<GoldEvent> also(String id, String cell) throws RowException {
        List<GoldEvent> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        for (String item : cell.split(";")) {
            String[] parts = item.strip().split("\\s+");
            String[] pair = parts.length == 2 ? parts[1].split(">", -1) : new String[0];
            if (pair.length != 2) {
                throw new RowException(id + ": also \"" + item.strip() + "\" is not CODE SOURCE>TARGET");
            }
            if (!codebook.contains(parts[0])) {
                throw new RowException(id + ": also \"" + parts[0] + "\" is not a CAMEO event code");
            }
            String source = actor(id, "also source", pair[0]);
            String target = actor(id, "also target", pair[1]);
            out.add(new GoldEvent(id + "+" + (out.size() + 1), false, List.of(parts[0]), null, source, target, source,
                    target, "also"));
        }
        return out;
    }

    private static String actor(String id, String column, String code) throws RowException {
        String c = code.toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.equals(Labels.NO_ACTOR)) {
            return Labels.NO_ACTOR;
        }
        if (!ACTOR.matcher(c).matches()) {
            throw new RowException(id + ": " + column + " \"" + code + "\" is not a CAMEO actor code");
        }
        return c;
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer at = columns.get(name);
        return at == null || at >= cells.length ? "" : cells[at].strip();
    }

    /** A row that cannot be used; becomes a note. */
    private static final class RowException extends Exception {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message);
        }
    }
}
