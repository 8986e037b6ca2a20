package dateline.article;

import dateline.article.html.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@link HtmlExtractor} found in a page: the main text and the metadata, each metadata field with where it
 * came from.
 *
 * @param text         the article's text, paragraphs separated by a blank line; empty when there is no article
 * @param title        headline, or null
 * @param authors      author names, without "By", dates or reading times
 * @param published    publication date (never in the future), or null
 * @param modified     last modification date, or null
 * @param url          canonical URL, or null
 * @param siteName     the publishing site, or null
 * @param language     ISO 639-1 code of the page's language, or null
 * @param section      the site's section ("World", "Politics"), or null
 * @param relatedLinks "Read more"-style links found next to the article
 * @param provenance   where each metadata field came from, keyed by component name ("title", "published", ...)
 * @param noArticle    why the page holds no article (a section front, a login page, ...), or null when it does
 * @param confidence   how sure the extractor is that {@code text} is the article, from 0 (no article) to 0.9 (a
 *                     block of running text passed every bar); 0.5 or less comes with {@code warnings}
 * @param warnings     why the text may not be (all of) the article: too short, found without a block of running
 *                     text, beside a login form
 */
public record Extraction(
        String text,
        String title,
        List<String> authors,
        LocalDate published,
        LocalDate modified,
        String url,
        String siteName,
        String language,
        String section,
        List<RelatedLink> relatedLinks,
        Map<String, Provenance> provenance,
        String noArticle,
        double confidence,
        List<String> warnings) {
    public Extraction {
        warnings = List.copyOf(warnings);
        text = text == null ? "" : text;
        authors = List.copyOf(authors);
        relatedLinks = List.copyOf(relatedLinks);
        provenance = Map.copyOf(provenance);
    }

    /** True when the page holds an article, i.e. some main text was found. */
    public boolean hasArticle() {
        return noArticle == null && !text.isBlank();
    }
}
