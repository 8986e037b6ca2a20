package dateline.article;

/**
 * A parsed dateline: the reporting place, the agency if one is named, and where the dateline ends.
 *
 * @param place      the reporting place as written, title-cased if the source shouted it ("Washington")
 * @param placeSpan  span of the place name in the text
 * @param agencyCode agency as written ("IP", "AP", "Reuters"), or null
 * @param agency     the agency resolved through {@link Agencies}, or null when unknown or absent
 * @param span       the whole dateline prefix, separator and trailing spaces included
 */
public record Dateline(String place, Span placeSpan, String agencyCode, Agency agency, Span span) {
}
