package dateline.article;

import java.time.LocalDate;

/**
 * What the caller knows about an input beyond its bytes.
 *
 * @param date  publication date given by the user ({@code --date}); overrides none found in the input
 * @param today the date against which future dates are rejected; tests pin it
 */
public record ArticleOptions(LocalDate date, LocalDate today) {
    public static ArticleOptions defaults() {
        return new ArticleOptions(null, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public ArticleOptions withDate(LocalDate d) {
        return new ArticleOptions(d, today);
    }
}
