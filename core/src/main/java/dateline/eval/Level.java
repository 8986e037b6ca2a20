package dateline.eval;

/** How strictly a coded event must agree with a gold event to count as a match. */
public enum Level {
    /** The code is one the gold accepts (CAMEO code; PLOVER category and mode). Actors are not checked. */
    CODE("code", "exact code"),
    /** The root is the root of an accepted code (CAMEO root; PLOVER category). Actors are not checked. */
    ROOT("root", "root code"),
    /** Root as above, and the source and target have the gold's countries. */
    ROOT_COUNTRIES("root+countries", "root code with source and target countries"),
    /** Exact code and both countries: the seed gold's own matching rule. */
    CODE_COUNTRIES("code+countries", "exact code with source and target countries (the seed gold's rule)"),
    /**
     * Exact code and both whole actor codes ("IRNGOV", not only "IRN"); a gold actor of {@code ---} expects none.
     * Only for gold formats that give whole actor codes on purpose ({@link GoldFormat#levels()}).
     */
    CODE_ACTORS("code+actors", "exact code with the whole source and target actor codes");

    private final String label;
    private final String description;

    Level(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Short name for tables and JSON keys ("root+countries"). */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the level compares root codes rather than whole codes. */
    public boolean rootOnly() {
        return this == ROOT || this == ROOT_COUNTRIES;
    }

    /** Whether the level checks source and target countries. */
    public boolean countries() {
        return this == ROOT_COUNTRIES || this == CODE_COUNTRIES;
    }

    /** Whether the level checks whole actor codes. */
    public boolean actors() {
        return this == CODE_ACTORS;
    }
}
