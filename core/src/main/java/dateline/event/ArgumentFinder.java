package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.NounList;
import dateline.cameo.CameoRoot;
import dateline.cameo.Codebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Argument finding, the stage between matching a trigger and making its events: the tokens of the dependency tree
 * that may hold a trigger's source and its target, best first, each with the {@link Rule} that found it, and the
 * actors those tokens lead to. It does not choose among the candidates (the coder does, knowing the code and the
 * source); it only reads the tree.
 */
final class ArgumentFinder {
    /** Prepositions that introduce the target of a verb or noun trigger, in order of preference. */
    static final List<String> TARGET_PREPS = List.of("with", "to", "against", "on", "toward", "towards", "into",
            "at", "for", "upon", "over", "from", "about", "between", "of");
    private static final Set<String> PREPS = Set.copyOf(TARGET_PREPS);
    /** Relations through which a clause without a subject takes its governor's subject. */
    private static final Set<String> CONTROL = Set.of("xcomp", "advcl", "dep", "conj", "ccomp", "parataxis");
    private static final NounList FORCE = NounList.force();

    /** How a source or target candidate was found. */
    enum Rule {
        SUBJECT("subject"),
        PASSIVE_AGENT("agent of a passive ('by')"),
        INSTRUMENT_USER("who used the agent of the passive ('destroyed by a missile fired by rebels')"),
        FORCE_AGENT("doer of the act of force the passive happened in ('killed in Turkish shelling')"),
        RELATIVE_HEAD("noun of the relative clause"),
        CONTROLLER("controller of the complement clause"),
        GOVERNOR_SUBJECT("subject of the governing clause"),
        OWNER("owner of the noun"),
        NOUN_MODIFIER("actor modifying the noun"),
        MODIFIED_NOUN("noun the trigger phrase modifies"),
        ACTING_NOUN("noun the clause describes"),
        MARKED("phrase the pattern marks"),
        PARTICIPLE_HEAD("noun the participle modifies"),
        CARRIED("what the object carries ('a bus carrying soldiers')"),
        PASSIVE_SUBJECT("passive subject"),
        OBJECT("object"),
        OBJECT_PHRASE("phrase under the object"),
        SMALL_CLAUSE_SUBJECT("subject of a small clause"),
        OBJECT_CLAUSE_SUBJECT("subject of the object's infinitive clause"),
        PREPOSITION("prepositional phrase"),
        EVENT_NOUN_PHRASE("phrase under an event noun"),
        PRONOUN_ANTECEDENT("object or party phrase of the joined verb an object pronoun stands for"),
        COMPLEMENT_SUBJECT("subject of the complement clause"),
        NOUN_COMPLEMENT_SUBJECT("subject of the object's 'that' clause"),
        NAMED_COMPLEMENT("complement clause the pattern names"),
        OPEN_COMPLEMENT("the open complement clause's own target"),
        PLACE("place of the act ('in')"),
        DESCRIBED_SUBJECT("subject of the clause the participle describes"),
        PRONOUN_NOUN("noun an object pronoun of its participle stands for"),
        OBJECT_PURPOSE("the named object's purpose clause ('launched an operation to flush out X')"),
        ABOUT_WHOM("party of what the act is about (AboutWhom)"),
        OWNER_ADJECTIVE("owner in an ownership adjective ('Turkish-owned')"),
        ADDRESSEE("addressee of a demand or warning the object carries ('warnings demanding that X')"),
        STRANDED_SUBJECT("subject the parser left in a 'before' / 'after' phrase ('before a court granted')"),
        VICTIMS("victims the act noun is 'of' ('the victims of the attack')"),
        SHARED_ARGUMENT("recipient or ousted incumbent a sibling clause of the same act names (SharedArgument)"),
        OBJECT_PARTICIPLE("party the act noun's '-ing' clause acts on ('held drills encircling Taiwan')"),
        RELATIVE_AUTHOR("named subject of the object's relative clause ('criticised the plan that X proposed')"),
        STATED_OWN_ACT("party the source's own stated act acts on ('warned that it would press X') (IntendedAct)"),
        PRESSED_PURPOSE("party the act's purpose clause presses ('in an effort to pressure X') (IntendedAct)"),
        PARTITIVE("party a partitive object's pronoun stands for ('killed 18 of them') (PartitiveObject)");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        /** How the rule reads in {@code dateline explain}. */
        String label() {
            return label;
        }
    }

    /** A token that may hold an argument, and the rule that found it. */
    record Candidate(int token, Rule rule) {
        /** A phrase the pattern marks is searched through all its prepositional phrases. */
        boolean broad() {
            return rule == Rule.MARKED;
        }
    }

    /** An actor an argument candidate leads to. */
    record Argument(Actor actor, Candidate from) {
    }

    private final DependencyTree tree;
    private final RoleFinder roles;

    ArgumentFinder(DependencyTree tree, RoleFinder roles) {
        this.tree = tree;
        this.roles = roles;
    }

    /** The finder for sentence {@code sentence}'s tree; {@code trigger} tells whether a lemma is some pattern's trigger. */
    static ArgumentFinder of(DependencyTree tree, ActorMentions actors, int sentence, Predicate<String> trigger) {
        return new ArgumentFinder(tree, new RoleFinder(tree, actors, sentence, trigger));
    }

    RoleFinder roles() {
        return roles;
    }

    /** The token acting as subject of {@code t} (see {@link #subject}), or -1. */
    int subjectToken(int t) {
        Candidate c = subject(t);
        return c == null ? -1 : c.token();
    }

