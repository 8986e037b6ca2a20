package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets named in the act a trigger announces or serves ({@link IntendedAct}) and target phrases shared by joined
 * verbs ({@link SharedArgument}), on hand-written parses (CoNLL-U, no CoreNLP), with the cases where nothing may be
 * taken.
 */
class IntendedActTest {
    private static List<String> targets(String name, String verb, String code) {
        ConlluFixture f = ConlluFixture.load("intended-acts.conllu", name);
        return f.targets(f.finder(Set.of()), verb, code);
    }

    @Test
    void aThreatStatedAsTheSourcesOwnActIsAimedAtWhomThatActPresses() {
        assertThat(targets("canada-warned-that-it-would-keep-up-pressure-on-venezuela", "warned", "130"))
                .contains("VEN STATED_OWN_ACT");
    }

    @Test
    void aPledgedOwnActIsAimedAtItsRecipientThroughOpenComplements() {
        assertThat(targets("japan-pledged-it-would-continue-to-lend-money-to-laos", "pledged", "0311"))
                .contains("LAO STATED_OWN_ACT");
    }

    @Test
    void aStatementIsNoStatedIntentAndAnotherPartysClauseIsNotTheSources() {
        assertThat(targets("canada-warned-that-it-would-keep-up-pressure-on-venezuela", "warned", "010"))
                .noneMatch(t -> t.endsWith("STATED_OWN_ACT"));
        assertThat(targets("canada-warned-that-venezuela-would-face-sanctions", "warned", "130"))
                .noneMatch(t -> t.endsWith("STATED_OWN_ACT"))
                .first().isEqualTo("VEN COMPLEMENT_SUBJECT");
    }

    @Test
    void aShowOfForceOrProtestIsAimedAtWhomItsPurposePresses() {
        assertThat(targets("china-staged-drills-in-a-bid-to-intimidate-taiwan", "staged", "150"))
                .containsExactly("TWN PRESSED_PURPOSE");
        assertThat(targets("farmers-blocked-roads-to-pressure-the-ministry", "blocked", "144"))
                .contains("FRAGOV PRESSED_PURPOSE");
    }

    @Test
    void anAttacksPurposeIsNotWhomItIsDoneTo() {
        assertThat(targets("rebels-attacked-the-base-to-free-prisoners-held-by-chad", "attacked", "190"))
                .noneMatch(t -> t.endsWith("PRESSED_PURPOSE"));
    }

    @Test
    void aTargetPhraseAfterTwoJoinedVerbsIsBoths() {
        assertThat(targets("militants-resisted-and-fought-with-the-police", "fought", "190"))
                .containsExactly("SOMCOP SHARED_ARGUMENT");
        assertThat(targets("the-envoy-met-and-spoke-with-rebel-leaders", "spoke", "040"))
                .contains("SDNREB SHARED_ARGUMENT");
        assertThat(targets("militants-fought-with-the-police-and-fled", "fled", "190"))
                .noneMatch(t -> t.endsWith("SHARED_ARGUMENT"));
    }

    @Test
    void aNounTriggersPurposeIsItsClauses() {
        assertThat(targets("north-korea-increased-missile-tests-in-an-effort-to-pressure-japan", "tests", "150"))
                .contains("JPN PRESSED_PURPOSE");
    }

    @Test
    void aPartitiveOfAPronounIsPartOfWhatTheJoinedVerbActedOn() {
        assertThat(targets("police-stopped-a-truck-carrying-migrants-and-detained-twenty-of-them", "detained", "173"))
                .containsExactly("---REF PARTITIVE");
        assertThat(targets("gunmen-attacked-villagers-and-killed-some-of-them", "killed", "190"))
                .first().isEqualTo("NGACVL PARTITIVE");
    }

    @Test
    void aSingularNounNeverStandsForThem() {
        assertThat(targets("the-army-shelled-the-town-and-killed-ten-of-them", "killed", "190"))
                .noneMatch(t -> t.endsWith("PARTITIVE"));
    }

    @Test
    void anOpenComplementIsAPurposeOnlyWithoutAnObject() {
        assertThat(targets("prisoners-went-on-strike-to-protest-against-israel", "strike", "142"))
                .contains("ISR PRESSED_PURPOSE");
        assertThat(targets("police-forced-the-protesters-to-leave-the-embassy-of-peru", "forced", "174"))
                .noneMatch(t -> t.endsWith("PRESSED_PURPOSE"));
    }
}
