package dateline.article.html;

import java.util.List;

/**
 * One block of text as a reader sees it: a paragraph, heading, list item or quote.
 *
 * @param text      the block's text, whitespace collapsed, line breaks from {@code <br>} kept
 * @param linkChars how many of its characters are link text
 * @param tag       the innermost block-level tag that holds it ("p", "h2", "li", ...)
 * @param links     the links in it, as (text, absolute URL) pairs
 */
record Block(String text, int linkChars, String tag, List<Link> links) {
    Block {
        links = List.copyOf(links);
    }

    /** A link inside a block. */
    record Link(String text, String url) {
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
