package dateline.view;

import dateline.article.Span;

/**
 * A part of the article that is not prose (a dateline prefix, a glued site header), kept in the text so offsets
 * stay true, and not annotated.
 *
 * @param span where it is
 * @param text what it says
 */
public record BoilerplateView(Span span, String text) {
}
