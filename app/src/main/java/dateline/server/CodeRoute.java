package dateline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.pipeline.CodedArticle;
import dateline.view.CodedArticleView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/code}: codes one posted article and returns it with every fact and its evidence; nothing is
 * stored. The body is the article itself (text or HTML, as {@code text/plain}, {@code text/html} or
 * {@code application/octet-stream}, with {@code ?name=} and {@code ?date=}) or a JSON object
 * {@code {"text"|"html": ..., "name": ..., "date": ...}}.
 */
final class CodeRoute implements Handler {
    private static final int MAX_NAME = 200;

    private final ArticleFiles files;
    private final ArticleCoder coder;
    private final long maxBodyBytes;

    CodeRoute(ArticleFiles files, ArticleCoder coder, long maxBodyBytes) {
        this.files = files;
        this.coder = coder;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A posted article before reading: its bytes, a name for messages and format sniffing, and a date. */
    record Posted(String name, byte[] bytes, LocalDate date) {
    }

    @Override
    public void handle(Context ctx) {
        Posted posted = posted(ctx, maxBodyBytes);
        Article article = read(files, posted);
        long t0 = System.nanoTime();
        CodedArticle coded = coder.code(article);
        ctx.json(CodedArticleView.of(posted.name(), coded).withMillis((System.nanoTime() - t0) / 1_000_000));
    }

    /** Parses the request into a posted article; 400 for anything malformed. */
    static Posted posted(Context ctx, long maxBodyBytes) {
        String type = mediaType(ctx.contentType());
        // A misspelt parameter (?dat=) would otherwise leave the article undated without a word; a JSON body
        // carries its name and date inside.
        QueryParams.check(ctx, type.equals("application/json") ? Set.of() : Set.of("name", "date"));
        byte[] body = RequestBodies.read(ctx, maxBodyBytes);
        if (type.equals("application/json")) {
            JsonNode json;
            try {
                json = ServerJson.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                throw ApiError.badRequest("the body could not be read as JSON");
            }
            if (json == null || !json.isObject()) {
                throw ApiError.badRequest("the JSON body must be an object with a \"text\" or \"html\" field");
            }
            json.fieldNames().forEachRemaining(f -> {
                if (!List.of("text", "html", "name", "date").contains(f)) {
                    throw ApiError.badRequest("unknown field \"" + f + "\" (expected text, html, name, date)");
                }
            });
            JsonNode text = json.get("text");
            JsonNode html = json.get("html");
            if ((text == null) == (html == null)) {
                throw ApiError.badRequest("give exactly one of \"text\" and \"html\"");
            }
            JsonNode content = text != null ? text : html;
            if (!content.isTextual()) {
                throw ApiError.badRequest("\"" + (text != null ? "text" : "html") + "\" must be a string");
            }
            String name = name(stringField(json, "name"), html != null);
            return new Posted(name, content.asText().getBytes(StandardCharsets.UTF_8),
                    date(stringField(json, "date")));
        }
        if (!type.isEmpty() && !List.of("text/plain", "text/html", "application/xhtml+xml",
                "application/octet-stream").contains(type)) {
            throw new ApiError(415, "unsupported content type '" + type
                    + "': post text/plain, text/html, application/octet-stream or application/json");
        }
        String name = name(ctx.queryParam("name"), type.equals("text/html") || type.equals("application/xhtml+xml"));
        if (type.equals("text/plain")) {
            body = toUtf8(body, charset(ctx.contentType()));
        }
        return new Posted(name, body, date(ctx.queryParam("date")));
    }

    /** Reads the posted bytes as an article; 400 with the reader's message when they are not one. */
    static Article read(ArticleFiles files, Posted p) {
        ArticleOptions options = ArticleOptions.defaults().withDate(p.date());
        if (p.date() != null && p.date().isAfter(options.today())) {
            throw ApiError.badRequest("date: " + p.date() + " is in the future");
        }
        try {
            return files.readBytes(p.name(), p.bytes(), options);
        } catch (ArticleReadException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static String stringField(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    /** A safe label for the input: the last path segment, printable, bounded; a default by format. */
    private static String name(String given, boolean html) {
        if (given == null || given.isBlank()) {
            return html ? "posted.html" : "posted.txt";
        }
        String n = given.replaceAll("[\\p{Cntrl}]", "").replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty()) {
            return html ? "posted.html" : "posted.txt";
        }
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("date: '" + abbreviate(value) + "' is not a date (YYYY-MM-DD)");
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /**
     * Plain text in the charset its Content-Type names, as UTF-8 (the readers' encoding for text). HTML is left as
     * sent: the HTML reader finds its charset in the page, which a transcoding would contradict.
     */
    private static byte[] toUtf8(byte[] body, java.nio.charset.Charset charset) {
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        return new String(body, charset).getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code charset} parameter of a Content-Type; null when absent; 415 when Java does not know it. */
    static java.nio.charset.Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new ApiError(415, "unsupported charset '" + abbreviate(name) + "'");
                }
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