    /**
     * The token acting as subject of {@code t}, or null: its own subject, a passive's agent, the noun a relative
     * clause modifies, a complement clause's controller or its governor's subject, a noun trigger's owner or actor
     * modifier, the subject of the verb governing a noun trigger ("held talks with").
     */
    Candidate subject(int t) {
        int cur = t;
        for (int guard = 0; cur >= 0 && guard < 6; guard++) {
            Rule inherited = cur == t ? Rule.SUBJECT : Rule.GOVERNOR_SUBJECT;
            boolean noun = tree.token(cur).isNoun();
            int suffering = cur == t ? SufferedForce.sufferingVerb(tree, t) : -1;
            if (suffering >= 0) {
                // "hundreds were killed in suicide attacks", "wounded during shelling of a school": the verb's
                // subject suffered the act and never did it; the act's own doer or the verb's agent did.
                Candidate own = actDoer(t);
                int agent = !noun && byAgent(t) >= 0 ? byAgent(t) : byAgent(suffering);
                return own != null ? own : agent >= 0 ? new Candidate(agent, Rule.PASSIVE_AGENT) : null;
            }
            if (tree.isPassive(cur) && cur != t) {
                // "Iran was accused of spying", "Iran was attacked by Iraq and retaliated": the clause under a
                // passive is done by what the passive was done to.
                int undergoer = tree.passiveSubject(cur);
                if (undergoer >= 0 && tree.token(t).pos().equals("VBP")
                        && tree.token(undergoer).pos().matches("NNP?")) {
                    // "Assad was ousted but hope ... has been shaken": a plural present verb cannot share a
                    // singular subject; the parse has read a noun as a verb.
                    return null;
                }
                if (undergoer >= 0) {
                    return new Candidate(undergoer, Rule.GOVERNOR_SUBJECT);
                }
            }
            if (tree.isPassive(cur)) {
                int agent = byAgent(cur);
                if (agent >= 0) {
                    int user = roles.actorsFrom(agent, false).isEmpty() ? instrumentUser(agent) : -1;
                    return user >= 0 ? new Candidate(user, Rule.INSTRUMENT_USER)
                            : new Candidate(agent, Rule.PASSIVE_AGENT);
                }
                if (cur == t) {
                    int act = forcePhrase(t);
                    return act >= 0 ? new Candidate(act, Rule.FORCE_AGENT) : null;
                }
            }
            if (cur == t && tree.sharedPassiveSubject(t) >= 0) {
                // "rebels were neutralized or captured": the conjunct shares the passive; its subject undergoes,
                // and a "by" agent of either conjunct did both ("were beaten or arrested by police").
                int agent = byAgent(t) >= 0 ? byAgent(t) : byAgent(tree.sharedPassive(t));
                return agent >= 0 ? new Candidate(agent, Rule.PASSIVE_AGENT) : null;
            }
            if (cur == t && tree.participleClause(t)) {
                // "is dead, killed in an airstrike": a bare participle is passive; what it was done to is the
                // subject of the clause it describes, and a "by" agent would have been found above.
                return null;
            }
            if (cur == t && (smallClauseParticiple(t) || participleAsVerb(t))) {
                // "released the mayor jailed a year ago": the mayor was jailed; the agent, if any, is "by".
                int agent = byAgent(t);
                return agent >= 0 ? new Candidate(agent, Rule.PASSIVE_AGENT) : null;
            }
            if (cur == t && OrderGiver.undergoer(tree, t) >= 0) {
                // "returned to prison on the orders of a judge": the subject was taken there; the judge acted.
                return new Candidate(OrderGiver.of(tree, t), Rule.PASSIVE_AGENT);
            }
            int s = tree.child(cur, "nsubj", "csubj");
            if (s < 0 && cur == t && !noun) {
                s = strandedSubject(t);
                if (s >= 0) {
                    return new Candidate(s, Rule.STRANDED_SUBJECT);
                }
            }
            if (s >= 0 && !(cur == t && noun)) {
                if (tree.rel[cur].equals("acl:relcl") && tree.head[cur] >= 0 && relativePronoun(s)) {
                    int act = ActNounClause.forceAct(tree, tree.head[cur]);
                    if (act >= 0) {
                        // "the bombing of a base that killed ten": the clause tells what the act did; its doer is
                        // the one the act's own phrase names, never what it was done to.
                        return actDoer(act);
                    }
                    return new Candidate(tree.head[cur], Rule.RELATIVE_HEAD); // "the group that seized Mosul"
                }
                return new Candidate(s, inherited);
            }
            if (noun && cur == t) {
                int poss = tree.child(cur, "nmod:poss");
                if (poss >= 0) {
                    return new Candidate(poss, Rule.OWNER);
                }
                for (int ch : tree.children(cur)) {
                    if ((tree.rel[ch].equals("compound") || tree.rel[ch].equals("amod")) && roles.actorAt(ch) != null
                            && roles.actorAt(ch).tokenStart() >= phraseStart(cur)) {
                        // Not a mention that only ends inside the phrase: in "the victims of the Kabul attack" the
                        // mention "the victims of the Kabul" is the victims, not the attacker.
                        return new Candidate(ch, Rule.NOUN_MODIFIER);
                    }
                }
                if (ActNounClause.ownClause(tree, cur)) {
                    // "the attack on X is an attack on Y, the minister said", "an attack on X has highlighted":
                    // the act is what its own clause is about; no governing clause's subject did it.
                    int agent = tree.rel[cur].equals("nsubj:pass") ? byAgent(tree.head[cur]) : -1;
                    return agent >= 0 ? new Candidate(agent, Rule.PASSIVE_AGENT) : null;
                }
                int h = tree.head[cur];
                if (h < 0 || NotTheDoer.victimsOf(tree, cur) >= 0 || NotTheDoer.aboutTheAct(tree, h)) {
                    // The victims of an act, and whoever blames, denies or mourns it, never did it.
                    return null;
                }
                String r = tree.rel[cur];
                if ((r.startsWith("nmod") || r.equals("appos")) && tree.token(h).isNoun() && roles.actorAt(h) != null) {
                    return new Candidate(h, Rule.MODIFIED_NOUN); // "Rouhani in a telephone conversation with ..."
                }
                cur = h; // "held talks with": take the verb's subject
                continue;
            }
            if (participle(cur)) {
                // "victims killed by the blast", "prisoners released by Israel": the noun undergoes the act;
                // the agent, if any, is the by-phrase.
                int agent = byAgent(cur);
                return agent >= 0 ? new Candidate(agent, Rule.PASSIVE_AGENT) : null;
            }
            if (tree.rel[cur].equals("acl") && tree.head[cur] >= 0) {
                // "rebels fighting in Syria": the noun acts; "efforts to counter X", "a plan to attack X": the
                // noun is the act, whose owner ("Iran's plan") acts, if named.
                if (!"to".equals(tree.preposition(cur))) {
                    if (boundPronoun(cur) < 0) {
                        return new Candidate(tree.head[cur], Rule.ACTING_NOUN);
                    }
                    // "a meeting with heads of companies, calling on them": a clause's object pronoun never
                    // stands for its own subject, so the noun is whom it is done to; the doer is the subject of
                    // the clause the noun belongs to.
                    cur = clauseOf(tree.head[cur]);
                    continue;
                }
                int owner = tree.child(tree.head[cur], "nmod:poss");
                return owner >= 0 ? new Candidate(owner, Rule.OWNER) : null;
            }
            if (!CONTROL.contains(tree.rel[cur]) && !tree.rel[cur].startsWith("obl")) {
                return null;
            }
            int controller = controller(cur);
            if (controller >= 0) {
                return new Candidate(controller, Rule.CONTROLLER);
            }
            cur = tree.head[cur];
        }
        return null;
    }

