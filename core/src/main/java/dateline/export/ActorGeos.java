package dateline.export;

import dateline.event.Event;
import dateline.geo.ActorLocator;
import dateline.geo.ActorLocator.Located;
import dateline.geo.ActorLocator.Who;
import dateline.pipeline.CodedArticle;

/**
 * Where an event's two actors are (GDELT's Actor1Geo and Actor2Geo), with the rule and evidence for each.
 *
 * @param actor1 where the source actor is, or null
 * @param actor2 where the target actor is, or null (also when there is no target)
 */
public record ActorGeos(Located actor1, Located actor2) {

    /** Places both actors of an event coded from {@code article} (see {@link ActorLocator} for the rules). */
    public static ActorGeos of(ActorLocator locator, CodedArticle article, Event e) {
        String text = article.article().text();
        return new ActorGeos(locator.locate(text, Who.of(e.source()), article.places()),
                locator.locate(text, Who.of(e.target()), article.places()));
    }

    /** The Actor1Geo column group. */
    public GdeltGeo actor1Geo() {
        return GdeltGeo.of(actor1 == null ? null : actor1.place());
    }

    /** The Actor2Geo column group. */
    public GdeltGeo actor2Geo() {
        return GdeltGeo.of(actor2 == null ? null : actor2.place());
    }
}
