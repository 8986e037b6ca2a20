package dateline.event;

import dateline.actor.Actor;
import dateline.cameo.CameoCode;

import java.util.Set;

/**
 * A fight between two parties that the story names by kind only ("killed in a gun battle with police", "militants
 * exchanged gunfire with guards"). The coder drops an event whose two parties both lack a country, since such an
 * event places nothing; but CAMEO codes the fight of unnamed groups by their sector (---UAF, ---COP), and when one of
 * them is a security force or an armed group the act is material conflict that happened, whoever the country. So
 * for the force roots (18 assault, 19 fight, 20 mass violence) such a pair is kept.
 */
final class FightBetweenGroups {
    /** Sectors of the forces and armed groups that fight: police, military, unidentified armed forces, rebels. */
    private static final Set<String> FORCES = Set.of("COP", "MIL", "UAF", "REB", "INS");
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

    private FightBetweenGroups() {
    }

    /** Whether an event of {@code code} between two actors of no known country is kept. */
    static boolean kept(String code, Actor source, Actor target) {
        if (code == null || !FORCE_ROOTS.contains(CameoCode.rootOf(code))) {
            return false;
        }
        return force(source) || force(target);
    }

    private static boolean force(Actor a) {
        return a.actorCode().sectors().stream().anyMatch(FORCES::contains);
    }
}
