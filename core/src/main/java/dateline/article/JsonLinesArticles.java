package dateline.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines corpus: one article per line, an object with {@code text} (or {@code body}) and optional
 * {@code id}, {@code url}, {@code date}, {@code title}, {@code dateline}, {@code source}. A bad line is reported
 * with its line number and the rest of the file is still read.
 */
public final class JsonLinesArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REUTERS_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private final TextArticles texts;

    public JsonLinesArticles(TextArticles texts) {
        this.texts = texts;
    }

    /**
     * The longest line read: room for an article of {@link TextArticles#MAX_TEXT_CHARS} characters written with
     * escapes, and its fields. A longer line (a corrupt file, or a compressed file that expands to gigabytes without
     * a newline) is skipped without being held in memory.
     */
    public static final int MAX_LINE_CHARS = 8 * TextArticles.MAX_TEXT_CHARS;

    /** Reads every line of {@code reader}, naming records {@code source:LINE}, and hands each outcome to {@code sink}. */
    public void read(String source, BufferedReader reader, ArticleOptions options, Consumer<ReadOutcome> sink)
            throws IOException {
        Lines lines = new Lines(reader);
        StringBuilder line = new StringBuilder();
        int lineNo = 0;
        while (true) {
            line.setLength(0);
            int end = lines.next(line);
            if (end == Lines.EOF && line.length() == 0) {
                return;
            }
            lineNo++;
            String input = source + ":" + lineNo;
            if (end == Lines.TOO_LONG) {
                sink.accept(new ReadOutcome.Failed(input, input + ": line too long (over " + MAX_LINE_CHARS
                        + " characters): skipped"));
            } else if (!line.toString().isBlank()) {
                try {
                    sink.accept(new ReadOutcome.Read(input, parse(source, input, line.toString(), options)));
                } catch (ArticleReadException e) {
                    sink.accept(new ReadOutcome.Failed(input, e.getMessage()));
                }
            }
            if (end == Lines.EOF) {
                return;
            }
        }
    }

    /** Splits a reader into lines of at most {@link #MAX_LINE_CHARS} characters, reading it in blocks. */
    private static final class Lines {
        static final int NEWLINE = 0;
        static final int EOF = 1;
        static final int TOO_LONG = 2;

        private final BufferedReader reader;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        /** Reads one line (without its terminator) into {@code out}; past the limit, skips to the line's end. */
        int next(StringBuilder out) throws IOException {
            boolean tooLong = false;
            while (true) {
                if (pos == len) {
                    len = reader.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return tooLong ? TOO_LONG : EOF;
                    }
                }
                int nl = pos;
                while (nl < len && buf[nl] != '\n') {
                    nl++;
                }
                if (!tooLong) {
                    if (out.length() + (nl - pos) > MAX_LINE_CHARS) {
                        tooLong = true;
                        out.setLength(0);
                        out.trimToSize();
                    } else {
                        out.append(buf, pos, nl - pos);
                    }
                }
                if (nl < len) {
                    pos = nl + 1;
                    if (tooLong) {
                        return TOO_LONG;
                    }
                    if (out.length() > 0 && out.charAt(out.length() - 1) == '\r') {
                        out.setLength(out.length() - 1);
                    }
                    return NEWLINE;
                }
                pos = len;
            }
        }
    }

    /**
     * Parses one JSON Lines record on its own, exactly as {@link #read} does for each line of a file; for engines
     * that split a corpus themselves (the Spark job).
     *
     * @param corpus  the corpus name; the article's source is {@code corpus#id} when the record has an id
     * @param input   how to name the record in errors and as its source when it has no id
     * @param line    the JSON object
     * @throws ArticleReadException naming {@code input} when the line is not an article
     */
    public Article parseLine(String corpus, String input, String line, ArticleOptions options)
            throws ArticleReadException {
        return parse(corpus, input, line, options);
    }

    Article parse(String corpus, String input, String line, ArticleOptions options) throws ArticleReadException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new ArticleReadException(input, "not a JSON object (" + firstLine(e.getMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new ArticleReadException(input, "not a JSON object");
        }
        String body = text(node, input, "text");
        if (body == null) {
            body = text(node, input, "body");
        }
        if (body == null || body.isBlank()) {
            throw new ArticleReadException(input, "no \"text\" or \"body\" field with article text");
        }
        String dateline = text(node, input, "dateline");
        String raw = body;
        if (dateline != null && !dateline.isBlank()) {
            raw = dateline.strip() + " " + body;
        }
        String id = text(node, input, "id");
        String source = id != null ? corpus + "#" + id : input;
        // "published" and "publication_date" are the names other corpora (VOA, news dumps) give the same field.
        String dateText = text(node, input, "date");
        for (String alt : List.of("published", "publication_date")) {
            if (dateText == null || dateText.isBlank()) {
                dateText = text(node, input, alt);
            }
        }
        LocalDate date = null;
        List<String> warnings = new ArrayList<>();
        if (dateText != null && !dateText.isBlank()) {
            date = parseDate(dateText);
            if (date == null) {
                warnings.add("unreadable date \"" + dateText + "\"; article has no date");
            }
        }
        Article a = texts.build(source, raw, text(node, input, "title"), text(node, input, "url"),
                text(node, input, "source"), date, options);
        if (!warnings.isEmpty()) {
            List<String> all = new ArrayList<>(a.warnings());
            all.addAll(warnings);
            a = new Article(a.id(), a.source(), a.agency(), a.agencyCode(), a.url(), a.datelinePlace(),
                    a.datelineSpan(), a.date(), a.title(), a.text(), a.boilerplate(), a.relatedLinks(), a.language(), all);
        }
        return a;
    }

    private static String text(JsonNode node, String input, String field) throws ArticleReadException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber() && (field.equals("id"))) {
            return v.asText();
        }
        throw new ArticleReadException(input, "field \"" + field + "\" must be a string, not " + v.getNodeType());
    }

    /** Parses ISO dates and timestamps and the Reuters-21578 form "26-FEB-1987 15:01:01.79". */
    static LocalDate parseDate(String s) {
        String t = s.strip();
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            String first = t.split("\\s+")[0];
            return LocalDate.parse(first, REUTERS_DATE);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
