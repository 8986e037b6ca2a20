package dateline.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an HTML page as an article: {@link HtmlExtractor} finds the main text and the metadata, and
 * {@link TextArticles} finds the dateline and glued headers in the text, as for any other source. A page without
 * an article (a section front, a login wall, an error page) is refused with an {@link ArticleReadException} saying
 * so; a text found with a low confidence is read, and the extractor's warnings become the article's warnings.
 */
public final class HtmlArticles {
    private final TextArticles texts;
    private final HtmlExtractor extractor;

    public HtmlArticles(TextArticles texts, HtmlExtractor extractor) {
        this.texts = texts;
        this.extractor = extractor;
    }

    /**
     * Reads the page in {@code bytes}, decoded in the charset the page declares (UTF-8 when it declares none).
     *
     * @throws ArticleReadException if the page holds no article
     */
    public Article read(String source, byte[] bytes, ArticleOptions options) throws ArticleReadException {
        Extraction ex = extractor.extract(bytes, "", options.today());
        if (!ex.hasArticle()) {
            throw new ArticleReadException(source, "no article found in the HTML page ("
                    + (ex.noArticle() != null ? ex.noArticle() : "no main text") + ")");
        }
        Article a = texts.build(source, ex.text(), ex.title(), ex.url(), ex.siteName(), ex.published(), options);
        List<RelatedLink> links = new ArrayList<>(a.relatedLinks());
        for (RelatedLink l : ex.relatedLinks()) {
            if (links.stream().noneMatch(x -> x.title().equals(l.title()))) {
                links.add(l);
            }
        }
        List<String> warnings = new ArrayList<>(a.warnings());
        for (String w : ex.warnings()) {
            warnings.add("HTML extraction (confidence " + ex.confidence() + "): " + w);
        }
        return new Article(a.id(), a.source(), a.agency(), a.agencyCode(), a.url(), a.datelinePlace(),
                a.datelineSpan(), a.date(), a.title(), a.text(), a.boilerplate(), links,
                ex.language() != null ? ex.language() : a.language(), warnings);
    }
}
