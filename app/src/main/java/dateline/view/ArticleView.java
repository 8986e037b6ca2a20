package dateline.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dateline.article.Article;
import dateline.article.RelatedLink;
import dateline.article.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * An article's metadata and text, as {@code dateline code --format json}, {@code POST /api/code} and
 * {@code GET /api/articles/{id}} give it. Field meanings are those of {@link Article}.
 *
 * @param stored what the store adds (written inline: {@code sourceName}, {@code version}, {@code isCurrent},
 *               {@code duplicateOf}), or null for an article not read from the store
 */
public record ArticleView(String id, String source, String agency, String agencyCode, String url,
        String datelinePlace, Span datelineSpan, LocalDate date, String title, String language,
        List<String> relatedLinks, List<BoilerplateView> boilerplate, List<String> warnings, String text,
        @JsonUnwrapped StoredView stored) {

    /** The view of an article. */
    public static ArticleView of(Article a) {
        return new ArticleView(a.id(), a.source(), a.agency(), a.agencyCode(), a.url(), a.datelinePlace(),
                a.datelineSpan(), a.date(), a.title(), a.language(),
                a.relatedLinks().stream().map(RelatedLink::title).toList(),
                a.boilerplate().stream().map(s -> new BoilerplateView(s, a.slice(s))).toList(), a.warnings(), a.text(),
                null);
    }

    /** This view with what the store adds. */
    public ArticleView stored(StoredView s) {
        return new ArticleView(id, source, agency, agencyCode, url, datelinePlace, datelineSpan, date, title, language,
                relatedLinks, boilerplate, warnings, text, s);
    }
}
