package dateline.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One code an actor carries, possibly restricted to a date range, e.g. {@code IRNGOV 2013-08-03..2021-08-03
 * President of Iran}.
 *
 * @param code  CAMEO code ("IRNGOV"), or for agents a sector code with a tilde marking where the country goes
 *              ("~GOV" appends, "NGO~" prepends)
 * @param from  first day of the role (inclusive), or null when open
 * @param to    last day of the role (inclusive), or null when open
 * @param title the office, e.g. "President of Iran", or null
 */
public record Role(String code, LocalDate from, LocalDate to, String title) {
    /** The code of a dictionary phrase that is never an actor ("---"). */
    public static final String NO_ACTOR = "---";

    public Role {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role " + code + " ends " + to + " before it starts " + from);
        }
    }

    /** An undated role without a title. */
    public static Role of(String code) {
        return new Role(code, null, null, null);
    }

    public boolean isDated() {
        return from != null || to != null;
    }

    public boolean isAgent() {
        return code.indexOf('~') >= 0;
    }

    /** Whether the phrase is never an actor: its code is {@value #NO_ACTOR}. */
    public boolean isNoActor() {
        return code.equals(NO_ACTOR);
    }

    /** Whether the code is a country part alone ("IRQ", or {@value #NO_ACTOR}): no sector, no agent template. */
    public boolean isBareCode() {
        return !isAgent() && ActorCode.of(code).isCountry();
    }

    /** Whether the role holds on {@code date} (both ends inclusive). */
    public boolean validOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The role in the dictionary file syntax: {@code CODE [FROM..TO] [title]}. */
    public String format() {
        StringBuilder sb = new StringBuilder(code);
        if (isDated() || title != null) {
            sb.append(' ').append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        if (title != null) {
            sb.append(' ').append(title);
        }
        return sb.toString();
    }
}
