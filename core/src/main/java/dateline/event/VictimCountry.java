package dateline.event;

import dateline.actor.Actor;
import dateline.cameo.CameoCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The country of civilians of unknown nationality hit by force in a named place: "Four villagers were killed in
 * Turkish shelling in northern Iraq" is done to Iraqi villagers (IRQCVL), as CAMEO codes people by the country
 * they belong to and the report names only where they were. Only for assault, fight and mass violence (roots 18
 * to 20), only for civilian sectors (civilians, people, farmers,
 * teachers, ...): soldiers or rebels in a place may be foreign fighters there.
 */
final class VictimCountry {
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
    /** Civilian sectors: civilians, people, farmers, teachers and students, health workers, workers, clergy,
     * journalists, business people, refugees. */
    private static final Set<String> CIVILIAN = Set.of("CVL", "PPL", "AGR", "EDU", "HLH", "LAB", "REL", "MED", "BUS",
            "REF");

    private VictimCountry() {
    }

    /**
     * {@code targets} with each civilian of unknown country given the country of the place of the act (an "in"
     * phrase of {@code trigger} that names no act of force); the same list when there is none.
     */
    static List<Actor> apply(DependencyTree tree, RoleFinder roles, int trigger, String code, List<Actor> targets) {
        if (code == null || !VIOLENCE.contains(CameoCode.rootOf(code))
                || targets.stream().noneMatch(VictimCountry::civilianOfUnknownCountry)) {
            return targets;
        }
        String country = placeCountry(tree, roles, trigger);
        if (country == null) {
            return targets;
        }
        List<Actor> out = new ArrayList<>(targets.size());
        for (Actor a : targets) {
            out.add(civilianOfUnknownCountry(a) ? new Actor(a.actorCode().withCountry(country).text(), a.name(),
                    country, a.role(), a.span(), a.sentence(), a.tokenStart(), a.tokenEnd(), a.entry(),
                    a.rule() + ", country of the place", a.dateBasis(), a.antecedent()) : a);
        }
        return out;
    }

    private static boolean civilianOfUnknownCountry(Actor a) {
        return RoleFinder.unknownCountry(a) && a.actorCode().sectors().stream().anyMatch(CIVILIAN::contains);
    }

    /** The country of the first "in" phrase of {@code v} that names a place of known country, not an act. */
    private static String placeCountry(DependencyTree tree, RoleFinder roles, int v) {
        for (int ch : tree.children(v)) {
            if (!tree.rel[ch].startsWith("obl") || !"in".equals(tree.preposition(ch)) || ArgumentFinder.namesForce(tree, ch)) {
                continue;
            }
            for (Actor a : roles.actorsFrom(ch, false)) {
                if (!RoleFinder.unknownCountry(a) && a.country() != null) {
                    return a.country();
                }
            }
        }
        return null;
    }
}
