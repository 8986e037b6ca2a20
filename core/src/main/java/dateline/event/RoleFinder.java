package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.nlp.Pronouns;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maps tokens to actors by looking at the token and its modifiers ("US troops": the actor is on "US", the head is
 * "troops"). Which tokens hold a trigger's source and target is {@link ArgumentFinder}'s job.
 */
final class RoleFinder {
    private final DependencyTree tree;
    private final ActorMentions actors;
    private final int sentence;

    private final Predicate<String> trigger;

    /** {@code trigger} tells whether a lemma is the trigger of some pattern (an event noun such as "talks"). */
    RoleFinder(DependencyTree tree, ActorMentions actors, int sentence, Predicate<String> trigger) {
        this.tree = tree;
        this.actors = actors;
        this.sentence = sentence;
        this.trigger = trigger;
    }

    /** Whether token {@code t}'s lemma is some pattern's trigger. */
    boolean isTrigger(int t) {
        return trigger.test(tree.lemma[t]);
    }

    /**
     * Whether token {@code t} is a common noun naming a thing: no actor itself and no pattern's trigger ("debt",
     * "wheat", "shares", "tensions"; not "demands", "talks" or "troops").
     */
    boolean isThing(int t) {
        String pos = tree.token(t).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && actorAt(t) == null && !trigger.test(tree.lemma[t]);
    }

    /** The actor mentioned at token {@code i} itself, or null. */
    Actor actorAt(int i) {
        return actors.at(sentence, i).orElse(null);
    }

    /**
     * Actors reachable from {@code start} through its modifiers, nearest first. A narrow search follows compounds,
     * adjectives, possessives, appositions, "of" phrases and a noun's "from", "by", "like" and "including" phrases; a
     * broad one also other
     * prepositional phrases.
     */
    List<Actor> actorsFrom(int start, boolean broad) {
        return actorsFrom(start, broad, true);
    }

    /**
     * As {@link #actorsFrom(int, boolean)}; without {@code owners}, the noun compounds and possessives of
     * {@code start} itself are not followed: for a thing ("Mexico's debt", "U.S. wheat") they name its owner,
     * not a party to the act.
     */
    List<Actor> actorsFrom(int start, boolean broad, boolean owners) {
        List<Actor> out = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {start, 0});
        boolean[] seen = new boolean[tree.size()];
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            int i = cur[0];
            if (seen[i]) {
                continue;
            }
            seen[i] = true;
            Actor a = actorAt(i);
            if (a != null && out.stream().noneMatch(x -> x.span().equals(a.span()))) {
                out.add(a);
            }
            if (cur[1] >= PatternMatcher.MAX_DEPTH) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int ch : tree.children(i)) {
                    String r = tree.rel[ch];
                    boolean close = r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
                            || r.equals("appos") || r.equals("flat") || r.equals("det") || r.equals("nsubj");
                    boolean of = (r.startsWith("nmod") || r.startsWith("obl")) && "of".equals(tree.preposition(ch));
                    // "pressure from the unions", "officials from Kenya": whose the thing or the people are.
                    // "the visit by the Sudanese minister", "the attack by Israel": an act's agent.
                    // "partners like Saudi Arabia", "donors including Japan": the named members of a group.
                    String prep = tree.preposition(ch);
                    boolean from = r.startsWith("nmod") && tree.token(i).isNoun() && ("from".equals(prep)
                            || "by".equals(prep) || "like".equals(prep) || "including".equals(prep) || "include".equals(prep)
                            || "for".equals(prep) && speaksFor(i));
                    boolean other = broad && (r.startsWith("nmod") || r.startsWith("obl") || r.equals("dep")
                            || r.equals("obj"));
                    // A demonym ("Argentine companies", "a Kuwaiti ship") gives the nationality of the thing's
                    // people or flag and stays; a country name as noun modifier or possessive names an owner.
                    boolean owner = (r.equals("compound") || r.equals("nmod:poss"))
                            && !tree.token(ch).ner().equals("NATIONALITY");
                    if (!owners && i == start && owner) {
                        continue;
                    }
                    if (a != null && LOCATIVE.contains(String.valueOf(prep)) && !close) {
                        continue; // "the insurgents in Qatar": where an actor is names no other party
                    }
                    if (pass == 0 && close || pass == 1 && !close && (of || from || other || r.equals("conj"))) {
                        queue.add(new int[] {ch, cur[1] + 1});
                    }
                }
            }
        }
        // An agent whose country is unknown ("rebels") comes after every actor with one: in "Islamic State
        // militants" the actor is the group, not militants of no known country.
        List<Actor> sorted = new ArrayList<>(out.size());
        for (Actor a : out) {
            if (!unknownCountry(a)) {
                sorted.add(a);
            }
        }
        for (Actor a : out) {
            if (unknownCountry(a)) {
                sorted.add(a);
            }
        }
        return sorted;
    }

    /**
     * Whether token {@code i} is an agent of unknown country whose "for" phrase names whom it acts for: "a
     * spokesman for the Chinese foreign ministry", "negotiators for the rebels".
     */
    private boolean speaksFor(int i) {
        Actor a = actorAt(i);
        return a != null && unknownCountry(a);
    }

    /** Prepositions that say where a noun's referent is, not whose it is or whom it deals with. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across",
            "throughout");

    /** An agent known by sector only ("---REB"). */
    static boolean unknownCountry(Actor a) {
        return a.actorCode().hasUnknownCountry();
    }

    /**
     * Whether the subject token {@code i} may stand for the speaker of the quote or reported speech around it:
     * a pronoun ("we", "it", "they") or no subject at all. A noun phrase that is no actor ("such a step", "the
     * report") is someone or something else, not the speaker.
     */
    boolean mayBeSpeaker(int i) {
        return i < 0 || tree.token(i).pos().startsWith("PRP") || isFirstPerson(i);
    }

    boolean isFirstPerson(int i) {
        return i >= 0 && Pronouns.bundled().isFirstPerson(tree.token(i).word());
    }
}
