package dateline.eval;

import dateline.actor.Actor;
import dateline.event.Event;
import java.util.Locale;
import java.util.Objects;

/** What a coded or gold event is called at each level, in a gold set's scheme; and whether the two agree. */
final class Labels {
    /** The gold actor code for "no actor": PETRARCH's empty actor, an event table's absent target. */
    static final String NO_ACTOR = "---";

    private Labels() {
    }

    /** A coded event's code: the CAMEO code, or the PLOVER category with its mode ("PROTEST/demonstrate"). */
    static String code(Scheme scheme, Event e) {
        if (scheme == Scheme.PLOVER) {
            String cat = e.ploverCategory();
            if (cat == null) {
                return null;
            }
            return e.ploverMode() == null || e.ploverMode().isBlank() ? cat.toUpperCase(Locale.ROOT)
                    : cat.toUpperCase(Locale.ROOT) + "/" + e.ploverMode();
        }
        return e.code();
    }

    /** A coded event's root: the CAMEO root code, or the PLOVER category. */
    static String root(Scheme scheme, Event e) {
        if (scheme == Scheme.PLOVER) {
            return e.ploverCategory() == null ? null : e.ploverCategory().toUpperCase(Locale.ROOT);
        }
        if (e.rootCode() != null && !e.rootCode().isBlank()) {
            return e.rootCode();
        }
        return cameoRoot(e.code());
    }

    /** The root of a gold code: first two digits for CAMEO, the category itself for PLOVER. */
    static String root(Scheme scheme, String goldCode) {
        return scheme == Scheme.PLOVER ? goldCode : cameoRoot(goldCode);
    }

    /** The label for one level (code or root). */
    static String label(Scheme scheme, Level level, Event e) {
        return level.rootOnly() ? root(scheme, e) : code(scheme, e);
    }

    static String cameoRoot(String code) {
        return code == null || code.length() < 2 ? code : code.substring(0, 2);
    }

    /** The country of a coded event's actor (first three letters of its code), or null for no actor. */
    static String country(Actor a) {
        return a == null ? null : GoldEvent.country(a.code());
    }

    /** Whether coded event {@code e} matches gold event {@code g} at {@code level}. */
    static boolean matches(Scheme scheme, Level level, GoldEvent g, Event e) {
        boolean codeOk;
        if (level.rootOnly()) {
            String root = root(scheme, e);
            codeOk = root != null && g.accept().stream().anyMatch(a -> root.equals(root(scheme, a)));
        } else if (scheme == Scheme.PLOVER) {
            String cat = root(scheme, e);
            codeOk = cat != null && g.accept().contains(cat)
                    && (g.mode() == null || g.mode().equalsIgnoreCase(Objects.toString(e.ploverMode(), "")));
        } else {
            codeOk = e.code() != null && g.accept().contains(e.code());
        }
        if (!codeOk) {
            return false;
        }
        if (level.actors()) {
            return actorOk(g.sourceCode(), e.source()) && actorOk(g.targetCode(), e.target());
        }
        if (!level.countries()) {
            return true;
        }
        return countryOk(g.sourceCountry(), e.source()) && countryOk(g.targetCountry(), e.target());
    }

    /** A null gold code constrains nothing; {@code ---} expects no actor; otherwise the whole code must be equal. */
    private static boolean actorOk(String gold, Actor actor) {
        if (gold == null) {
            return true;
        }
        if (gold.equals(NO_ACTOR)) {
            return actor == null;
        }
        return actor != null && gold.equalsIgnoreCase(actor.code());
    }

    /** A null gold country constrains nothing; otherwise the actor must exist and have that country. */
    private static boolean countryOk(String gold, Actor actor) {
        return gold == null || gold.equals(country(actor));
    }
}
