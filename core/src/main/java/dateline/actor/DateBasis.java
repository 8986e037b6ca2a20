package dateline.actor;

/** How an actor's role was chosen with respect to the article's publication date. */
public enum DateBasis {
    /** The role was valid on the article's publication date. */
    PUBLICATION_DATE,
    /** The article has no date: the most recent role was taken (flagged for the user). */
    MOST_RECENT_NO_DATE,
    /** The dictionary entry has no date restriction. */
    UNDATED
}
