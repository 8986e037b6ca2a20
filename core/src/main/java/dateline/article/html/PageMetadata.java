package dateline.article.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The metadata of a page, each field with where it came from ({@link #provenance}, keyed by field name:
 * "title", "authors", "published", "modified", "url", "siteName", "language", "section").
 *
 * @param articleBody the JSON-LD {@code articleBody}, when the page has one; used to check the extracted text
 * @param articleType true when the page's metadata calls it an article (JSON-LD type or {@code og:type})
 */
public record PageMetadata(
        String title,
        List<String> authors,
        LocalDate published,
        LocalDate modified,
        String url,
        String siteName,
        String language,
        String section,
        Map<String, Provenance> provenance,
        String articleBody,
        boolean articleType) {
    public PageMetadata {
        authors = List.copyOf(authors);
        provenance = Map.copyOf(provenance);
    }
}
