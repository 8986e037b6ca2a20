package dateline.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dateline.actor.Actor;
import dateline.article.Article;
import dateline.geo.Place;
import dateline.nlp.EntityMention;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import dateline.record.MentionRecord;
import dateline.tone.Tone;
import java.util.List;

/**
 * A coded article with every fact and its evidence: the JSON of {@code dateline code --format json},
 * {@code POST /api/code} and {@code GET /api/articles/{id}}, whether built from a freshly coded article or from the
 * store's rows.
 *
 * @param input     the input the article was read from
 * @param events    coded events, in article order (an event's index here is its index in the article)
 * @param sentences where each sentence is
 * @param entities  named-entity mentions
 * @param millis    how long coding took; absent unless just coded by the server
 */
public record CodedArticleView(String input, ArticleView article, List<EventView> events, List<ActorView> actors,
        List<QuoteView> quotes, List<PlaceView> places, ToneView tone, List<String> notes, List<SentenceView> sentences,
        List<EntityView> entities, @JsonInclude(JsonInclude.Include.NON_NULL) Long millis) {

    /** The view of a freshly coded article read from {@code input}. */
    public static CodedArticleView of(String input, CodedArticle c) {
        List<SentenceView> sentences = c.annotation().sentences().stream()
                .map(s -> new SentenceView(s.index(), s.paragraph(), s.span().start(), s.span().end())).toList();
        return of(input, ArticleView.of(c.article()), c.article(), MentionRecord.all(c), c.actors().actors(),
                c.quotes(), c.places(), c.tone(), c.notes(), sentences, c.annotation().entities());
    }

    /**
     * The view of an article's facts, however they were obtained (coded now or read back from the store).
     *
     * @param view     the article's own view (with what the store adds, if stored)
     * @param mentions its events, in article order
     */
    public static CodedArticleView of(String input, ArticleView view, Article a, List<MentionRecord> mentions,
            List<Actor> actors, List<Quote> quotes, List<Place> places, Tone tone, List<String> notes,
            List<SentenceView> sentences, List<EntityMention> entities) {
        return new CodedArticleView(input, view, mentions.stream().map(m -> EventView.of(a, m)).toList(),
                actors.stream().map(x -> ActorView.of(a, x)).toList(), quotes.stream().map(q -> QuoteView.of(a, q)).toList(),
                places.stream().map(p -> PlaceView.of(a, p)).toList(), ToneView.of(tone), notes, sentences,
                entities.stream().map(e -> EntityView.of(a, e)).toList(), null);
    }

    /** This view with the events replaced (the store adds the event row each is counted in). */
    public CodedArticleView withEvents(List<EventView> replaced) {
        return new CodedArticleView(input, article, replaced, actors, quotes, places, tone, notes, sentences, entities,
                millis);
    }

    /** This view with the time coding took. */
    public CodedArticleView withMillis(long ms) {
        return new CodedArticleView(input, article, events, actors, quotes, places, tone, notes, sentences, entities,
                ms);
    }
}
