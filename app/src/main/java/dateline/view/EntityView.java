package dateline.view;

import dateline.nlp.EntityMention;

/**
 * A named-entity mention.
 *
 * @param type     PERSON, ORGANIZATION, LOCATION, ...
 * @param sentence its sentence's index
 * @param mention  its words
 */
public record EntityView(String type, int sentence, EvidenceView mention) {
    /** The view of entity {@code e} of an article with text {@code text}. */
    public static EntityView of(String text, EntityMention e) {
        return new EntityView(e.type(), e.sentence(), EvidenceView.of(text, e.span()));
    }
}
