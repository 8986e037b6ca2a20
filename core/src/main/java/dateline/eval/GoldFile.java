package dateline.eval;

/**
 * A gold file as read, of one of the two kinds {@code dateline eval} scores differently: event-level gold
 * ({@link GoldSet}: expected codes and actors per sentence) or a PentaClass news set ({@link PentaSet}: the event
 * class of each sentence and its actor spans).
 */
public sealed interface GoldFile permits GoldSet, PentaSet {
    /** The file, as the user named it. */
    String source();
}
