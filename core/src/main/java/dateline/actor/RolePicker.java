package dateline.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which of an entry's roles applies on an article's date.
 *
 * <p>On a known date: a dated role valid that day (a titled one before an untitled one, then the latest
 * started); else an undated role; else, when every role has ended, a country's last code, or for anyone else
 * the country's elite code ({@code XXXELI}, "former ..."); when none has begun yet, the bare country code. Without a date: the most recent role (latest
 * start), flagged {@link DateBasis#MOST_RECENT_NO_DATE}.
 */
final class RolePicker {
    /** The chosen code, with the role it came from (null when derived) and how the date was used. */
    record Choice(String code, String title, DateBasis basis) {
    }

    private static final Comparator<Role> PREFERRED = Comparator
            .comparing((Role r) -> r.title() != null)
            .thenComparing(r -> r.from() == null ? LocalDate.MIN : r.from())
            .thenComparing(r -> r.to() == null ? LocalDate.MAX : r.to());

    private RolePicker() {
    }

    static Choice choose(DictionaryEntry e, LocalDate date) {
        List<Role> roles = e.roles();
        List<Role> dated = roles.stream().filter(Role::isDated).toList();
        Role undated = roles.stream().filter(r -> !r.isDated()).findFirst().orElse(null);
        if (dated.isEmpty()) {
            return new Choice(undated.code(), undated.title(), DateBasis.UNDATED);
        }
        if (date == null) {
            Role r = dated.stream().max(Comparator
                    .comparing((Role x) -> x.from() == null ? LocalDate.MIN : x.from())
                    .thenComparing(x -> x.title() != null)
                    .thenComparing(x -> x.to() == null ? LocalDate.MAX : x.to())).orElseThrow();
            return new Choice(r.code(), r.title(), DateBasis.MOST_RECENT_NO_DATE);
        }
        Role valid = dated.stream().filter(r -> r.validOn(date)).max(PREFERRED).orElse(null);
        if (valid != null) {
            return new Choice(valid.code(), valid.title(), DateBasis.PUBLICATION_DATE);
        }
        if (undated != null) {
            return new Choice(undated.code(), undated.title(), DateBasis.UNDATED);
        }
        Role ended = dated.stream().filter(r -> r.to() != null && r.to().isBefore(date))
                .max(Comparator.comparing(Role::to)).orElse(null);
        String country = Actor.countryOf(dated.get(0).code());
        if (ended != null && ended.isBareCode()) {
            return new Choice(ended.code(), ended.title(), DateBasis.PUBLICATION_DATE);
        }
        if (ended != null) {
            String c = Actor.countryOf(ended.code());
            return new Choice(c + "ELI", ended.title() == null ? null : "former " + ended.title(),
                    DateBasis.PUBLICATION_DATE);
        }
        return new Choice(country, null, DateBasis.PUBLICATION_DATE);
    }
}
