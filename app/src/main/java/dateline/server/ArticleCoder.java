package dateline.server;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;

/** Codes one article; implementations must be safe to call from many request threads at once. */
@FunctionalInterface
public interface ArticleCoder {
    /**
     * Codes {@code article}.
     *
     * @throws ApiError with status 503 when no pipeline became free in time
     */
    CodedArticle code(Article article);
}
