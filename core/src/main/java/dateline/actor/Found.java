package dateline.actor;

/**
 * How an actor mention was resolved. {@link Actor#rule()} holds it as text, serialised as before: the label
 * ("title+name"), optionally followed by ", " and a note on the choice ("title+name, titled earlier").
 */
public enum Found {
    /** A dictionary name ("Hassan Rouhani", "Iraq"). */
    NAME("name"),
    /** Another spelling of a dictionary name, matched by its consonant skeleton ("Kadhimi" for "Al-Kazemi"). */
    TRANSLITERATION("transliteration"),
    /** A title before a person's name ("Iraqi Prime Minister Mustafa Al-Kazemi"). */
    TITLE_NAME("title+name"),
    /** An agent with its country ("Iraqi troops", "the Iranian government"). */
    AGENT_COUNTRY("agent+country"),
    /** An agent after a possessive that refers to a country ("its forces"). */
    POSSESSIVE_AGENT("possessive+agent"),
    /** A definite sector noun standing for the government of the one country named ("the government"). */
    DEFINITE_COUNTRY("definite+country"),
    /** A definite sector noun referring back to an actor ("the company"). */
    DEFINITE_ANTECEDENT("definite+antecedent"),
    /** An agent without a known country ("rebels" as ---REB). */
    AGENT("agent"),
    /** A title with a country, resolved to the office holder on the date ("Iraq's foreign minister"). */
    TITLE_COUNTRY("title+country"),
    /** A bare title referring back to a named holder ("the President"). */
    TITLE("title"),
    /** A personal pronoun referring back to a named person ("he"). */
    PRONOUN("pronoun"),
    /** A demonym naming the owner of a country's property or act ("a Turkish ship", "the Turkish sale"). */
    OWNER("demonym before a country's property");

    private final String label;

    Found(String label) {
        this.label = label;
    }

    /** The text written for this way in {@link Actor#rule()} and every output ("title+name"). */
    public String label() {
        return label;
    }

    /** The rule text with a note on the choice: "title+name, titled earlier". */
    public String with(String note) {
        return label + ", " + note;
    }

    /** How {@code rule} (an {@link Actor#rule()} text) says the actor was found; an unknown rule is an error. */
    public static Found of(String rule) {
        int comma = rule.indexOf(", ");
        String label = comma < 0 ? rule : rule.substring(0, comma);
        for (Found f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown actor rule '" + rule + "' (expected one of "
                + java.util.Arrays.stream(values()).map(Found::label).toList() + ")");
    }
}
