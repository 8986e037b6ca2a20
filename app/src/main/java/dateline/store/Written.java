package dateline.store;

import dateline.dedup.Duplicate;

/**
 * What storing one article did.
 *
 * @param articleId the article's id
 * @param status    NEW (first version of its source), NEW_VERSION (its source was stored with other text), or
 *                  ALREADY_STORED (this exact article was stored before: nothing written)
 * @param duplicate the article it copies, or null
 * @param events    number of event mentions written
 * @param replaced  for a NEW_VERSION, the id of the version it replaced; else null
 */
public record Written(String articleId, Status status, Duplicate duplicate, int events, String replaced) {
    /** The outcome for one article. */
    public enum Status { NEW, NEW_VERSION, ALREADY_STORED }
}
