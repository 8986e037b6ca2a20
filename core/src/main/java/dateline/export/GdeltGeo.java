package dateline.export;

import dateline.geo.Place;
import java.util.Arrays;
import java.util.List;

/**
 * One GDELT 2.0 geography column group (Actor1Geo_*, Actor2Geo_*, ActionGeo_*): eight values in codebook order.
 *
 * <p>Type is 1 country, 2 US state, 3 US city, 4 world city, 5 world state, 0 none. As in GDELT's own files, a
 * country-level place carries its FIPS code as ADM1Code and FeatureID, and a state without a GeoNames id carries
 * its ADM1 code as FeatureID; a city's FeatureID is its GeoNames id. ADM2 is not coded (empty).
 *
 * @param type        GDELT geographic type
 * @param fullName    place name
 * @param countryCode FIPS 10-4 country code
 * @param adm1Code    FIPS country + ADM1 code
 * @param adm2Code    ADM2 code, always null
 * @param lat         latitude
 * @param lon         longitude
 * @param featureId   GeoNames id, or the ADM1 / country code for subdivisions and countries
 */
public record GdeltGeo(int type, String fullName, String countryCode, String adm1Code, String adm2Code, Double lat,
        Double lon, String featureId) {

    /** The empty group: type 0, every other field empty. */
    public static final GdeltGeo NONE = new GdeltGeo(0, null, null, null, null, null, null, null);

    /** The group for a geocoded place, or {@link #NONE} for null (or a place of no known feature type). */
    public static GdeltGeo of(Place p) {
        if (p == null || p.featureType() == null) {
            return NONE;
        }
        // The country decides US state/city versus world state/city.
        boolean us = "USA".equals(p.countryIso3());
        int type = switch (p.featureType()) {
            case COUNTRY -> 1;
            case ADMIN1 -> us ? 2 : 5;
            case CITY -> us ? 3 : 4;
        };
        String adm1Code = type == 1 ? p.countryFips() : p.adm1();
        String featureId = p.geonameId() > 0 ? String.valueOf(p.geonameId()) : adm1Code;
        return new GdeltGeo(type, p.name(), p.countryFips(), adm1Code, null, p.lat(), p.lon(), featureId);
    }

    /** The eight values in codebook order. */
    public List<Object> values() {
        return Arrays.asList(type, fullName, countryCode, adm1Code, adm2Code, lat, lon, featureId);
    }
}
