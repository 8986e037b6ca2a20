package dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.TextArticles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads PLOVER gold-standard records: a JSON array of {@code {id, text, event, mode?, date?, event_date?,
 * source: [...], target: [...]}} where each actor is {@code {actorText, code, sector}}. {@code date} is the
 * publication date the text is coded with; {@code event_date} (a day or START/END) is when the event happened, and
 * is scored as date accuracy.
 *
 * <p>A record whose {@code id}, {@code event} or {@code type} is {@code DOCUMENT} describes the file and is
 * skipped. A record with no {@code event} (absent, empty or "NONE") expects no event. A record whose actors have
 * several countries (a compound actor, "US and British forces") expects one event per distinct pair of source and
 * target countries, as an event coder that splits compound actors emits them; an empty actor list leaves that side
 * unconstrained.
 */
final class PloverJsonReader {
    private final TextArticles texts;

    PloverJsonReader(TextArticles texts) {
        this.texts = texts;
    }

    GoldSet read(String input, JsonNode root, ArticleOptions options) throws GoldReadException {
        if (!root.isArray()) {
            throw new GoldReadException(input, "PLOVER gold must be a JSON array of records");
        }
        List<GoldDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String id = SeedGoldReader.text(r, "id");
            id = id == null ? "record-" + (i + 1) : id;
            if (isDocument(r)) {
                notes.add(id + ": DOCUMENT record skipped");
                continue;
            }
            String text = SeedGoldReader.text(r, "text");
            if (text == null) {
                notes.add(id + ": no text, skipped");
                continue;
            }
            String category = SeedGoldReader.text(r, "event");
            boolean none = category == null || category.equalsIgnoreCase("NONE");
            List<GoldEvent> events = new ArrayList<>();
            String eventDate = null;
            try {
                eventDate = GoldEvent.eventDate(SeedGoldReader.text(r, "event_date"));
            } catch (IllegalArgumentException bad) {
                notes.add(id + ": " + bad.getMessage() + "; its events are not scored for date");
            }
            if (!none) {
                String cat = category.strip().toUpperCase(Locale.ROOT);
                String mode = SeedGoldReader.text(r, "mode");
                Set<String> sources = countries(r.path("source"));
                Set<String> targets = countries(r.path("target"));
                for (String s : sources) {
                    for (String t : targets) {
                        events.add(new GoldEvent(id + "#" + (events.size() + 1), true, List.of(cat), mode, s, t,
                                s, t, null, eventDate));
                    }
                }
                if (events.isEmpty()) {
                    events.add(new GoldEvent(id + "#1", true, List.of(cat), mode, null, null, null, null, null,
                            eventDate));
                }
            }
            LocalDate date = null;
            String d = SeedGoldReader.text(r, "date");
            if (d != null) {
                try {
                    date = LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d);
                } catch (DateTimeParseException e) {
                    notes.add(id + ": date \"" + d + "\" not understood; coded without a date");
                }
            }
            Article article;
            try {
                article = texts.build(input + "#" + id, text, null, null, null, date, options);
            } catch (ArticleReadException e) {
                notes.add(id + ": " + e.getMessage() + ", skipped");
                continue;
            }
            docs.add(new GoldDocument(id, article, List.of(new GoldSentence(id, null, text, events, none)), null));
        }
        return new GoldSet(input, GoldFormat.PLOVER_JSON, null, docs, notes);
    }

    private static boolean isDocument(JsonNode r) {
        for (String f : List.of("id", "event", "type")) {
            String v = SeedGoldReader.text(r, f);
            if (v != null && v.equalsIgnoreCase("DOCUMENT")) {
                return true;
            }
        }
        return false;
    }

    /** The distinct countries of an actor list; a set holding only null when no actor gives one. */
    private static Set<String> countries(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String c = GoldEvent.country(SeedGoldReader.text(a, "code"));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }
}
