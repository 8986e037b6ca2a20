package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.AnnotatedArticle;
import dateline.quote.Quote;
import dateline.tone.Tone;
import java.util.List;

/**
 * An article with everything Dateline found in it: what every sink (printer, store, exporter, server) receives.
 *
 * @param annotation the article and its linguistic annotation
 * @param actors     every actor mention
 * @param quotes     quotations with speakers
 * @param events     coded events
 * @param places     geocoded places (the reporting place first, if any)
 * @param tone       document tone, or null when not scored
 * @param notes      recoverable problems found while coding (a stray quote mark, an unknown date, ...)
 */
public record CodedArticle(AnnotatedArticle annotation, ActorMentions actors, List<Quote> quotes, List<Event> events,
        List<Place> places, Tone tone, List<String> notes) {
    public CodedArticle {
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        places = List.copyOf(places);
        notes = List.copyOf(notes);
    }

    public Article article() {
        return annotation.article();
    }
}
