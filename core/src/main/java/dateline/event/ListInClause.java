package dateline.event;

import dateline.actor.Actor;
import java.util.List;

/**
 * The members of a listed coordination that belong to one clause. The actor stage joins names separated by commas
 * and "and" by their words; but a name the parse makes the subject of a clause of its own starts a new clause, not
 * another member: "the rebels have been fighting the army, and the United Nations says both sides ..." lists only
 * the army as the one fought, and the United Nations, who speaks, is no party of the fight.
 */
final class ListInClause {
    private ListInClause() {
    }

    /**
     * The members of list {@code members} in the same clause as {@code a}: those before the first later member
     * whose head token is a clause subject, or {@code a} alone when it is that member or after it.
     */
    static List<Actor> members(DependencyTree tree, List<Actor> members, Actor a) {
        for (int k = 1; k < members.size(); k++) {
            if (clauseSubject(tree, members.get(k))) {
                for (int j = 0; j < k; j++) {
                    if (members.get(j).span().equals(a.span())) {
                        return members.subList(0, k);
                    }
                }
                return List.of(a);
            }
        }
        return members;
    }

    private static boolean clauseSubject(DependencyTree tree, Actor m) {
        int start = m.tokenStart();
        int end = Math.min(m.tokenEnd(), tree.size());
        for (int t = start; t < end; t++) {
            int h = tree.head[t];
            if (h < start || h >= end) {
                return tree.rel[t].startsWith("nsubj") || tree.rel[t].startsWith("csubj");
            }
        }
        return false;
    }
}
