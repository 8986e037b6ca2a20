package dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.TextArticles;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PentaClass news set: JSON Lines of {@code {"id", "text", "penta", "source"?, "target"?, "both"?}}, where
 * {@code penta} is the class 0 to 4 of the event the sentence reports and the optional arrays hold actor spans.
 *
 * <p>Each sentence becomes its own article with no date (the set gives none, so actor roles are the most recent
 * ones). A line that is not such a record is skipped with a note naming its line number; the others are still read.
 */
final class PentaReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArticles texts;

    PentaReader(TextArticles texts) {
        this.texts = texts;
    }

    /** Whether a parsed first line looks like a PentaClass record. */
    static boolean looksLikePenta(JsonNode first) {
        return first != null && first.isObject() && first.has("penta") && first.has("text");
    }

    PentaSet read(String input, String content, ArticleOptions options) throws GoldReadException {
        List<PentaSentence> sentences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            JsonNode r;
            try {
                r = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                notes.add(where + ": invalid JSON (" + e.getOriginalMessage() + "), skipped");
                continue;
            }
            if (r == null || !r.isObject()) {
                notes.add(where + ": not a JSON object, skipped");
                continue;
            }
            String id = SeedGoldReader.text(r, "id");
            id = id == null ? where : id;
            String text = SeedGoldReader.text(r, "text");
            JsonNode penta = r.get("penta");
            if (text == null) {
                notes.add(id + ": no text, skipped");
                continue;
            }
            if (penta == null || !penta.canConvertToInt() || !penta.isIntegralNumber() || penta.asInt() < 0
                    || penta.asInt() >= PentaSet.CLASSES) {
                notes.add(id + ": \"penta\" must be a class from 0 to 4 (got " + penta + "), skipped");
                continue;
            }
            Article article;
            try {
                article = texts.build(input + "#" + id, text, null, null, null, null, options);
            } catch (ArticleReadException e) {
                notes.add(id + ": " + e.getMessage() + ", skipped");
                continue;
            }
            sentences.add(new PentaSentence(id, penta.asInt(), spans(r, "source"), spans(r, "target"),
                    spans(r, "both"), article));
        }
        if (sentences.isEmpty()) {
            throw new GoldReadException(input, "no PentaClass record could be read"
                    + (notes.isEmpty() ? "" : " (" + notes.get(0) + ")"));
        }
        return new PentaSet(input, sentences, notes);
    }

    private static List<String> spans(JsonNode r, String field) {
        List<String> out = new ArrayList<>();
        JsonNode a = r.get(field);
        if (a != null && a.isArray()) {
            for (JsonNode s : a) {
                if (s.isTextual() && !s.asText().isBlank()) {
                    out.add(s.asText().strip());
                }
            }
        }
        return out;
    }
}
