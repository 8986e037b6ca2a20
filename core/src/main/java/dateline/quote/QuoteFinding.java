package dateline.quote;

import java.util.List;

/**
 * The quotes of one article, in text order, and the recoverable problems met on the way.
 *
 * @param quotes   direct and indirect quotes
 * @param problems e.g. "stray closing quote mark [812,813) ignored"
 */
public record QuoteFinding(List<Quote> quotes, List<String> problems) {
    public QuoteFinding {
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }
}
