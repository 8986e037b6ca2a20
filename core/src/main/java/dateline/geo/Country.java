package dateline.geo;

/**
 * A country's codes.
 *
 * @param iso2 ISO 3166-1 alpha-2 ("IQ")
 * @param iso3 ISO 3166-1 alpha-3 ("IRQ")
 * @param fips FIPS 10-4 ("IZ"), or null for the few territories FIPS never coded
 * @param name the ISO short name ("Iraq", "Iran, Islamic Republic of")
 */
public record Country(String iso2, String iso3, String fips, String name) {
}
