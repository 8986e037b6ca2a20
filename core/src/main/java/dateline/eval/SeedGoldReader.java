package dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.article.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the seed gold format ({@code seed-gold.json}): one article's events, each tied to its sentence by a
 * phrase ({@code sentence_contains}), plus expectations on actors, quotes and places.
 *
 * <p>Events that name the same phrase form one scored sentence. A null {@code target} (or {@code source}) leaves
 * that side unconstrained: any actor, or none, matches. Every phrase must occur in the article, otherwise the gold
 * does not annotate this article and reading fails.
 */
final class SeedGoldReader {

    GoldSet read(String input, JsonNode root, Article article, String articleName) throws GoldReadException {
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            throw new GoldReadException(input, "seed gold has no \"events\" array");
        }
        Map<String, List<GoldEvent>> byPhrase = new LinkedHashMap<>();
        for (JsonNode e : events) {
            String id = text(e, "id");
            String phrase = text(e, "sentence_contains");
            if (id == null || phrase == null) {
                throw new GoldReadException(input, "every event needs \"id\" and \"sentence_contains\"");
            }
            List<String> accept = new ArrayList<>();
            JsonNode acc = e.get("accept");
            if (acc != null && acc.isArray()) {
                acc.forEach(a -> accept.add(a.asText()));
            } else if (text(e, "code") != null) {
                accept.add(text(e, "code"));
            }
            if (accept.isEmpty()) {
                throw new GoldReadException(input, "event " + id + " has no \"accept\" codes");
            }
            JsonNode codes = e.get("gold_actor_codes");
            String sourceCode = codes != null && codes.size() > 0 ? codes.get(0).asText() : text(e, "source");
            String targetCode = codes != null && codes.size() > 1 ? codes.get(1).asText() : text(e, "target");
            String eventDate;
            try {
                eventDate = GoldEvent.eventDate(text(e, "event_date"));
            } catch (IllegalArgumentException bad) {
                throw new GoldReadException(input, "event " + id + ": " + bad.getMessage());
            }
            byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(new GoldEvent(id,
                    e.path("required").asBoolean(false), accept, null, text(e, "source"), text(e, "target"),
                    sourceCode, targetCode, text(e, "note"), eventDate));
        }
        List<GoldSentence> sentences = new ArrayList<>();
        for (Map.Entry<String, List<GoldEvent>> entry : byPhrase.entrySet()) {
            String id = String.join("+", entry.getValue().stream().map(GoldEvent::id).toList());
            GoldSentence s = new GoldSentence(id, entry.getKey(), null, entry.getValue(), false);
            if (s.locate(article.text()) == null) {
                throw new GoldReadException(input, "event " + id + ": \"" + entry.getKey() + "\" is not in the article "
                        + articleName + " (wrong article? give the right one with --article)");
            }
            sentences.add(s);
        }
        GoldDocument doc = new GoldDocument(articleName, article, sentences, checks(root));
        return new GoldSet(input, GoldFormat.SEED, articleName, List.of(doc), List.of());
    }

    private static ArticleChecks checks(JsonNode root) {
        List<ArticleChecks.Actor> actors = new ArrayList<>();
        for (JsonNode a : root.path("actors")) {
            if (text(a, "text") != null && text(a, "code") != null) {
                actors.add(new ArticleChecks.Actor(text(a, "text"), text(a, "code")));
            }
        }
        List<ArticleChecks.Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            if (text(q, "starts_with") != null) {
                quotes.add(new ArticleChecks.Quote(text(q, "starts_with"), text(q, "speaker"), text(q, "kind"),
                        q.path("required").asBoolean(false)));
            }
        }
        List<ArticleChecks.Place> places = new ArrayList<>();
        for (JsonNode p : root.path("places")) {
            if (text(p, "name") != null) {
                places.add(new ArticleChecks.Place(text(p, "name"), text(p, "country"),
                        p.has("lat") ? p.get("lat").asDouble() : Double.NaN,
                        p.has("lon") ? p.get("lon").asDouble() : Double.NaN,
                        text(p, "feature"), p.path("required").asBoolean(false)));
            }
        }
        return new ArticleChecks(actors, quotes, places, root.path("place_tolerance_km").asDouble(25));
    }

    /** A field as text, or null when absent, JSON null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}
