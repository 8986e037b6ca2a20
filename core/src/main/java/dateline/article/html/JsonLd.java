package dateline.article.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described by a page's JSON-LD blocks, if any. Blocks that do not parse are ignored:
 * pages often carry broken JSON-LD, and it must never cost the article.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "posting");

    private final JsonNode article;
    private final JsonNode page;

    private JsonLd(JsonNode article, JsonNode page) {
        this.article = article;
        this.page = page;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = MAPPER.readTree(script.data().strip());
                flatten(root, nodes, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        JsonNode article = null;
        JsonNode page = null;
        for (JsonNode n : nodes) {
            if (article == null && hasType(n, ARTICLE_TYPES)) {
                article = n;
            } else if (page == null && hasType(n, Set.of("webpage", "itempage"))) {
                page = n;
            }
        }
        if (article == null && page != null && page.path("mainEntity").isObject()
                && hasType(page.path("mainEntity"), ARTICLE_TYPES)) {
            article = page.path("mainEntity");
        }
        return new JsonLd(article, page);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean hasType(JsonNode n, Set<String> types) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (types.contains(x.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    boolean hasArticle() {
        return article != null;
    }

    String headline() {
        return text(article, "headline") != null ? text(article, "headline") : text(article, "name");
    }

    String datePublished() {
        String d = text(article, "datePublished");
        return d != null ? d : text(page, "datePublished");
    }

    String dateModified() {
        String d = text(article, "dateModified");
        return d != null ? d : text(page, "dateModified");
    }

    String articleBody() {
        return text(article, "articleBody");
    }

    String url() {
        String u = text(article, "url");
        if (u == null && article != null) {
            JsonNode m = article.get("mainEntityOfPage");
            if (m != null) {
                u = m.isTextual() ? m.asText() : text(m, "@id");
            }
        }
        return u;
    }

    String publisher() {
        if (article == null) {
            return null;
        }
        JsonNode p = article.get("publisher");
        if (p != null && p.isArray() && p.size() > 0) {
            p = p.get(0);
        }
        return p == null ? null : p.isTextual() ? p.asText() : text(p, "name");
    }

    String section() {
        if (article == null) {
            return null;
        }
        JsonNode s = article.get("articleSection");
        if (s != null && s.isArray()) {
            s = s.size() > 0 ? s.get(0) : null;
        }
        return s == null || !s.isValueNode() ? null : blankToNull(s.asText());
    }

    String language() {
        String l = text(article, "inLanguage");
        return l != null ? l : text(page, "inLanguage");
    }

    List<String> authors() {
        List<String> out = new ArrayList<>();
        if (article == null) {
            return out;
        }
        JsonNode a = article.get("author");
        if (a == null) {
            a = article.get("creator");
        }
        if (a == null) {
            return out;
        }
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
            String name = one.isTextual() ? blankToNull(one.asText()) : text(one, "name");
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v == null || !v.isValueNode() ? null : blankToNull(v.asText());
    }

    /** JSON-LD strings are often HTML-escaped a second time ("&#8216;"): unescape once more. */
    private static String blankToNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(t, false) : t;
    }
}
