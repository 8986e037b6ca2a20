package dateline.spark;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.export.ActorGeos;
import dateline.export.GdeltCounts;
import dateline.export.GdeltEvents;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import dateline.record.MentionRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;

/**
 * What the job keeps of one input: either the rows of a coded article for every table (and its GDELT lines), or a
 * reject. Spark rows rather than the core records, so the cached dataset between coding and writing is small and
 * serializable. Only {@link #of} and {@link #rejected} make one, with lists nobody else holds.
 */
record CodedOutput(Row article, List<Row> events, List<Row> mentions, List<Row> actors, List<Row> quotes,
        List<Row> places, List<String> gdelt, RejectRow reject) implements Serializable {

    /**
     * The rows of a coded article, which took {@code codeMillis} in the pipeline.
     *
     * @param gdeltDateAdded DATEADDED of its GDELT lines (the job's start), or null for no GDELT lines
     */
    static CodedOutput of(String input, CodedArticle coded, long codeMillis, Long gdeltDateAdded) {
        Article a = coded.article();
        List<Row> events = new ArrayList<>();
        List<Row> mentions = new ArrayList<>();
        List<String> gdelt = new ArrayList<>();
        for (MentionRecord m : MentionRecord.all(coded)) {
            ActorGeos geos = ActorGeos.of(ExecutorLocator.get(), coded, coded.events().get(m.mention()));
            events.add(EventRow.of(coded, m, geos));
            mentions.add(MentionRow.of(m, a.date()));
            if (gdeltDateAdded != null) {
                // One line per coded mention: GDELT's cross-article counts are left to queries over the tables.
                gdelt.add(GdeltEvents.line(GdeltEvents.globalEventId(EventRow.idOf(a.id(), m.mention())), m.event(),
                        geos, GdeltCounts.single(coded.tone() == null ? null : coded.tone().tone()), gdeltDateAdded,
                        a.url() != null ? a.url() : a.source()));
            }
        }
        List<Actor> actors = coded.actors().actors();
        List<Quote> quotes = coded.quotes();
        List<Place> places = coded.places();
        return new CodedOutput(ArticleRow.of(input, coded, codeMillis), events, mentions,
                IntStream.range(0, actors.size()).mapToObj(i -> ActorRow.of(a, i, actors.get(i))).toList(),
                IntStream.range(0, quotes.size()).mapToObj(i -> QuoteRow.of(a, i, quotes.get(i))).toList(),
                IntStream.range(0, places.size()).mapToObj(i -> PlaceRow.of(a, i, places.get(i))).toList(),
                gdelt, null);
    }

    /** An input that gave no coded article. */
    static CodedOutput rejected(RejectRow reject) {
        return new CodedOutput(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), reject);
    }
}
