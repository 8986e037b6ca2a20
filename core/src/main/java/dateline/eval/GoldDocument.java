package dateline.eval;

import dateline.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article to run through the pipeline with what the gold expects of it.
 *
 * @param id        the gold's id for the document
 * @param article   the article to code
 * @param sentences the scored sentences; for one-sentence documents, exactly one with a null locator
 * @param checks    the seed gold's expectations on actors, quotes and places, or null when the format has none
 */
public record GoldDocument(String id, Article article, List<GoldSentence> sentences, ArticleChecks checks) {
    public GoldDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}
