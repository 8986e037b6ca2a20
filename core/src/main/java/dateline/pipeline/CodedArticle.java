package dateline.pipeline;

import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.geo.Placement;
import dateline.nlp.AnnotatedArticle;
import dateline.quote.Quote;
import dateline.time.EventDate;
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
 * @param eventDates when each event happened, parallel to {@code events} (same size and order)
 * @param placements where each event happened, parallel to {@code events} (same size and order)
 */
public record CodedArticle(AnnotatedArticle annotation, ActorMentions actors, List<Quote> quotes, List<Event> events,
        List<Place> places, Tone tone, List<String> notes, List<EventDate> eventDates, List<Placement> placements) {
    /** The placement of an event that no geocoder placed. */
    private static final Placement NOT_PLACED = Placement.none("not placed");

    public CodedArticle {
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        places = List.copyOf(places);
        notes = List.copyOf(notes);
        eventDates = List.copyOf(eventDates);
        placements = List.copyOf(placements);
        if (eventDates.size() != events.size()) {
            throw new IllegalArgumentException(
                    "event dates must be parallel to events: " + eventDates.size() + " dates, " + events.size() + " events");
        }
        if (placements.size() != events.size()) {
            throw new IllegalArgumentException("event placements must be parallel to events: " + placements.size()
                    + " placements, " + events.size() + " events");
        }
    }

    /** A coded article whose events were not placed (no geocoding stage). */
    public CodedArticle(AnnotatedArticle annotation, ActorMentions actors, List<Quote> quotes, List<Event> events,
            List<Place> places, Tone tone, List<String> notes, List<EventDate> eventDates) {
        this(annotation, actors, quotes, events, places, tone, notes, eventDates,
                events.stream().map(e -> NOT_PLACED).toList());
    }

    /** A coded article whose events are all dated by the article's publication date (no event-dating stage). */
    public CodedArticle(AnnotatedArticle annotation, ActorMentions actors, List<Quote> quotes, List<Event> events,
            List<Place> places, Tone tone, List<String> notes) {
        this(annotation, actors, quotes, events, places, tone, notes, events.stream()
                .map(e -> EventDate.published(annotation.article().date())).toList());
    }

    /** The date of event {@code index} of {@link #events()}. */
    public EventDate dateOf(int index) {
        return eventDates.get(index);
    }

    /** Where event {@code index} of {@link #events()} happened. */
    public Placement placementOf(int index) {
        return placements.get(index);
    }

    public Article article() {
        return annotation.article();
    }
}
