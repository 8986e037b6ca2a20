package dateline.event;

import static dateline.event.ConlluFixture.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets the sentence names outside the trigger's own clause, on hand-written parses (CoNLL-U, no CoreNLP): the
 * antecedent of an object pronoun of a joined clause (agreeing in number and in person or thing), the owner given
 * by an apposition or an ownership adjective, the addressee of a demand or warning the object carries, and the
 * one aid is given to help.
 */
class NamedCounterpartTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("named-counterparts.conllu", name);
    }

    private static List<String> targets(ConlluFixture f, Set<String> triggers, String verb, String code) {
        ArgumentFinder args = f.finder(triggers);
        return args.targetActors(f.token(verb), match(code)).stream()
                .map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void anObjectPronounStandsForTheGovernorsPartyPhraseWhenItsObjectIsNoActor() {
        ConlluFixture f = parse("rebels-fought-the-state-accusing-it");
        assertThat(targets(f, Set.of(), "accusing", "112")).first().isEqualTo("MLI PRONOUN_ANTECEDENT");
    }

    @Test
    void anObjectPronounComesBeforeThePartyOfTheChargeItsClauseNames() {
        // "blaming it for aid to rebel militias": "it" is Kenya, not the militias under the event noun.
        ConlluFixture f = parse("ministers-criticised-kenya-blaming-it");
        List<String> found = targets(f, Set.of("aid"), "blaming", "112");
        assertThat(found).first().isEqualTo("KEN PRONOUN_ANTECEDENT");
        assertThat(found).contains("---REB EVENT_NOUN_PHRASE");
    }

    @Test
    void himNeverStandsForACountry() {
        ConlluFixture f = parse("envoy-visited-chad-and-thanked-him");
        assertThat(targets(f, Set.of(), "thanked", "018")).doesNotContain("TCD PRONOUN_ANTECEDENT");
    }

    @Test
    void aSingularPronounNeverStandsForAPluralNoun() {
        ConlluFixture f = parse("minister-met-the-generals-and-praised-him");
        assertThat(targets(f, Set.of(), "praised", "051")).doesNotContain("SDNMIL PRONOUN_ANTECEDENT");
    }

    @Test
    void anOwnershipAdjectiveInTheObjectsAppositionNamesTheTarget() {
        ConlluFixture f = parse("pirates-seized-a-greek-owned-tanker");
        assertThat(targets(f, Set.of(), "seized", "181")).contains("GRC OWNER_ADJECTIVE");
    }

    @Test
    void aFlagAdjectiveOnTheObjectNamesTheTarget() {
        ConlluFixture f = parse("navy-stopped-a-liberian-flagged-freighter");
        assertThat(targets(f, Set.of(), "stopped", "191")).first().asString().startsWith("LBR ");
    }

    @Test
    void theSubjectOfTheThatClauseOfADemandTheObjectCarriesIsItsAddressee() {
        ConlluFixture f = parse("moscow-issued-warnings-demanding-that-kyiv");
        assertThat(targets(f, Set.of(), "issued", "130")).first().isEqualTo("UKR ADDRESSEE");
    }

    @Test
    void theObjectOfAnAppealTheObjectCarriesIsItsAddressee() {
        ConlluFixture f = parse("tehran-sent-a-letter-urging-riyadh");
        assertThat(targets(f, Set.of(), "sent", "020")).first().isEqualTo("SAU ADDRESSEE");
    }

    @Test
    void aReportThatNamesAPartyIsNotAddressedToIt() {
        // A statement (010) is addressed to no one; the subject of what it reports is not its target.
        ConlluFixture f = parse("union-published-a-report-that-the-ministry");
        assertThat(targets(f, Set.of(), "published", "010")).doesNotContain("---GOV ADDRESSEE");
    }

    @Test
    void aidGivenToAssistAPartyIsGivenToIt() {
        ConlluFixture f = parse("norway-provided-training-to-assist-the-army");
        assertThat(targets(f, Set.of("assist"), "provided", "070")).first().isEqualTo("MLIMIL OBJECT_PURPOSE");
    }

    @Test
    void aidForAThingNamesNoRecipientThroughItsPurpose() {
        ConlluFixture f = parse("japan-gave-money-to-rebuild-the-town-hall");
        assertThat(targets(f, Set.of(), "gave", "070")).doesNotContain("HTICOP OBJECT_PURPOSE");
    }
}
