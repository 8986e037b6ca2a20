package dateline.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/**
 * One current mention of a stored event row: the article it is in and the event as coded there (written inline).
 *
 * @param articleId  the mentioning article
 * @param eventIndex the event's index among that article's events ({@code #read?article=ID&event=N})
 * @param title      the article's headline, or null
 * @param url        the article's URL, or null
 * @param published  the article's publication date, or null
 * @param newsSource who published it
 * @param event      the event as coded in that article
 */
public record MentionView(String articleId, int eventIndex, String title, String url, LocalDate published,
        String newsSource, @JsonUnwrapped EventView event) {
}
