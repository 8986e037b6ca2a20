package dateline.actor;

import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.knowledge.TableFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisation names no dictionary knows, told by their head word ({@link NamedOrganisations}), a name right after
 * a sector word ("the separatist group Red Falcon"), a sector word the tagger reads as an adjective before the
 * verb, and the actor rows added for the news set's sources; on sentences written for these tests, annotated by
 * CoreNLP and resolved with the bundled dictionaries.
 */
class NamedOrganisationsAndSectorNamesTest {
    private static final LocalDate DATE = LocalDate.of(2021, 3, 1);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
    }

    private static boolean anyActorOn(List<Actor> actors, String text, String word) {
        int start = text.indexOf(word);
        int end = start + word.length();
        return actors.stream().anyMatch(a -> a.span().start() < end && start < a.span().end());
    }

    @Test
    void anUnknownOrganisationTakesItsHeadWordsSector() {
        String text = "The Coastal Rights Organization criticised the port authority's plan.";
        Actor org = at(actors(text), text, "Coastal Rights Organization");
        assertThat(org.code()).isEqualTo("---NGO");
        assertThat(org.rule()).isEqualTo("agent, organisation name");

        String commission = "The County Commission has cancelled the contract with the quarry firm.";
        assertThat(at(actors(commission), commission, "County Commission").code()).isEqualTo("---GOV");
    }

    @Test
    void aSectorWordAmongTheModifiersSaysWhoseOrganisationItIs() {
        String text = "The Kenya Nurses Association criticised the new hospital fees.";
        Actor nurses = at(actors(text), text, "Kenya Nurses Association");
        assertThat(nurses.code()).isEqualTo("KENHLH");
        assertThat(nurses.rule()).isEqualTo("agent+country, organisation name");

        String farmers = "The Brazilian Farmers' Federation said it opposes the new tax.";
        assertThat(at(actors(farmers), farmers, "Brazilian Farmers' Federation").code()).isEqualTo("BRAAGR");
    }

    @Test
    void aPartyIsAPartyWhateverItsNameAndTakesTheCountryAfterOf() {
        String text = "The Workers' Party of Brazil accused the government of corruption.";
        assertThat(at(actors(text), text, "Workers' Party of Brazil").code()).isEqualTo("BRAPTY");
    }

    @Test
    void theBareHeadWordIsNoActor() {
        String party = "The party accused the government of corruption.";
        assertThat(anyActorOn(actors(party), party, "party")).isFalse();
        String union = "The union called a strike at the port.";
        assertThat(anyActorOn(actors(union), union, "union")).isFalse();
    }

    @Test
    void aKnownBodyKeepsItsDictionaryCode() {
        String text = "The European Union has urged Iran to return to talks.";
        assertThat(at(actors(text), text, "The European Union").code()).isEqualTo("IGOEUREEC");
    }

    @Test
    void aNameAfterASectorWordIsThatSectorsActor() {
        String text = "The separatist group Red Falcon ambushed an army convoy on Tuesday.";
        Actor group = at(actors(text), text, "The separatist group Red Falcon");
        assertThat(group.code()).isEqualTo("---REB");
    }

    @Test
    void aCapitalisedSectorWordInsideALongerNameTakesNoNameAfterIt() {
        String text = "Last year parliament passed a Coast Guard Law that allows boarding foreign ships.";
        assertThat(anyActorOn(actors(text), text, "Law")).isFalse();
    }

    @Test
    void aSectorWordBeforeANounStaysNoActor() {
        String text = "Police station staff said the building was closed.";
        assertThat(anyActorOn(actors(text), text, "Police")).isFalse();
    }

    @Test
    void aSectorWordTaggedAsAnAdjectiveBeforeTheVerbIsTheSubject() {
        String text = "Yesterday, Turkish military shelled positions near the border.";
        assertThat(at(actors(text), text, "Turkish military").code()).isEqualTo("TURMIL");
        String before = "Turkish military action was condemned.";
        assertThat(anyActorOn(actors(before), before, "military")).isFalse();
    }

    @Test
    void anOppositionGroupIsTheOpposition() {
        String text = "A Venezuelan opposition group called for new elections.";
        assertThat(at(actors(text), text, "Venezuelan opposition group").code()).isEqualTo("VENOPP");
    }

    @Test
    void theUnSecretaryGeneralByHisSurname() {
        String text = "Guterres condemned the attack on the aid convoy.";
        assertThat(at(actors(text), text, "Guterres").code()).isEqualTo("IGOUNO");
    }

    @Test
    void peacekeepingMissionsActForTheirBody() {
        String text = "UNIFIL said its patrol was blocked, and AMISOM moved troops to Baidoa.";
        assertThat(ActorTestSupport.codesAt(actors(text), text, "UNIFIL", "AMISOM"))
                .containsExactly("IGOUNO", "IGOAFRAFU");
    }

    @Test
    void aMalformedHeadsLineIsAnErrorNamingTheLine() {
        TableFile bad = TableFile.ofText("heads.tsv", "party\tPTY\tfixed\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> NamedOrganisations.read(bad, ActorTestSupport.resolver().dictionary()))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("heads.tsv");
    }
}
