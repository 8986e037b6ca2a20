package dateline.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlExtractor} found in a page: the main text (paragraphs separated by a blank line) and metadata.
 */
public record Extraction(
        String text,
        String title,
        List<String> authors,
        LocalDate published,
        String url,
        String siteName,
        String language,
        List<RelatedLink> relatedLinks) {
    public Extraction {
        authors = List.copyOf(authors);
        relatedLinks = List.copyOf(relatedLinks);
    }
}
