package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one acted on is never the doer (issue 15, fifth round), on hand-written parses (CoNLL-U, no CoreNLP): a
 * conjunct sharing a passive or a predicate participle undergoes the act with its subject, the victims an act is
 * "of" suffered it, a clause whose subject the parser left in a "before" phrase keeps that subject, and whoever
 * links, blames or condemns an act did not do it.
 */
class DoerAndPatientTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("doer-and-patient.conllu", name);
    }

    @Test
    void aConjunctOfAPassiveOfTheSameFormIsPassiveToo() {
        // The tagger read both participles as simple pasts; "were" still scopes over "captured".
        ConlluFixture f = parse("soldiers-wounded-or-captured");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "captured")).isEqualTo("-");
        assertThat(f.targets(args, "captured", "173")).first().isEqualTo("MLIMIL DESCRIBED_SUBJECT");
        assertThat(f.events()).noneMatch(e -> e.contains(" MLIMIL>"));
    }

    @Test
    void aConjunctOfAnotherFormIsAnActOfTheSubject() {
        ConlluFixture f = parse("iraq-shelled-and-retaliated");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "retaliated")).isEqualTo("IRQ GOVERNOR_SUBJECT");
        assertThat(f.source(args, "shelled")).isEqualTo("-");
    }

    @Test
    void aByAgentOfTheFirstConjunctDidBoth() {
        ConlluFixture f = parse("students-beaten-and-detained-by-police");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "detained")).isEqualTo("---COP PASSIVE_AGENT");
        assertThat(f.targets(args, "detained", "173")).first().isEqualTo("ETHEDU DESCRIBED_SUBJECT");
    }

    @Test
    void participlesJoinedToAPredicateAdjectiveAreStatesOfTheSubject() {
        ConlluFixture f = parse("villagers-remain-hungry-shelled-besieged");
        ArgumentFinder args = f.finder(Set.of());
        for (String participle : List.of("shelled", "besieged")) {
            assertThat(f.source(args, participle)).isEqualTo("-");
            assertThat(f.targets(args, participle, "190")).first().isEqualTo("ETHCVL DESCRIBED_SUBJECT");
        }
        assertThat(f.events()).noneMatch(e -> e.contains(" ETHCVL>"));
    }

    @Test
    void theVictimsOfAnActAreItsTargetNeverItsSource() {
        // The mention "the victims of the Kabul" ends on the act's modifier; it names the victims, not the doer.
        ConlluFixture f = parse("mourners-for-victims-of-the-kabul-attack");
        ArgumentFinder args = f.finder(Set.of("attack"));
        assertThat(f.source(args, "attack")).isEqualTo("-");
        assertThat(f.targets(args, "attack", "190")).first().isEqualTo("AFGCVL VICTIMS");
        assertThat(f.events()).noneMatch(e -> e.contains(" AFGCVL>"));
    }

    @Test
    void aDoerNamedInsideTheActsOwnPhraseStillActs() {
        ConlluFixture f = parse("relatives-buried-victims-of-taliban-attack");
        ArgumentFinder args = f.finder(Set.of("attack"));
        assertThat(f.source(args, "attack")).isEqualTo("AFGREB NOUN_MODIFIER");
    }

    @Test
    void aSubjectLeftInABeforePhraseIsTheClausesOwn() {
        ConlluFixture f = parse("editor-in-prison-before-a-judge-granted-bail");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "granted")).isEqualTo("---JUD STRANDED_SUBJECT");
        assertThat(f.events()).noneMatch(e -> e.contains(" ---MED>"));
    }

    @Test
    void aSubjectLeftInAnAfterPhraseIsTheClausesOwn() {
        ConlluFixture f = parse("activist-jailed-after-the-court-ruled");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(f.source(args, "ruled")).isEqualTo("---JUD STRANDED_SUBJECT");
    }

    @Test
    void whoeverLinksOrCondemnsAnActDidNotDoIt() {
        ConlluFixture linked = parse("ministry-linked-the-attack-with-pakistan");
        assertThat(linked.source(linked.finder(Set.of("attack")), "attack")).isEqualTo("-");
        assertThat(linked.events()).noneMatch(e -> e.startsWith("19") && e.contains(" INDGOV>"));
        ConlluFixture condemned = parse("kenya-condemned-the-bombing-of-the-hotel");
        assertThat(condemned.source(condemned.finder(Set.of("bombing")), "bombing")).isEqualTo("-");
    }

    @Test
    void whoeverLaunchesAnActDoesIt() {
        ConlluFixture f = parse("rebels-launched-an-attack-on-the-convoy");
        assertThat(f.source(f.finder(Set.of("attack")), "attack")).isEqualTo("SOMREB GOVERNOR_SUBJECT");
    }
}