    /**
     * The subject of verb {@code t} that the parser attached to the governing clause as a phrase of a subordinating
     * "before", "after", "until", "when", "since", "once" or "as", or -1: in "spent years in prison before a court
     * granted him bail" the parser may read "before a court" as a time phrase of "spent" and leave "granted" as a
     * bare {@code dep}. A finite verb right after such a phrase has it as its own subject; it never borrows the
     * governing clause's subject.
     */
    private int strandedSubject(int t) {
        String pos = tree.token(t).pos();
        int gov = tree.head[t];
        if (gov < 0 || !tree.rel[t].equals("dep") || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
                || t == 0) {
            return -1;
        }
        int n = t - 1;
        for (int guard = 0; n >= 0 && tree.head[n] != gov && guard < tree.size(); guard++) {
            n = tree.head[n];
        }
        if (n < 0 || n >= t || !tree.rel[n].startsWith("obl") || !tree.token(n).isNoun()
                || !SUBORDINATORS.contains(String.valueOf(tree.preposition(n)))) {
            return -1;
        }
        return n;
    }

    /** Words that open a clause of time, which the parser may read as a preposition. */
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "until", "when", "since", "once", "as");

    /** The first token of {@code t}'s phrase (its leftmost descendant). */
    private int phraseStart(int t) {
        int first = t;
        for (int ch : tree.children(t)) {
            first = Math.min(first, phraseStart(ch));
        }
        return first;
    }

    /**
     * The object pronoun of participle clause {@code cl} that agrees in number with the noun the clause modifies
     * ("companies, calling on them"; "the minister, praising him"), or -1.
     */
    private int boundPronoun(int cl) {
        int noun = tree.head[cl];
        if (!tree.rel[cl].equals("acl") || noun < 0 || !tree.token(cl).pos().equals("VBG")) {
            return -1;
        }
        String pos = tree.token(noun).pos();
        boolean plural = pos.equals("NNS") || pos.equals("NNPS");
        for (int ch : tree.children(cl)) {
            String r = tree.rel[ch];
            String w = tree.word[ch];
            if ((r.equals("obj") || r.equals("iobj") || r.startsWith("obl"))
                    && (plural ? w.equals("them") : w.equals("him") || w.equals("her"))) {
                return ch;
            }
        }
        return -1;
    }

    /** The nearest verb above {@code n}, or -1. */
    private int clauseOf(int n) {
        for (int h = tree.head[n], guard = 0; h >= 0 && guard < tree.size(); h = tree.head[h], guard++) {
            if (tree.token(h).isVerb()) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The named doer of an act of force passive {@code v} happened in, or -1: "were
     * killed in Turkish shelling", "was wounded during an attack by rebels". The doer of the act ("Turkish", "by
     * rebels") is the doer of the passive; an act with no doer named ("killed in an air strike") gives none.
     */
    private int forcePhrase(int v) {
        for (int ch : tree.children(v)) {
            String prep = tree.preposition(ch);
            if (!tree.rel[ch].startsWith("obl") || !("in".equals(prep) || "during".equals(prep))) {
                continue;
            }
            if (!namesForce(tree, ch)) {
                continue;
            }
            if (roles.actorAt(ch) != null) {
                return ch; // the act is named with its doer: "Pakistani shelling"
            }
            // Else only the act's own doer: "wounded during shelling of a school" names what was shelled, not who.
            Candidate doer = actDoer(ch);
            if (doer != null && !roles.actorsFrom(doer.token(), false).isEmpty()) {
                return doer.token();
            }
        }
        return -1;
    }

    /**
     * Who used the thing that did the act, or -1: the by-phrase of a participle describing the passive's agent
     * ("was destroyed by a missile fired by rebels", "by a bomb believed to have been planted by militants"). A
     * weapon acts for whoever fired or planted it; the participle may sit under a verb of belief or report.
     */
    private int instrumentUser(int agent) {
        for (int ch : tree.children(agent)) {
            if (!tree.rel[ch].equals("acl")) {
                continue;
            }
            int v = ch;
            for (int step = 0; v >= 0 && step < 2; step++) {
                int by = byAgent(v);
                if (by >= 0 && !roles.actorsFrom(by, false).isEmpty()) {
                    return by;
                }
                v = tree.child(v, "xcomp");
            }
        }
        return -1;
    }

    /** Whether noun {@code t} or its adjective or compound names an act of force ("shelling", "tank fire"). */
    static boolean namesForce(DependencyTree tree, int t) {
        if (FORCE.contains(tree.token(t).word())) {
            return true;
        }
        for (int m : tree.children(t)) {
            if ((tree.rel[m].equals("amod") || tree.rel[m].equals("compound")) && FORCE.contains(tree.token(m).word())) {
                return true;
            }
        }
        return false;
    }

    /** Who an act-of-force noun's own phrase names as its doer: owner, actor modifier or "by" phrase; or null. */
    private Candidate actDoer(int act) {
        int poss = tree.child(act, "nmod:poss");
        if (poss >= 0) {
            return new Candidate(poss, Rule.OWNER);
        }
        for (int ch : tree.children(act)) {
            if ((tree.rel[ch].equals("compound") || tree.rel[ch].equals("amod")) && roles.actorAt(ch) != null) {
                return new Candidate(ch, Rule.NOUN_MODIFIER);
            }
            if (tree.rel[ch].startsWith("nmod") && "by".equals(tree.preposition(ch))) {
                return new Candidate(ch, Rule.PASSIVE_AGENT);
            }
        }
        return null;
    }

    /** The {@code by} phrase of {@code v}, else who ordered or requested its act ({@link OrderGiver}), or -1. */
    private int byAgent(int v) {
        for (int ch : tree.children(v)) {
            if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch)) && !OrderGiver.isOrder(tree, ch)) {
                return ch;
            }
        }
        // "was detained on the orders of the prosecutor": who ordered the act is the passive's agent.
        return OrderGiver.of(tree, v);
    }

    /**
     * The controller of a complement clause {@code x} other than its governor's subject, or -1: the governor's
     * object ("asked Obama to help": Obama helps; "wants Putin to attack") or, for a passive governor, its
     * passive subject ("Obama is scheduled to attend", "Iran was pressed by France to release": Iran releases).
     */
    private int controller(int x) {
        int h = tree.head[x];
        if (h < 0 || !tree.rel[x].equals("xcomp")) {
            return -1;
        }
        int o = tree.child(h, "obj", "iobj");
        if (o < 0 && tree.isPassive(h)) {
            o = tree.child(h, "nsubj:pass");
        }
        return o;
    }

    /**
     * Tokens that may hold the target of {@code t}, best first: a phrase the pattern marks, then the trigger's own
     * clause (see {@link #clauseTargets}), then the clause of a complement verb the pattern matched ("wants to
     * attack X", "threatened to expel X": the pattern names the complement, whose object is the target), then the
     * open complement's own clause ("struggled to stamp out the militants"), last the place of a protest, show of
     * force or attack.
     */
    List<Candidate> targets(int t, PatternMatcher.Match m) {
        List<Candidate> out = new ArrayList<>();
        int undergoer = OrderGiver.undergoer(tree, t);
        if (undergoer >= 0) {
            out.add(new Candidate(undergoer, Rule.PASSIVE_SUBJECT));
        }
        int victims = NotTheDoer.victimsOf(tree, t);
        if (victims >= 0) {
            out.add(new Candidate(victims, Rule.VICTIMS));
        }
        for (var e : m.bound().entrySet()) {
            if (e.getKey().marksTarget()) {
                out.add(new Candidate(e.getValue(), Rule.MARKED));
            }
        }
        clauseTargets(t, out);
        if (violent(m.pattern())) {
            carried(t, out);
        } else if (materialConflict(m.pattern())) {
            actNounParticiple(t, m, out);
        }
        objectPurpose(t, m, out);
        if (comment(m.pattern())) {
            nounComplementSubjects(t, out);
        }
        for (int b : m.bound().values()) {
            if (b != t && tree.token(b).pos().startsWith("VB") && below(b, t)) {
                List<Candidate> named = new ArrayList<>();
                clauseTargets(b, named);
                named.forEach(c -> out.add(new Candidate(c.token(), Rule.NAMED_COMPLEMENT)));
            }
        }
        int x = openComplement(t);
        if (x >= 0) {
            List<Candidate> inner = new ArrayList<>();
            clauseTargets(x, inner);
            for (Candidate c : inner) {
                if (c.rule() != Rule.SMALL_CLAUSE_SUBJECT) {
                    out.add(new Candidate(c.token(), Rule.OPEN_COMPLEMENT));
                }
            }
        }
        if (actsOnPlace(m.pattern()) && !LocativePhrase.doneToSomeone(tree, t)) {
            // Last resort for protests, shows of force, coercion and violence: the place where it was done is
            // what it was done to ("protested in Beijing", "held exercises in Alaska", "shelled a village in X");
            // never for an act on a named person or a pronoun ("shot him in Lagos": the place is only where).
            placePhrase(t, out);
            for (int ch : tree.children(t)) {
                if (LocativePhrase.of(tree, t, ch)) {
                    out.add(new Candidate(ch, Rule.PLACE)); // "marched on the streets of Tehran"
                }
            }
            for (int ch : tree.children(t)) {
                if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("nsubj:pass") && tree.isPassive(t)) {
                    placePhrase(ch, out);
                }
            }
            // One step further down: the place of the object's own noun ("kidnapped dozens of schoolgirls in
            // Nigeria") or of the spot the act was done at ("detonated a bomb at a checkpoint in Mogadishu").
            for (int ch : tree.children(t)) {
                String r = tree.rel[ch];
                if (r.equals("obj") || r.equals("nsubj:pass") && tree.isPassive(t)) {
                    for (int g : tree.children(ch)) {
                        if (tree.rel[g].startsWith("nmod") && !"in".equals(tree.preposition(g))) {
                            placePhrase(g, out);
                        }
                    }
                } else if (r.startsWith("obl") && !"in".equals(tree.preposition(ch))) {
                    placePhrase(ch, out);
                }
            }
        }
        if ("018".equals(m.pattern().code())) {
            sufferedAt(t, out);
            for (int ch : tree.children(t)) {
                if (tree.rel[ch].equals("obj")) {
                    sufferedAt(ch, out);
                }
            }
        }
        String own = m.pattern().code() != null ? m.pattern().code() : m.pattern().reverseCode();
        NamedCounterpart.add(tree, t, own, out);
        relativeAuthors(t, own, out);
        AboutWhom.add(tree, t, own != null && own.matches("04[0-4].*|036|026|106"), roles::isTrigger, out);
        SharedArgument.add(tree, roles, t, own, out);
        IntendedAct.add(tree, this, t, own, out);
        return out;
    }

    /** Roots of a reaction to what a party did or made, or of aid it receives: praise, demand, disapprove, reject, deny. */
    private static final java.util.regex.Pattern REACTION = java.util.regex.Pattern.compile("05.*|07.*|1[012].*|016.*");

    /**
     * For a reaction to a thing (see {@link #REACTION}), the party whose act or work the object is, named as the
     * subject of the object's relative clause with the object as its gap: "criticised the plan that X proposed",
     * "rejected the terms Y set", "gave most of the aid that Z received" (the object's "of" noun too). Only a named party (an actor); a clause that says where
     * or when ("the city where X met") or has its own object ("the plan that gives X ...") names no author.
     */
    private void relativeAuthors(int t, String code, List<Candidate> out) {
        if (code == null || !REACTION.matcher(code).matches()) {
            return;
        }
        for (int o : tree.children(t)) {
            if (!tree.rel[o].equals("obj")) {
                continue;
            }
            List<Integer> things = new ArrayList<>(List.of(o));
            for (int n : tree.children(o)) {
                if (tree.rel[n].startsWith("nmod") && "of".equals(tree.preposition(n)) && tree.token(n).isNoun()) {
                    things.add(n); // "7% of the money that X received": the part's whole
                }
            }
            for (int thing : things) {
                for (int cl : tree.children(thing)) {
                    int s = tree.child(cl, "nsubj");
                    if (relativeObject(cl) && s >= 0 && roles.actorAt(s) != null) {
                        out.add(new Candidate(s, Rule.RELATIVE_AUTHOR));
                    }
                }
            }
        }
    }

    /**
     * For violence, what the object carries or holds: "ambushed a bus transporting a paramilitary force",
     * "shelled a convoy carrying soldiers". A present participle modifying the object names who is in it, and an
     * attack on the vehicle is an attack on them. Only after the object itself and its phrases.
     */
    private void carried(int t, List<Candidate> out) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            if (r.equals("obj") || r.equals("nsubj:pass") && tree.isPassive(t)) {
                for (int cl : tree.children(ch)) {
                    int o = tree.child(cl, "obj");
                    if (tree.rel[cl].equals("acl") && tree.token(cl).pos().equals("VBG") && o >= 0) {
                        out.add(new Candidate(o, Rule.CARRIED));
                    }
                }
            }
        }
    }

    /**
     * For material conflict (CAMEO 14 to 17 here; 18 to 20 use {@link #carried}), the party an object that names an
     * act acts on through its own "-ing" clause: "held drills encircling Taiwan", "launched a crackdown targeting
     * opposition groups". The act noun is some pattern's trigger or named by the trigger's pattern ("conduct" +
     * "drills"). A statement's participle ("issued a statement urging X") is its content, coded on its own; a thing ("a bus carrying soldiers") is left to {@link #carried} for violence only.
     */
    private void actNounParticiple(int t, PatternMatcher.Match m, List<Candidate> out) {
        int ch = tree.child(t, "obj");
        if (ch < 0 || !tree.token(ch).isNoun() || !roles.isTrigger(ch) && !m.bound().containsValue(ch)) {
            return;
        }
        for (int cl : tree.children(ch)) {
            int o = tree.child(cl, "obj");
            if (tree.rel[cl].equals("acl") && tree.token(cl).pos().equals("VBG") && o >= 0) {
                out.add(new Candidate(o, Rule.OBJECT_PARTICIPLE));
            }
        }
    }

    /**
     * For material conflict (CAMEO 15 to 20), when the pattern names the object ("launched an operation"), the
     * verb and object are the act, and the object's purpose clause says whom it is done to: "launched an
     * operation to flush out the rebels", "began an offensive to retake the city from X". A thing the act is done
     * to ("rejected a plan to sanction Iran") is no part of the pattern, so its purpose is not the act's; nor is
     * the use of a gift ("gave money to rebuild schools in Haiti" names no recipient).
     */
    private void objectPurpose(int t, PatternMatcher.Match m, List<Candidate> out) {
        int o = tree.child(t, "obj");
        boolean aid = aid(m.pattern());
        if (o < 0 || !aid && (!m.bound().containsValue(o) || !materialConflict(m.pattern()))) {
            return;
        }
        // The parser hangs the purpose clause from the object or from the verb.
        List<Integer> clauses = new ArrayList<>();
        for (int cl : tree.children(o)) {
            if (tree.rel[cl].equals("acl")) {
                clauses.add(cl);
            }
        }
        for (int cl : tree.children(t)) {
            if (tree.rel[cl].equals("xcomp") || tree.rel[cl].equals("advcl")) {
                clauses.add(cl);
            }
        }
        for (int cl : clauses) {
            // Aid given "to assist X" or "to help X" is given to X; "money to rebuild schools" names no recipient.
            if (tree.token(cl).isVerb() && "to".equals(tree.preposition(cl)) && tree.child(cl, "nsubj") < 0
                    && (!aid || roles.isTrigger(cl))) {
                List<Candidate> inner = new ArrayList<>();
                clauseTargets(cl, inner);
                inner.forEach(c -> out.add(new Candidate(c.token(), Rule.OBJECT_PURPOSE)));
            }
        }
    }

    /**
     * For a pessimistic or optimistic comment (012, 013: "expressed hope that Iran would agree", "voiced fear that
     * China could seize the islands"), the party the hope or fear is about: the subject of the object's "that"
     * clause. Not for other acts, where such a clause is the content of a claim or charge ("rejected accusations
     * that his government rigged the vote", 016: the government is not whom the rejection is aimed at).
     */
    private void nounComplementSubjects(int t, List<Candidate> out) {
        for (int o : tree.children(t)) {
            if (!tree.rel[o].equals("obj")) {
                continue;
            }
            for (int cl : tree.children(o)) {
                int s = tree.child(cl, "nsubj");
                if ((tree.rel[cl].equals("acl") || tree.rel[cl].equals("ccomp")) && s >= 0
                        && "that".equals(tree.preposition(cl))) {
                    out.add(new Candidate(s, Rule.NOUN_COMPLEMENT_SUBJECT));
                }
            }
        }
    }

    /** Pessimistic and optimistic comments (CAMEO 012, 013): a fear or hope about a party. */
    private static boolean comment(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return code != null && (code.startsWith("012") || code.startsWith("013"));
    }

    /** Provide aid (CAMEO 07): the purpose clause of aid that helps someone names whom it is given to. */
    private static boolean aid(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return code != null && code.startsWith("07");
    }

    /** Material conflict (quad class 4: CAMEO 15 to 20). */
    private static boolean materialConflict(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return Codebook.bundled().root(code).map(r -> r.quadClass() == 4).orElse(false);
    }

    /** Roots of assault, fight and mass violence (CAMEO 18, 19, 20). */
    private static boolean violent(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return code != null && code.length() >= 2 && Set.of("18", "19", "20").contains(code.substring(0, 2));
    }

    /**
     * Last resort for empathy (018): sympathy goes to those who suffered, and the place of what they suffered
     * stands for them ("expressed sorrow for the shootings in South Carolina", "condolences over the earthquake
     * in Turkey").
     */
    private void sufferedAt(int t, List<Candidate> out) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            String prep = tree.preposition(ch);
            if ((r.startsWith("obl") || r.startsWith("nmod")) && prep != null && SUFFERED.contains(prep)) {
                placePhrase(ch, out);
            }
        }
    }

    /**
     * The open complement of verb {@code t} whose subject is {@code t}'s own ("struggled to stamp out X", "moved
     * to block X"), or -1: its act is what {@code t} is about, so its target is {@code t}'s when {@code t}'s own
     * clause names none. Not a clause with a subject of its own ("asked Iran to release X") or a small clause, nor
     * one that is a trigger itself ("decided to grant asylum to X"): that clause is its own event, with its target.
     */
    private int openComplement(int t) {
        if (!tree.token(t).isVerb()) {
            return -1;
        }
        int x = tree.child(t, "xcomp");
        if (x < 0 || !tree.token(x).isVerb() || tree.child(x, "nsubj", "nsubj:pass") >= 0
                || tree.child(t, "obj", "iobj") >= 0 || roles.isTrigger(x) && !purpose(t, x)) {
            return -1;
        }
        return x;
    }

    /**
     * Whether to-infinitive {@code x} under {@code t} is a purpose or plan the coder does not code as done
     * ("struggling to stamp out X"), unlike the act of an aspectual verb ("continued to shell X").
     */
    private boolean purpose(int t, int x) {
        return "to".equals(tree.preposition(x)) && !EventCoder.ASPECTUAL.contains(tree.lemma[t]);
    }

    /** The target candidates of {@code t}'s own clause (see {@link #clauseTargets}), as a new list. */
    List<Candidate> clauseTargets(int t) {
        List<Candidate> out = new ArrayList<>();
        clauseTargets(t, out);
        return out;
    }

    /**
     * The target candidates of verb or noun {@code t}: the noun a participle or a relative clause with a relative
     * object modifies; the passive subject; each object followed by its own prepositional phrases ("held talks
     * with X", "launched a strike against X", "expressed appreciation for X's help": the object is an event noun,
     * the phrase under it names the target); a small clause's subject; the target prepositional phrases of
     * {@code t}; a complement clause's subject.
     */
    private void clauseTargets(int t, List<Candidate> out) {
        if (participle(t)) {
            out.add(new Candidate(tree.head[t], Rule.PARTICIPLE_HEAD)); // "civilians imprisoned by X"
        }
        if (smallClauseParticiple(t)) {
            out.add(new Candidate(tree.child(t, "nsubj"), Rule.PARTICIPLE_HEAD)); // "released the mayor jailed"
        }
        if (relativeObject(t)) {
            out.add(new Candidate(tree.head[t], Rule.RELATIVE_HEAD)); // "the village that the army shelled"
        }
        int described = tree.describedSubject(t);
        if (described >= 0) {
            out.add(new Candidate(described, Rule.DESCRIBED_SUBJECT)); // "one of its leaders is dead, killed in"
        }
        if (boundPronoun(t) >= 0) {
            out.add(new Candidate(tree.head[t], Rule.PRONOUN_NOUN)); // "heads of companies, calling on them"
        }
        if (tree.isPassive(t)) {
            int p = tree.passiveSubject(t);
            if (p >= 0) {
                out.add(new Candidate(p, Rule.PASSIVE_SUBJECT));
                prepositionalPhrases(p, out, Rule.OBJECT_PHRASE, true, false); // "evidence against X was presented"
            }
        }
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("iobj")) {
                out.add(new Candidate(ch, Rule.OBJECT));
                for (int ante : NamedCounterpart.pronounAntecedents(tree, t, ch)) {
                    out.add(new Candidate(ante, Rule.PRONOUN_ANTECEDENT));
                }
                for (int ante : PartitiveObject.antecedents(tree, t, ch)) {
                    out.add(new Candidate(ante, Rule.PARTITIVE));
                }
                // "discussed tensions between X and Y": the parties of a thing between them are not the target.
                prepositionalPhrases(ch, out, Rule.OBJECT_PHRASE, true, roles.isThing(ch));
                for (int cl : tree.children(ch)) {
                    int s = tree.child(cl, "nsubj");
                    if (tree.rel[cl].equals("acl") && "to".equals(tree.preposition(cl)) && s >= 0) {
                        out.add(new Candidate(s, Rule.OBJECT_CLAUSE_SUBJECT)); // "gave permission to Russia to help"
                    }
                }
            }
        }
        int x = tree.child(t, "xcomp");
        if (x >= 0) {
            int s = tree.child(x, "nsubj");
            if (s >= 0) {
                out.add(new Candidate(s, Rule.SMALL_CLAUSE_SUBJECT)); // "calling US sanctions illegal"
            }
        }
        int from = out.size();
        // "accused X of backing Y", "warned X of Y", "robbed X of Y": after an object that names a party, the "of"
        // phrase is the charge or the thing, and its parties are not whom the act is done to. (After a common noun
        // the parser may have hung the noun's own "of" phrase on the verb: "called a meeting Wednesday of X".)
        int party = tree.token(t).isVerb() ? tree.child(t, "obj") : -1;
        boolean charge = party >= 0 && (roles.actorAt(party) != null || tree.token(party).pos().matches("NNPS?|PRP"));
        prepositionalPhrases(t, out, Rule.PREPOSITION, charge, false);
        for (int ch : tree.children(t)) {
            // "called for Russia to reciprocate": the parser reads "for Russia to act" as a clause.
            int forWhom = tree.clausalPrepositionObject(ch, PREPS);
            if (forWhom >= 0) {
                out.add(new Candidate(forWhom, Rule.PREPOSITION));
            }
        }
        int to = out.size();
        for (int k = 0; k < to; k++) {
            Candidate cand = out.get(k);
            if (k >= from || cand.rule() == Rule.OBJECT) {
                // An object's own phrases are in already (OBJECT_PHRASE); a phrase's are not.
                eventNounPhrases(cand.token(), k >= from, out);
            }
        }
        int c = tree.child(t, "ccomp");
        if (c >= 0) {
            int s = tree.child(c, "nsubj");
            if (s >= 0) {
                out.add(new Candidate(s, Rule.COMPLEMENT_SUBJECT)); // "demanded that Israel release ..."
            }
        }
    }

    /**
     * The target phrases under an event noun that {@code n} is or names with "of": "optimistic about a deal with
     * Australia", "walked away from the talks with the US", "announced a suspension of aid to Guatemala". The
     * noun is an act of its own, and the party it is done with or to is the party of the whole.
     */
    private void eventNounPhrases(int n, boolean self, List<Candidate> out) {
        if (!tree.token(n).isNoun()) {
            return;
        }
        int event = self && roles.isTrigger(n) ? n : -1;
        for (int ch : tree.children(n)) {
            if (event < 0 && tree.rel[ch].startsWith("nmod") && OF_FOR.contains(String.valueOf(tree.preposition(ch)))
                    && tree.token(ch).isNoun() && roles.isTrigger(ch)) {
                event = ch;
            }
        }
        if (event >= 0) {
            prepositionalPhrases(event, out, Rule.EVENT_NOUN_PHRASE, true, roles.isThing(event));
        }
    }

    /**
     * Whether {@code t} is a relative clause whose object is the noun it modifies: a relative pronoun object
     * ("the plan that Peru rejected") or none while it has a subject of its own ("the plan Peru rejected").
     */
    private boolean relativeObject(int t) {
        if (!tree.rel[t].equals("acl:relcl") || tree.head[t] < 0 || !tree.token(t).isVerb()) {
            return false;
        }
        int subject = tree.child(t, "nsubj");
        if (subject < 0 || relativePronoun(subject)) {
            return false;
        }
        for (int ch : tree.children(t)) {
            if (tree.token(ch).pos().equals("WRB")) {
                return false; // "the region where forces clashed": the noun is where or when, not what
            }
        }
        int o = tree.child(t, "obj");
        return o < 0 ? tree.child(t, "ccomp", "xcomp") < 0 : relativePronoun(o);
    }

    /**
     * The subject of the verb whose object noun {@code n} is ("the committee issued a report"), or -1: the issuer
     * of a document.
     */
    int issuerOf(int n) {
        int h = tree.head[n];
        if (h < 0 || !(tree.rel[n].equals("obj") || tree.rel[n].equals("nsubj:pass"))) {
            return -1;
        }
        if (tree.rel[n].equals("nsubj:pass")) {
            return byAgent(h);
        }
        return tree.child(h, "nsubj");
    }

    /**
     * Roots that act on a place (the codebook's acts_on_place, roots.tsv): 14 to 20 (protest, force posture,
     * reduce relations, coerce, assault, fight, mass violence), and 07 (provide aid): aid delivered or peacekeepers
     * deployed in a country are given to it ("deployed observers in Zimbabwe").
     */
    static boolean actsOnPlace(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return Codebook.bundled().root(code).map(CameoRoot::actsOnPlace).orElse(false);
    }

    private void placePhrase(int t, List<Candidate> out) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            // "mediation in the Gaza war": a war, crisis or process named after a place is no place.
            if ((r.startsWith("obl") || r.startsWith("nmod")) && "in".equals(tree.preposition(ch))
                    && !NOT_PLACES.contains(tree.lemma[ch])) {
                out.add(new Candidate(ch, Rule.PLACE));
            }
        }
    }

    /** How a noun names an event it is about: "a suspension of aid to X", "the prospects for talks with X". */
    private static final Set<String> OF_FOR = Set.of("of", "for");

    /** Heads of an "in" phrase that name a matter, not a place. */
    private static final Set<String> NOT_PLACES = Set.of("war", "conflict", "crisis", "dispute", "process", "talks",
            "negotiations", "standoff", "row", "fighting");

    /** Prepositions that introduce what an expression of sympathy is about. */
    private static final Set<String> SUFFERED = Set.of("for", "over", "after", "about");

    /** The children of {@code t} introduced by a target preposition, in {@link #TARGET_PREPS} order. */
    private void prepositionalPhrases(int t, List<Candidate> out, Rule rule, boolean skipOf, boolean skipBetween) {
        for (String prep : TARGET_PREPS) {
            if (skipOf && prep.equals("of")) {
                continue; // "of" phrases are searched with the object itself (RoleFinder.actorsFrom)
            }
            if (skipBetween && prep.equals("between")) {
                continue;
            }
            for (int ch : tree.children(t)) {
                String r = tree.rel[ch];
                if ((r.startsWith("obl") || r.startsWith("nmod")) && prep.equals(tree.preposition(ch))
                        && !(rule == Rule.PREPOSITION && LocativePhrase.of(tree, t, ch))) {
                    out.add(new Candidate(ch, rule));
                }
            }
        }
    }

    /** The actors of the source candidate of {@code t}, nearest first (empty when it has none). */
    List<Argument> sourceActors(int t) {
        Candidate c = subject(t);
        return c == null ? List.of() : arguments(c, true);
    }

    /** The actors of each target candidate of {@code t}, in candidate order. */
    List<Argument> targetActors(int t, PatternMatcher.Match m) {
        List<Argument> out = new ArrayList<>();
        for (Candidate c : targets(t, m)) {
            out.addAll(arguments(c, true));
        }
        return out;
    }

    /** The actors candidate {@code c} leads to; without {@code owners}, not the owner of a thing it names. */
    List<Argument> arguments(Candidate c, boolean owners) {
        List<Argument> out = new ArrayList<>();
        for (Actor a : roles.actorsFrom(c.token(), c.broad(), owners)) {
            out.add(new Argument(a, c));
        }
        return out;
    }

    /** Whether {@code b} lies below {@code t} in the tree. */
    private boolean below(int b, int t) {
        for (int h = tree.head[b], guard = 0; h >= 0 && guard < tree.size(); h = tree.head[h], guard++) {
            if (h == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past participle modifying a noun ("civilians imprisoned for ..."): a passive clause of that noun. The parser
     * also reads a participle set off by commas as an adjective ("soldiers, supported by militias, ..."); with its
     * own "by" agent it is the same passive clause.
     */
    private boolean participle(int i) {
        return tree.head[i] >= 0 && tree.token(i).pos().equals("VBN")
                && (tree.rel[i].equals("acl") || tree.rel[i].equals("amod") && byAgent(i) >= 0);
    }

    /**
     * A past participle the parser reads as a small clause with the noun before it as subject ("released [the
     * mayor jailed a year ago]"): with no auxiliary it is passive, so its subject undergoes the act.
     */
    private boolean smallClauseParticiple(int i) {
        return tree.rel[i].equals("xcomp") && tree.token(i).pos().equals("VBN") && tree.child(i, "nsubj") >= 0
                && tree.child(i, "aux", "aux:pass", "cop") < 0;
    }

    /**
     * A past participle with no auxiliary that the parser made the verb of the noun before it, while the finite verb
     * that noun is the subject of hangs below it with its auxiliary and no subject ("40 detainees, including 23
     * incarcerated at the base, were flown to ..."): the participle describes the noun, which undergoes the act.
     */
    boolean participleAsVerb(int i) {
        if (!tree.token(i).pos().equals("VBN") || tree.child(i, "nsubj") < 0
                || tree.child(i, "aux", "aux:pass", "cop") >= 0) {
            return false;
        }
        for (int c : tree.children(i)) {
            int aux = tree.child(c, "aux", "aux:pass");
            // The comma closes the described noun's phrase: "..., were flown"; without it the tagger may only
            // have misread a past tense ("a court earlier alleged the journalist had posted").
            if (c > i && (tree.rel[c].equals("dep") || tree.rel[c].equals("parataxis")) && tree.token(c).isVerb()
                    && aux > i && tree.word[aux - 1].equals(",")
                    && tree.child(c, "nsubj", "nsubj:pass", "csubj") < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean relativePronoun(int i) {
        String pos = tree.token(i).pos();
        return pos.equals("WDT") || pos.equals("WP") || tree.word[i].equals("that");
    }
}
