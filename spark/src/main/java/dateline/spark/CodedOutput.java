package dateline.spark;

import dateline.article.Article;
import dateline.export.ActorGeos;
import dateline.export.GdeltCounts;
import dateline.export.GdeltEvents;
import dateline.pipeline.CodedArticle;
import dateline.record.MentionRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the job keeps of one input: either the rows of a coded article for every table (and its GDELT lines), or a
 * reject. Spark rows rather than the core records, so the cached dataset between coding and writing is small and
 * serializable.
 */
record CodedOutput(Row article, List<Row> events, List<Row> mentions, List<Row> actors, List<Row> quotes,
        List<Row> places, List<String> gdelt, RejectRow reject) implements Serializable {

    CodedOutput {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        gdelt = List.copyOf(gdelt);
    }

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
        List<Row> actors = new ArrayList<>();
        for (int i = 0; i < coded.actors().actors().size(); i++) {
            actors.add(ActorRow.of(a, i, coded.actors().actors().get(i)));
        }
        List<Row> quotes = new ArrayList<>();
        for (int i = 0; i < coded.quotes().size(); i++) {
            quotes.add(QuoteRow.of(a, i, coded.quotes().get(i)));
        }
        List<Row> places = new ArrayList<>();
        for (int i = 0; i < coded.places().size(); i++) {
            places.add(PlaceRow.of(a, i, coded.places().get(i)));
        }
        return new CodedOutput(ArticleRow.of(input, coded, codeMillis), events, mentions, actors, quotes, places,
                gdelt, null);
    }

    /** An input that gave no coded article. */
    static CodedOutput rejected(RejectRow reject) {
        return new CodedOutput(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), reject);
    }
}
