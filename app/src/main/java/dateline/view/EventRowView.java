package dateline.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored event row ({@code GET /api/events/{id}}): mentions of one event folded by (day, source, target, code,
 * place), with its counts and every current mention. Columns as in {@code docs/store.md}.
 *
 * @param date     the event day
 * @param source   source actor code
 * @param target   target actor code, or null
 * @param place    the place's name, or null
 * @param url      the first mentioning article's URL
 * @param mentions its current mentions, oldest article first
 */
public record EventRowView(long id, LocalDate date, String source, String sourceName, String target,
        String targetName, String code, String baseCode, String rootCode, Integer quadClass, Double goldstein,
        @JsonProperty("isRoot") Boolean isRoot, String place, String placeType, String placeCountry, String placeAdm1,
        Double lat, Double lon, int numMentions, int numSources, int numArticles, Integer numStories, Double avgTone,
        String url, List<MentionView> mentions) {
}
