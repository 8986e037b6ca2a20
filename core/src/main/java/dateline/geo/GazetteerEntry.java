package dateline.geo;

/**
 * One place the gazetteer knows: a country, a first-level subdivision or a populated place.
 *
 * @param name        preferred name ("Basrah", "Texas", "Iran")
 * @param featureType COUNTRY, ADMIN1 or CITY
 * @param iso2        ISO 3166-1 alpha-2 code of its country
 * @param admin1      GeoNames first-level subdivision code within the country ("02", "TX"), or null for countries
 * @param featureCode GeoNames feature code for cities ("PPLC" capital, "PPLA" seat of a first-level subdivision),
 *                    "ADM1" or "PCLI" otherwise
 * @param population  population (for countries and subdivisions: the population of the gazetteer's cities there)
 * @param lat         latitude; for countries and subdivisions the population-weighted centroid of their cities
 * @param lon         longitude
 * @param geonameId   GeoNames id, or 0
 */
public record GazetteerEntry(String name, Place.FeatureType featureType, String iso2, String admin1,
        String featureCode, long population, double lat, double lon, long geonameId) {

    /** Whether the place lies inside {@code other} (same country; same subdivision when {@code other} is one). */
    public boolean within(GazetteerEntry other) {
        if (!iso2.equals(other.iso2) || this == other) {
            return false;
        }
        return switch (other.featureType) {
            case COUNTRY -> featureType != Place.FeatureType.COUNTRY;
            case ADMIN1 -> featureType == Place.FeatureType.CITY && other.admin1.equals(admin1);
            case CITY -> false;
        };
    }
}
