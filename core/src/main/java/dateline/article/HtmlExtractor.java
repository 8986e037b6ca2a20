package dateline.article;

import dateline.article.html.BoilerplateRules;
import dateline.article.html.MainText;
import dateline.article.html.MetadataReader;
import dateline.article.html.PageMetadata;
import dateline.article.html.Provenance;
import dateline.article.html.TextOverlap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page: its main text without menus, share bars, captions, comment threads or
 * "Read more" lists (see {@link MainText}), and its metadata with provenance (see {@link MetadataReader}). A page
 * whose text does not pass the bar still gives its best candidate, with a low confidence and a warning; only real
 * non-articles are refused, saying why: a login wall with no text, a list of links (section front, index), an
 * error page, a page with almost no text.
 * Thread-safe: one extractor serves any number of pages.
 */
public final class HtmlExtractor {
    /** A JSON-LD article body shorter than this is a summary, not a stand-in for the page's text. */
    private static final int MIN_JSON_LD_BODY = 400;
    /** With a password form, less text than this is a login wall... */
    private static final int LOGIN_WALL_CHARS = 200;
    /** ...and less than this a short text beside a login box: kept, with a warning. */
    private static final int SHORT_BEHIND_LOGIN_CHARS = 600;
    /** A page whose title announces an error is one unless it holds more text than this. */
    private static final int MAX_ERROR_PAGE_CHARS = 1000;
    private static final Pattern ERROR_TITLE = Pattern.compile("(?i)\\b(?:404|410|500|503)\\b.{0,40}\\b(?:not found|error"
            + "|gone|unavailable)|\\b(?:page|article|story|content) (?:not found|(?:does not|doesn't|no longer) exists?"
            + "|(?:is )?(?:no longer )?unavailable|has been removed)|^\\s*(?:error|not found|oops|404)\\b");
    private final BoilerplateRules rules;
    private final MetadataReader metadata = new MetadataReader();

    /** An extractor with the bundled boilerplate rules. */
    public HtmlExtractor() {
        this(BoilerplateRules.bundled());
    }

    /** An extractor with the given boilerplate rules (tests use small ones). */
    public HtmlExtractor(BoilerplateRules rules) {
        this.rules = rules;
    }

    /**
     * Parses HTML bytes, decoding them in the charset the page declares (byte-order mark, {@code <meta charset>}
     * or {@code http-equiv}), UTF-8 when it declares none.
     *
     * @param baseUri the page's address, for resolving relative links; may be empty
     */
    public static Document parse(byte[] html, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Extracts the article from HTML bytes (see {@link #parse}); dates after today (UTC) are rejected. */
    public Extraction extract(byte[] html, String baseUri) {
        return extractOwned(parse(html, baseUri), LocalDate.now(ZoneOffset.UTC));
    }

    /** Extracts the article from a parsed page, which is left unchanged; dates after today (UTC) are rejected. */
    public Extraction extract(Document doc) {
        return extract(doc, LocalDate.now(ZoneOffset.UTC));
    }

    /** Extracts the article from a parsed page, which is left unchanged; dates after {@code today} are rejected. */
    public Extraction extract(Document doc, LocalDate today) {
        return extractOwned(doc.clone(), today);
    }

    /** Extracts from HTML bytes with a pinned "today" for the date checks. */
    public Extraction extract(byte[] html, String baseUri, LocalDate today) {
        return extractOwned(parse(html, baseUri), today);
    }

    private Extraction extractOwned(Document doc, LocalDate today) {
        PageMetadata meta = metadata.read(doc, today);
        boolean loginForm = !doc.select("input[type=password]").isEmpty();
        String errorTitle = errorTitle(doc, meta);
        Element body = doc.body();
        boolean declared = meta.articleType() || meta.published() != null
                || !doc.getElementsByTag("article").isEmpty();
        String ldBody = meta.articleBody();
        String visible = ldBody != null && ldBody.length() >= MIN_JSON_LD_BODY ? body.text() : null;
        MainText.Result main = new MainText(rules).extract(body, declared, meta.articleType());
        Map<String, Provenance> provenance = new HashMap<>(meta.provenance());
        if (visible != null && TextOverlap.coverage(ldBody, main.text()) < 0.5
                && TextOverlap.coverage(ldBody, visible) >= 0.8) {
            // The structured body is shown on the page, but the extractor found something else: trust the former.
            main = new MainText.Result(paragraphs(ldBody), main.relatedLinks(), null, MainText.CONFIDENT, List.of());
            provenance.put("text", Provenance.JSON_LD);
        }
        String noArticle = main.noArticle();
        double confidence = main.confidence();
        List<String> warnings = new ArrayList<>(main.warnings());
        int chars = noArticle == null ? main.text().length() : 0;
        if (errorTitle != null && chars < MAX_ERROR_PAGE_CHARS) {
            noArticle = "an error page (\"" + errorTitle + "\")";
        } else if (loginForm && chars < LOGIN_WALL_CHARS) {
            noArticle = "a login page: a password form and " + (chars == 0 ? "no" : "only " + chars + " characters of")
                    + " text";
        } else if (loginForm && chars < SHORT_BEHIND_LOGIN_CHARS) {
            // A short text beside a sign-in form: a brief with a login box in the header, or a paywall's teaser.
            warnings.add("a password form on the page: the text may be the teaser of an article behind a login");
            confidence = Math.min(confidence, MainText.SHORT_CONFIDENCE);
        }
        if (noArticle != null) {
            confidence = 0;
            warnings.clear();
        }
        return new Extraction(noArticle == null ? main.text() : "", meta.title(), meta.authors(), meta.published(),
                meta.modified(), meta.url(), meta.siteName(), meta.language(), meta.section(), main.relatedLinks(),
                provenance, noArticle, confidence, warnings);
    }

    /** The page's title or main heading when it announces an error ("404 Not Found", "Page not found"), else null. */
    private static String errorTitle(Document doc, PageMetadata meta) {
        List<String> titles = new ArrayList<>();
        titles.add(doc.title());
        if (meta.title() != null) {
            titles.add(meta.title());
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            titles.add(h1.text());
        }
        for (String t : titles) {
            if (t != null && t.length() <= 120 && ERROR_TITLE.matcher(t).find()) {
                return t.strip();
            }
        }
        return null;
    }

    /** JSON-LD text with its line breaks as paragraph breaks and its whitespace collapsed. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String p : text.split("\\s*\\n\\s*")) {
            String t = p.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(t);
            }
        }
        return out.toString();
    }
}
