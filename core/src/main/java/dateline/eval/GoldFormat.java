package dateline.eval;

/** The gold-standard file formats {@code dateline eval} reads. */
public enum GoldFormat {
    /** The seed article's hand annotation ({@code seed-gold.json}): events, actors, quotes and places. */
    SEED("seed gold JSON", Scheme.CAMEO),
    /** PETRARCH validation XML: {@code <Sentence>} records with {@code <EventCoding>} and {@code <Text>}. */
    PETRARCH_XML("PETRARCH validation XML", Scheme.CAMEO),
    /** PLOVER gold-standard records: a JSON array of sentences with a PLOVER category and actors. */
    PLOVER_JSON("PLOVER gold-standard JSON", Scheme.PLOVER),
    /**
     * An event table (TSV: id, sentence, date, code, source, target, notes), one expected event a sentence with
     * whole actor codes, such as the team-written table of CAMEO codes.
     */
    EVENT_TABLE("event table TSV", Scheme.CAMEO);

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

    /**
     * The levels reported for the format: all of them for an event table, whose actor codes are written to be
     * checked whole; the others give actor codes that are only reliable by country.
     */
    public java.util.List<Level> levels() {
        return this == EVENT_TABLE ? java.util.List.of(Level.values())
                : java.util.Arrays.stream(Level.values()).filter(l -> !l.actors()).toList();
    }

    /** The event vocabulary of the format. */
    public Scheme scheme() {
        return scheme;
    }
}
