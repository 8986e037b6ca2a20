package dateline.event;

import dateline.actor.Actor;
import java.util.Set;

/**
 * A government's order to its own armed forces or police ("ordered its military to seal the border", "ordered
 * troops into the region") is no demand: the codebook's 10 is a demand made of another party, "stronger or more
 * forceful ... than simple appeals". The forces carry out the source's own act; the act ordered is coded from its
 * own verb where it has one, the order itself is no event between the two.
 */
final class OrderToOwnForces {
    private static final Set<String> ORDER = Set.of("order", "command", "instruct", "direct");
    private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");

    private OrderToOwnForces() {
    }

    /** The act at {@code t}, coded {@code code}, is an order from {@code source} to forces of its own country. */
    static boolean applies(DependencyTree tree, int t, String code, Actor source, Actor target) {
        if (code == null || !code.startsWith("10") || target == null || source == null || !ORDER.contains(tree.lemma[t])) {
            return false;
        }
        if (FORCES.stream().noneMatch(target.actorCode()::hasSector) || FORCES.stream().anyMatch(source.actorCode()::hasSector)) {
            return false;
        }
        return RoleFinder.unknownCountry(target)
                || !RoleFinder.unknownCountry(source) && source.actorCode().country().equals(target.actorCode().country());
    }
}
