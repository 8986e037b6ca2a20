package dateline.view;

/**
 * What the store adds to an article it keeps; absent from a freshly coded one.
 *
 * @param sourceName  who published it, as counted for NumSources (agency, web site or input file name)
 * @param version     1 for the first text of a source, 2 for the next changed text, ...
 * @param isCurrent   whether it is the current version of its source
 * @param duplicateOf the id of the article it copies, or null
 */
public record StoredView(String sourceName, int version, boolean isCurrent, String duplicateOf) {
}
