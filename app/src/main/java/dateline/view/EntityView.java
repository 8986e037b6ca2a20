package dateline.view;

import dateline.article.Article;
import dateline.nlp.EntityMention;
import dateline.record.Evidence;

/**
 * A named-entity mention.
 *
 * @param type     PERSON, ORGANIZATION, LOCATION, ...
 * @param sentence its sentence's index
 * @param mention  its words
 */
public record EntityView(String type, int sentence, Evidence mention) {
    /** The view of entity {@code e} of article {@code a}. */
    public static EntityView of(Article a, EntityMention e) {
        return new EntityView(e.type(), e.sentence(), Evidence.of(a, e.span()));
    }
}
