package dateline.eval;

/** The gold-standard file formats {@code dateline eval} reads. */
public enum GoldFormat {
    /** The seed article's hand annotation ({@code seed-gold.json}): events, actors, quotes and places. */
    SEED("seed gold JSON", Scheme.CAMEO),
    /** PETRARCH validation XML: {@code <Sentence>} records with {@code <EventCoding>} and {@code <Text>}. */
    PETRARCH_XML("PETRARCH validation XML", Scheme.CAMEO),
    /** PLOVER gold-standard records: a JSON array of sentences with a PLOVER category and actors. */
    PLOVER_JSON("PLOVER gold-standard JSON", Scheme.PLOVER);

    private final String label;
    private final Scheme scheme;

    GoldFormat(String label, Scheme scheme) {
        this.label = label;
        this.scheme = scheme;
    }

    /** A name for reports ("PETRARCH validation XML"). */
    public String label() {
        return label;
    }

    /** The event vocabulary of the format. */
    public Scheme scheme() {
        return scheme;
    }
}
