package dateline.cameo;

/**
 * One CAMEO root (the first two digits of a code) with the groupings Dateline uses, from
 * {@code dateline/cameo/roots.tsv}: the classes events are counted in, and the root ranges the coder asks about.
 *
 * @param root          the two-digit root ("14")
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param label         the quad class's name ("material conflict")
 * @param pentaClass    PentaClass of the Phoenix data sets: 0 statements and appeals, 1 verbal cooperation,
 *                      2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param mutual        two coordinated actors with no other target do the act to each other ("Iran and Iraq met")
 * @param ownerIsTarget the owner of the act's object is its target ("attacked an Iraqi ship" is done to Iraq)
 * @param future        the root a future or intended act of this root is coded under (03 intent, 13 threat, or
 *                      this root), or null where a future act is no event yet (a statement to come)
 * @param futureNegated the root of a refused future act (12 rejection), or null where CAMEO has none
 * @param actsOnPlace   the place where the act is done can stand for its target ("protested in Beijing")
 */
public record CameoRoot(String root, int quadClass, String label, int pentaClass, boolean mutual,
        boolean ownerIsTarget, String future, String futureNegated, boolean actsOnPlace) {
}
