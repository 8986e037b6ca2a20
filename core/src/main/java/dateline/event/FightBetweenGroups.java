package dateline.event;

import dateline.actor.Actor;
import dateline.cameo.CameoCode;

import java.util.Set;

/**
 * A fight between a security force and an armed group that the story names by kind only ("killed in a gun battle
 * with police", "gunmen exchanged fire with guards", "soldiers shot dead two militants"). The coder drops an event
 * whose two parties both lack a country, since such an event places nothing; but CAMEO codes the fight of unnamed
 * groups by their sector (---UAF, ---COP). Kept only for the roots of force (19 fight, 20 mass violence) and only
 * between police or military on one side and an armed, criminal, radical or opposition group on the other: with
 * civilians or "people" as the other party the parse has often taken the victims of a report ("eight people were
 * killed, the army said") or a wrong list member, and an assault (18, "kidnapped soldiers") names its victim.
 */
final class FightBetweenGroups {
    /** Security forces: police, military. */
    private static final Set<String> FORCES = Set.of("COP", "MIL");
    /** Groups that fight them: unidentified armed forces, rebels, insurgents, criminals, radicals, opposition. */
    private static final Set<String> ARMED = Set.of("UAF", "REB", "INS", "CRM", "RAD", "OPP");
    private static final Set<String> FORCE_ROOTS = Set.of("19", "20");

    private FightBetweenGroups() {
    }

    /** Whether an event of {@code code} between two actors of no known country is kept. */
    static boolean kept(String code, Actor source, Actor target) {
        if (code == null || !FORCE_ROOTS.contains(CameoCode.rootOf(code))) {
            return false;
        }
        return has(source, FORCES) && has(target, ARMED) || has(target, FORCES) && has(source, ARMED);
    }

    private static boolean has(Actor a, Set<String> sectors) {
        return a.actorCode().sectors().stream().anyMatch(sectors::contains);
    }
}
