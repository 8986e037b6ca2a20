package dateline.article;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page as an article: the main content with boilerplate removed, and metadata from JSON-LD,
 * OpenGraph and {@code <meta>}. The text extraction itself is {@link HtmlExtractor}'s job.
 */
public final class HtmlArticles {
    private final TextArticles texts;
    private final HtmlExtractor extractor;

    public HtmlArticles(TextArticles texts, HtmlExtractor extractor) {
        this.texts = texts;
        this.extractor = extractor;
    }

    public Article read(String source, String html, ArticleOptions options) throws ArticleReadException {
        Document doc = Jsoup.parse(html);
        Extraction ex = extractor.extract(doc);
        if (ex.text() == null || ex.text().isBlank()) {
            throw new ArticleReadException(source, "no article text found in the HTML page");
        }
        LocalDate date = ex.published();
        Article a = texts.build(source, ex.text(), ex.title(), ex.url(), ex.siteName(), date, options);
        if (!ex.relatedLinks().isEmpty()) {
            var links = new java.util.ArrayList<>(a.relatedLinks());
            links.addAll(ex.relatedLinks());
            a = new Article(a.id(), a.source(), a.agency(), a.agencyCode(), a.url(), a.datelinePlace(),
                    a.datelineSpan(), a.date(), a.title(), a.text(), a.boilerplate(), links,
                    ex.language() != null ? ex.language() : a.language(), a.warnings());
        }
        return a;
    }

    static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }
}
