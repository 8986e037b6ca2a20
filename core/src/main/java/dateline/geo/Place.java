package dateline.geo;

import dateline.article.Span;

/**
 * A place mention geocoded against the gazetteer.
 *
 * @param name        the gazetteer's name for it ("Basra")
 * @param span        the mention in the text; for the reporting place, the place in the dateline
 * @param role        REPORTING (the dateline), or MENTIONED
 * @param featureType COUNTRY, ADMIN1 or CITY
 * @param lat         latitude, WGS84
 * @param lon         longitude, WGS84
 * @param countryIso2 ISO 3166 alpha-2 country code ("IQ")
 * @param countryIso3 ISO 3166 alpha-3 country code ("IRQ"), as in CAMEO actor codes
 * @param countryFips FIPS 10-4 country code ("IZ"), as in GDELT's geo fields
 * @param adm1        first-level subdivision code as GDELT writes it (FIPS country + ADM1, e.g. "IZ02"), or null
 * @param geonameId   GeoNames id, or 0 when the entry has none
 * @param reason      why this reading was chosen ("only candidate", "largest population in an article country")
 */
public record Place(String name, Span span, Role role, FeatureType featureType, double lat, double lon,
        String countryIso2, String countryIso3, String countryFips, String adm1, long geonameId, String reason) {

    /** Why a place is in the article. */
    public enum Role { REPORTING, MENTIONED }

    /** What kind of place it is. */
    public enum FeatureType { COUNTRY, ADMIN1, CITY }
}
