package dateline.event;

import dateline.actor.NounList;
import java.util.Locale;
import java.util.Set;

/**
 * Events with an unnamed source: an agentless passive ("Two journalists were arrested in Cairo", "X has been accused
 * of spying"), as the victims of an act ("the victims of the bombing"), report an act and the party it was done to,
 * but not the doer. Per CAMEO root or code, as data
 * (the {@code source} column of {@code dateline/event/roots.tsv}, read by {@link RootPolicy#sourceOptional}), whether
 * such an event is coded with no source: only acts done to someone are; a statement, appeal or intent needs its
 * speaker.
 */
final class AgentlessPassive {
    /** Weapons that act by themselves once set off: "a roadside bomb killed", "the blast wounded". */
    private static final Set<String> WEAPONS = Set.of("bomb", "bombs", "car-bomb", "explosion", "explosions", "blast",
            "blasts", "explosive", "explosives", "device", "devices", "mine", "mines", "landmine", "landmines",
            "rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar", "mortars", "grenade", "grenades");
    private static final NounList FORCE = NounList.force();

    private AgentlessPassive() {
    }

    /**
     * Why an act of force (CAMEO 18 to 20) at {@code i} has no named doer when its subject is the act or weapon
     * itself ("a roadside bomb killed four soldiers", "the blast wounded", "the raid destroyed"): the sentence
     * names the act and its victims but not who did it, as a passive without "by" does. Null when the subject is
     * anything else; a doer named in the subject ("Turkish shelling", "a bomb planted by rebels") is found as the
     * source before this is asked.
     */
    static String byMeans(DependencyTree tree, int i, int subject) {
        if (subject < 0 || !tree.token(i).pos().startsWith("VB") || !tree.token(subject).isNoun()) {
            return null;
        }
        String w = tree.token(subject).word().toLowerCase(Locale.ROOT);
        if (!WEAPONS.contains(w) && !FORCE.contains(w)) {
            return null;
        }
        return "the act itself ('" + tree.token(subject).word() + "') is the subject of '" + tree.token(i).word()
                + "': the doer is not named";
    }

    /**
     * Why the trigger at {@code i} has no named doer, or null if it may have one: a passive verb with no subject of
     * its own and no "by" agent ({@code subject} is the token {@link ArgumentFinder#subjectToken} found, or -1).
     * A by-phrase names the doer even when it is no actor ("killed by a car bomb"), so it is never agentless.
     */
    static String why(DependencyTree tree, int i, int subject) {
        boolean passive = tree.child(i, "nsubj:pass") >= 0 && tree.child(i, "aux:pass") >= 0
                || tree.describedSubject(i) >= 0; // "is dead, killed in an airstrike"
        if (subject < 0 && NotTheDoer.victimsOf(tree, i) >= 0) {
            // "the victims of the bombing": the act and whom it was done to are named, the doer is not.
            return "the victims of '" + tree.token(i).word() + "': the doer is not named";
        }
        if (subject >= 0 || !tree.token(i).pos().startsWith("VB") || !passive) {
            return null;
        }
        return "agentless passive '" + tree.token(i).word() + "': the doer is not named";
    }
}
