package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets and sources the sentence names (issue 15, fourth round), on hand-written parses (CoNLL-U, no CoreNLP):
 * bare participle clauses are passive, an object pronoun of a participle never stands for the participle's own
 * noun, the target of an uncoded purpose clause and of a named object's purpose, the subject of a noun's "that"
 * clause and of a "for X to" clause, a group's "including" members, and time phrases that are no party.
 */
class SentenceTargetsTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("sentence-targets.conllu", name);
    }

    /** A match whose pattern names the trigger's object ("launch obj=operation"). */
    private static PatternMatcher.Match objectMatch(String code, int object) {
        Constraint obj = new Constraint("obj", Set.of(), Set.of(), (char) 0);
        Pattern p = new Pattern("test:2", code, null, Set.of("x"), 'V', List.of(obj), true, true);
        return new PatternMatcher.Match(p, Map.of(obj, object));
    }

    @Test
    void aBareParticipleClauseIsDoneToTheSubjectItDescribes() {
        ConlluFixture f = parse("commander-is-dead-killed-in-a-strike");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "killed")).isEqualTo("-");
        assertThat(f.targets(args, "killed", "190")).first().isEqualTo("NGAREB DESCRIBED_SUBJECT");
        // The coder makes it an event with an unnamed doer, not one done by the dead commander.
        assertThat(f.events()).containsExactly("190 ->NGAREB");
    }

    @Test
    void aParticipleClauseWithAByAgentIsDoneByTheAgentToTheSubject() {
        ConlluFixture f = parse("rebels-fled-when-attacked-by-troops");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "attacked")).isEqualTo("TURMIL PASSIVE_AGENT");
        assertThat(f.targets(args, "attacked", "190")).first().isEqualTo("---REB DESCRIBED_SUBJECT");
    }

    @Test
    void standingAccusedIsPassive() {
        ConlluFixture f = parse("mayor-stands-accused-of-fraud");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "accused")).isEqualTo("-");
        assertThat(f.targets(args, "accused", "112")).first().isEqualTo("NGAGOV DESCRIBED_SUBJECT");
    }

    @Test
    void aBareParticipleWithASubjectIsPassive() {
        // The parser reads "prisoners held at the base" as a clause with "prisoners" as subject: they were held.
        ConlluFixture f = parse("officials-said-prisoners-held-at-the-base");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "held")).isEqualTo("-");
        assertThat(f.targets(args, "held", "173")).first().isEqualTo("---OPP PASSIVE_SUBJECT");
    }

    @Test
    void aParticipleAfterASubordinatorIsAFiniteActiveClause() {
        // "after the army ceded to the protesters": a past tense the tagger read as a participle.
        ConlluFixture f = parse("the-junta-fell-after-the-army-ceded");
        assertThat(f.source(f.finder(Set.of()), "ceded")).isEqualTo("MLIMIL SUBJECT");
    }

    @Test
    void asOpposedToIsNoParticipleClause() {
        ConlluFixture f = parse("training-in-moscow-as-opposed-to-us-training");
        assertThat(f.tree().participleClause(f.token("opposed"))).isFalse();
        assertThat(f.tree().describedSubject(f.token("opposed"))).isEqualTo(-1);
    }

    @Test
    void aParticiplesObjectPronounStandsForItsNounSoTheDoerIsTheClausesSubject() {
        ConlluFixture f = parse("xi-met-heads-of-firms-calling-on-them");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "calling")).isEqualTo("CHNGOV GOVERNOR_SUBJECT");
        assertThat(f.targets(args, "calling", "020")).contains("CHNBUS PRONOUN_NOUN");

        ConlluFixture g = parse("putin-hosted-the-envoy-praising-him");
        ArgumentFinder gargs = g.finder(Set.of());
        assertThat(g.source(gargs, "praising")).isEqualTo("RUSGOV GOVERNOR_SUBJECT");
        assertThat(g.targets(gargs, "praising", "051")).first().isEqualTo("IRN PRONOUN_NOUN");
    }

    @Test
    void aPronounOfAnotherNumberLeavesTheNounActing() {
        // "The minister, calling on them to leave, ...": a singular noun is not what "them" stands for.
        ConlluFixture f = parse("the-minister-calling-on-them");
        assertThat(f.source(f.finder(Set.of()), "calling")).isEqualTo("MLIGOV ACTING_NOUN");
    }

    @Test
    void aParticipleClausesPronounStandsForTheGovernorsObject() {
        ConlluFixture f = parse("president-met-clerics-urging-them");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.targets(args, "urging", "020")).contains("SOMREL PRONOUN_ANTECEDENT");
    }

    @Test
    void anUncodedPurposeClauseLendsItsTargetToTheGoverningAct() {
        ConlluFixture f = parse("police-struggle-to-stamp-out-gangs");
        ArgumentFinder args = f.finder(Set.of("stamp", "struggle"));
        assertThat(f.targets(args, "struggling", "190")).first().isEqualTo("HTICRM OPEN_COMPLEMENT");
    }

    @Test
    void anAspectualVerbsComplementIsItsOwnEvent() {
        // "continued to shell X" codes the shelling; "continued" does not take its target as well.
        ConlluFixture f = parse("army-continued-to-shell-the-rebels");
        ArgumentFinder args = f.finder(Set.of("shell", "continue"));
        assertThat(f.targets(args, "continued", "190")).isEmpty();
    }

    @Test
    void theNamedObjectsPurposeClauseNamesTheTarget() {
        ConlluFixture f = parse("army-launched-an-operation-to-drive-out-rebels");
        ArgumentFinder args = f.finder(Set.of());
        int t = f.token("launched");
        assertThat(args.targetActors(t, objectMatch("190", f.token("operation"))).stream()
                .map(a -> a.actor().code() + " " + a.from().rule())).first().isEqualTo("NGAREB OBJECT_PURPOSE");

        ConlluFixture g = parse("army-began-an-offensive-to-retake-the-city");
        ArgumentFinder gargs = g.finder(Set.of());
        assertThat(gargs.targetActors(g.token("began"), objectMatch("190", g.token("offensive"))).stream()
                .map(a -> a.actor().code() + " " + a.from().rule())).first().isEqualTo("IRQREB OBJECT_PURPOSE");
    }

    @Test
    void aThingsPurposeIsNotTheActsTarget() {
        // The pattern does not name "plan": rejecting a plan is not done to whom the plan would sanction.
        ConlluFixture f = parse("chile-rejected-a-plan-to-sanction-peru");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.targets(args, "rejected", "120")).noneMatch(s -> s.endsWith("OBJECT_PURPOSE"));
    }

    @Test
    void theSubjectOfTheObjectsThatClauseIsATarget() {
        ConlluFixture f = parse("senators-expressed-hope-that-iran-would-agree");
        assertThat(f.targets(f.finder(Set.of()), "expressed", "013")).first()
                .isEqualTo("IRN NOUN_COMPLEMENT_SUBJECT");
        ConlluFixture g = parse("japan-voiced-fear-that-china-could-seize-islands");
        assertThat(g.targets(g.finder(Set.of()), "voiced", "012")).first()
                .isEqualTo("CHN NOUN_COMPLEMENT_SUBJECT");
    }

    @Test
    void theSubjectOfAForClauseIsATarget() {
        ConlluFixture f = parse("we-called-for-russia-to-withdraw");
        assertThat(f.targets(f.finder(Set.of()), "called", "020")).first().isEqualTo("RUS PREPOSITION");
    }

    @Test
    void theMembersAGroupIncludesAreFollowed() {
        ConlluFixture f = parse("the-junta-ignored-calls-including-by-ecowas");
        assertThat(f.targets(f.finder(Set.of()), "ignored", "128")).first().isEqualTo("IGOWAFECO OBJECT");
    }

    @Test
    void aTimePhraseIsNoPartyOfCallOn() {
        // Before, "on Monday" met the condition of "call on X" (an appeal to X) and made an appeal to no one.
        assertThat(parse("on-monday-macron-called-the-plan-unfair").events()).noneMatch(e -> e.startsWith("020"));
        assertThat(parse("erdogan-called-the-ruling-a-mistake-on-tuesday").events())
                .noneMatch(e -> e.startsWith("020"));
        // A real "called on X" beside a time phrase is still an appeal to X (its sub-code from what is asked).
        ConlluFixture f = parse("on-friday-india-called-on-nepal");
        assertThat(f.events()).containsExactly("0255 IND>NPL"); // an appeal to reopen the border
    }
}
