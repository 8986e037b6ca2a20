package dateline.view;

import dateline.article.Article;
import dateline.geo.Place;
import dateline.record.Evidence;

/**
 * A geocoded place mention. Field meanings are those of {@link Place}; {@code lat} and {@code lon} are null
 * when unknown, {@code geonameId} when the gazetteer entry has none.
 *
 * @param mention the words naming the place (for the reporting place, the place in the dateline)
 */
public record PlaceView(String name, Evidence mention, Place.Role role, Place.FeatureType featureType, Double lat,
        Double lon, String countryIso2, String countryIso3, String countryFips, String adm1, Long geonameId,
        String reason) {

    /** The view of place {@code p} of article {@code a}; null for no place. */
    public static PlaceView of(Article a, Place p) {
        if (p == null) {
            return null;
        }
        return new PlaceView(p.name(), Evidence.of(a, p.span()), p.role(), p.featureType(), number(p.lat()),
                number(p.lon()), p.countryIso2(), p.countryIso3(), p.countryFips(), p.adm1(),
                p.geonameId() > 0 ? p.geonameId() : null, p.reason());
    }

    /** JSON has no NaN: an unknown number is null. */
    static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
