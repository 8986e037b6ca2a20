package dateline.article.html;

/** Where a metadata field of an extraction was read from. */
public enum Provenance {
    /** A {@code <script type="application/ld+json">} block (schema.org). */
    JSON_LD,
    /** OpenGraph or article:* {@code <meta property>} tags. */
    OPEN_GRAPH,
    /** Other {@code <meta name>} tags (author, date, Dublin Core, Parse.ly, ...). */
    META,
    /** schema.org microdata ({@code itemprop}) in the page body. */
    MICRODATA,
    /** A {@code <link>} element, such as {@code rel=canonical}. */
    LINK,
    /** A {@code <time datetime>} element. */
    TIME,
    /** A visible byline in the page. */
    BYLINE,
    /** The page's URL. */
    URL,
    /** The {@code <title>} element. */
    TITLE_TAG,
    /** The page's main heading ({@code <h1>}). */
    HEADING,
    /** The {@code lang} attribute of {@code <html>} or a content-language header. */
    HTML_LANG
}
