package dateline.pipeline;

import dateline.actor.ActorResolver;
import dateline.event.EventCoder;
import dateline.geo.Geocoder;
import dateline.quote.QuoteFinder;
import dateline.time.EventDater;
import dateline.tone.ToneScorer;

/**
 * The stages that hold only immutable knowledge (dictionaries, gazetteer, lexicons) and are safe to share between
 * threads. Loaded once; every {@link Pipeline} made from it shares them, and only the CoreNLP annotator is per
 * pipeline. {@code dates} holds SUTime's rules.
 */
public record Knowledge(ActorResolver actors, QuoteFinder quotes, EventCoder events, Geocoder geocoder, ToneScorer tone,
        EventDater dates) {

    /** Loads the bundled dictionaries, gazetteer and lexicons. */
    public static Knowledge bundled() {
        ToneScorer tone = ToneScorer.bundled();
        return new Knowledge(ActorResolver.bundled(), new QuoteFinder(tone), EventCoder.bundled(), Geocoder.bundled(), tone,
                EventDater.bundled());
    }
}
