package dateline.spark;

import dateline.pipeline.CodedArticle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the job keeps of one input: either the rows of a coded article for every table, or a reject. Flat rows
 * rather than the core records, so the cached dataset between coding and writing is small and serializable.
 */
public record CodedOutput(ArticleRow article, List<EventRow> events, List<MentionRow> mentions, List<ActorRow> actors,
        List<QuoteRow> quotes, List<PlaceRow> places, RejectRow reject) implements Serializable {

    public CodedOutput {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    /** The rows of a coded article, which took {@code codeMillis} in the pipeline. */
    public static CodedOutput of(String input, CodedArticle coded, long codeMillis) {
        List<EventRow> events = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (int i = 0; i < coded.events().size(); i++) {
            events.add(EventRow.of(coded, i));
            mentions.add(MentionRow.of(coded, i));
        }
        List<ActorRow> actors = new ArrayList<>();
        for (int i = 0; i < coded.actors().actors().size(); i++) {
            actors.add(ActorRow.of(coded, i));
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (int i = 0; i < coded.quotes().size(); i++) {
            quotes.add(QuoteRow.of(coded, i));
        }
        List<PlaceRow> places = new ArrayList<>();
        for (int i = 0; i < coded.places().size(); i++) {
            places.add(PlaceRow.of(coded, i));
        }
        return new CodedOutput(ArticleRow.of(input, coded, codeMillis), events, mentions, actors, quotes, places, null);
    }

    /** An input that gave no coded article. */
    public static CodedOutput rejected(RejectRow reject) {
        return new CodedOutput(null, List.of(), List.of(), List.of(), List.of(), List.of(), reject);
    }
}
