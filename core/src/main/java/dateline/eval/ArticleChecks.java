package dateline.eval;

import java.util.List;

/**
 * What the seed gold expects of the other stages for its article: actor codes, quote speakers and places.
 *
 * @param actors           expected actor codes by mention text
 * @param quotes           expected quotations and speakers
 * @param places           expected places
 * @param placeToleranceKm how far a geocoded place may lie from the gold coordinates
 */
public record ArticleChecks(List<Actor> actors, List<Quote> quotes, List<Place> places, double placeToleranceKm) {
    public ArticleChecks {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    /** A mention text ("Iraqi parliament") and the actor code it must get ("IRQLEG"). */
    public record Actor(String text, String code) {
    }

    /**
     * A quote, found by how its content starts.
     *
     * @param startsWith the first words of the quoted content
     * @param speaker    the speaker's name ("Hassan Rouhani")
     * @param kind       "DIRECT" or "INDIRECT"
     * @param required   whether it must be found
     */
    public record Quote(String startsWith, String speaker, String kind, boolean required) {
    }

    /**
     * A place that must be geocoded.
     *
     * @param name     the place name as in the text
     * @param country  ISO 3166 alpha-2 country code
     * @param lat      latitude, or NaN when the gold gives none
     * @param lon      longitude, or NaN when the gold gives none
     * @param feature  "country" or null
     * @param required whether it must be found
     */
    public record Place(String name, String country, double lat, double lon, String feature, boolean required) {
    }
}
