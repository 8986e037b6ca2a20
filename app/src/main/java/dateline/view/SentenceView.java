package dateline.view;

/**
 * Where a sentence is, for highlighting.
 *
 * @param index     its index in the article
 * @param paragraph its paragraph's index
 * @param start     first character
 * @param end       character after its last
 */
public record SentenceView(int index, int paragraph, int start, int end) {
}
