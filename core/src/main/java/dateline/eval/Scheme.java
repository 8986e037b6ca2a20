package dateline.eval;

/**
 * The event vocabulary a gold set is written in, which decides what "code" and "root" mean when scoring.
 *
 * <ul>
 *   <li>{@link #CAMEO}: code is the CAMEO event code ("1053"), root its first two digits ("10").</li>
 *   <li>{@link #PLOVER}: code is the PLOVER category plus mode when the gold gives one ("DEMAND" or
 *       "PROTEST/demonstrate"), root is the category alone ("DEMAND").</li>
 * </ul>
 */
public enum Scheme {
    CAMEO,
    PLOVER
}
