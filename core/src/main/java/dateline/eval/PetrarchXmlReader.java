package dateline.eval;

import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.TextArticles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads PETRARCH validation XML: {@code <Sentence id= date=>} records, each followed (or enclosed) by zero or more
 * {@code <EventCoding sourcecode= targetcode= eventcode=>} or {@code <EventCoding noevents="True">} and a
 * {@code <Text>}. {@code <Parse>} is ignored: Dateline parses the text itself.
 *
 * <p>The files are not well-formed XML ({@code #} comment lines, self-closed {@code <Sentence/>} followed by its
 * parts as siblings), so they are read with jsoup's lenient XML parser, walking the elements in document order and
 * attaching each coding and text to the latest sentence. Each sentence becomes its own one-sentence article, dated
 * from the record. A record with {@code evaluate="false"}, no text or no coding is skipped with a note.
 */
final class PetrarchXmlReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd", Locale.ROOT);

    private final TextArticles texts;

    PetrarchXmlReader(TextArticles texts) {
        this.texts = texts;
    }

    GoldSet read(String input, String xml, ArticleOptions options) throws GoldReadException {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Record> records = new ArrayList<>();
        Record current = null;
        for (Element el : doc.getAllElements()) {
            switch (el.normalName()) {
                case "sentence" -> {
                    current = new Record(el.attr("id"), el.attr("date"), el.attr("evaluate"));
                    records.add(current);
                }
                case "eventcoding" -> {
                    if (current != null) {
                        current.codings.add(el);
                    }
                }
                case "text" -> {
                    if (current != null && current.text == null) {
                        current.text = el.wholeText().strip().replaceAll("\\s+", " ");
                    }
                }
                default -> {
                }
            }
        }
        if (records.isEmpty()) {
            throw new GoldReadException(input, "no <Sentence> records: not a PETRARCH validation file");
        }
        List<GoldDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            String id = r.id.isBlank() ? "record-" + (i + 1) : r.id;
            if (r.evaluate.equalsIgnoreCase("false")) {
                notes.add(id + ": evaluate=\"false\", skipped");
                continue;
            }
            if (r.text == null || r.text.isBlank()) {
                notes.add(id + ": no <Text>, skipped");
                continue;
            }
            if (r.codings.isEmpty()) {
                notes.add(id + ": no <EventCoding>, skipped");
                continue;
            }
            boolean none = false;
            List<GoldEvent> events = new ArrayList<>();
            for (Element c : r.codings) {
                if (c.attr("noevents").equalsIgnoreCase("true")) {
                    none = true;
                } else if (!c.attr("eventcode").isBlank()) {
                    events.add(new GoldEvent(id + "#" + (events.size() + 1), true, List.of(c.attr("eventcode").strip()),
                            null, c.attr("sourcecode"), c.attr("targetcode"), blankToNull(c.attr("sourcecode")),
                            blankToNull(c.attr("targetcode")), null));
                }
            }
            LocalDate date = date(r.date);
            if (date == null && !r.date.isBlank()) {
                notes.add(id + ": date \"" + r.date + "\" not understood; coded without a date");
            }
            Article article;
            try {
                article = texts.build(input + "#" + id, r.text, null, null, null, date, options);
            } catch (ArticleReadException e) {
                notes.add(id + ": " + e.getMessage() + ", skipped");
                continue;
            }
            docs.add(new GoldDocument(id, article,
                    List.of(new GoldSentence(id, null, r.text, events, none && events.isEmpty())), null));
        }
        return new GoldSet(input, GoldFormat.PETRARCH_XML, null, docs, notes);
    }

    /** A record date: yyyyMMdd, or yyMMdd read as 20yy; null when neither. */
    static LocalDate date(String s) {
        String d = s.strip();
        try {
            if (d.length() == 8) {
                return LocalDate.parse(d, YYYYMMDD);
            }
            if (d.length() == 6) {
                return LocalDate.parse(d, YYMMDD);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class Record {
        final String id;
        final String date;
        final String evaluate;
        final List<Element> codings = new ArrayList<>();
        String text;

        Record(String id, String date, String evaluate) {
            this.id = id;
            this.date = date;
            this.evaluate = evaluate;
        }
    }
}
