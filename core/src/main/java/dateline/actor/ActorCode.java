package dateline.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * A CAMEO actor code: three characters for the country or kind of actor ("IRN", "USA"; "IGO", "NGO" for
 * international and non-state actors; {@value #UNKNOWN_COUNTRY} when the country is not known), then any number of
 * three-letter sector codes: "IRNGOV", "USAMIL", "---GOV", "IGOUNO". Records keep the code as text
 * ({@link Actor#code()}, stores, exports); this type is how code reads it.
 *
 * @param text the code as written ("IRNGOV", "---GOV"); see {@link #isValid(String)}
 */
public record ActorCode(String text) {
    /** The country part of an actor whose country is not known ("---GOV", as PETRARCH writes it). */
    public static final String UNKNOWN_COUNTRY = "---";

    /** Checks the text; an invalid one is an {@link IllegalArgumentException} naming it. */
    public ActorCode {
        if (!isValid(text)) {
            throw new IllegalArgumentException("'" + text + "' is no CAMEO actor code (three or more capitals or "
                    + "digits, or --- and sectors: IRNGOV, ---GOV)");
        }
    }

    /** The code of {@code text}; see {@link #ActorCode(String)}. */
    public static ActorCode of(String text) {
        return new ActorCode(text);
    }

    /**
     * Whether {@code text} is an actor code: three or more capitals or digits, or {@value #UNKNOWN_COUNTRY}
     * followed by any number of them.
     */
    public static boolean isValid(String text) {
        if (text == null || text.length() < 3) {
            return false;
        }
        for (int i = text.startsWith(UNKNOWN_COUNTRY) ? 3 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code an agent template gives with a country: "~GOV" puts the country first ("IRQGOV"; with no country,
     * "---GOV"), "NGO~" last ("NGOIRQ"; with no country, "NGO").
     *
     * @param agent   a template with '~' first or last, as {@link Role#code()} holds for agents
     * @param country the country's code, or null when it is not known
     */
    public static ActorCode ofAgent(String agent, String country) {
        if (agent.startsWith("~")) {
            return of((country == null ? UNKNOWN_COUNTRY : country) + agent.substring(1));
        }
        if (agent.endsWith("~")) {
            return of(agent.substring(0, agent.length() - 1) + (country == null ? "" : country));
        }
        throw new IllegalArgumentException("'" + agent + "' is no agent code: it has no '~' first or last");
    }

    /** The sector codes of an agent template: "GOV" of "~GOV", "NGO" of "NGO~". */
    public static String agentSectors(String agent) {
        return agent.startsWith("~") ? agent.substring(1) : agent.substring(0, agent.length() - 1);
    }

    /** The first three characters: the country ("IRN" of IRNGOV), a kind of actor ("IGO"), or "---". */
    public String country() {
        return text.substring(0, 3);
    }

    /** Whether the country part is {@value #UNKNOWN_COUNTRY}. */
    public boolean hasUnknownCountry() {
        return text.startsWith(UNKNOWN_COUNTRY);
    }

    /** Whether the code is a country part alone, without sectors: "IRQ", not "IRQGOV". */
    public boolean isCountry() {
        return text.length() == 3;
    }

    /** Everything after the country part: "GOV" of IRNGOV, "GOVMIL" of USAGOVMIL, "" of IRQ. */
    public String sectorText() {
        return text.substring(3);
    }

    /** The three-letter sector codes after the country part, in order: GOV, MIL of USAGOVMIL. */
    public List<String> sectors() {
        List<String> out = new ArrayList<>(2);
        for (int i = 3; i + 3 <= text.length(); i += 3) {
            out.add(text.substring(i, i + 3));
        }
        return out;
    }

    /** The same sectors under another country part: IRNGOV with IRQ gives IRQGOV. */
    public ActorCode withCountry(String country) {
        return of(country + sectorText());
    }

    /** Whether the code has the sector {@code sector} (a three-letter code) after its country part. */
    public boolean hasSector(String sector) {
        return sectors().contains(sector);
    }

    @Override
    public String toString() {
        return text;
    }
}
