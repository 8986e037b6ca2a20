package dateline.article;

import dateline.article.html.BoilerplateRules;
import dateline.article.html.MainText;
import dateline.article.html.MetadataReader;
import dateline.article.html.PageMetadata;
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
 * "Read more" lists (see {@link MainText}), and its metadata with provenance (see {@link MetadataReader}).
 * Thread-safe: one extractor serves any number of pages.
 */
public final class HtmlExtractor {
    private final BoilerplateRules rules;
    private final MetadataReader metadata = new MetadataReader();

    /** An extractor with the bundled boilerplate rules. */
    public HtmlExtractor() {
        this(BoilerplateRules.bundled());
    }

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
        Element body = doc.body();
        boolean declared = meta.articleType() || meta.published() != null
                || !doc.getElementsByTag("article").isEmpty();
        MainText.Result main = new MainText(rules).extract(body, declared);
        String noArticle = main.noArticle();
        if (loginForm && (noArticle != null || main.text().length() < 600)) {
            noArticle = "a login page: a password form and little text";
        }
        return new Extraction(noArticle == null ? main.text() : "", meta.title(), meta.authors(), meta.published(),
                meta.modified(), meta.url(), meta.siteName(), meta.language(), meta.section(), main.relatedLinks(),
                meta.provenance(), noArticle);
    }
}
