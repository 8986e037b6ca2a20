package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@link NamedCounterpart} rules end to end: sentences written for these tests, parsed by CoreNLP and coded with
 * the bundled dictionaries and the real actor stage.
 */
class NamedCounterpartCodingTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("named-counterparts", """
            Israeli commandos raided the Aurora, a Turkish-owned ship, near the coast.
            The rebel group fought a long war against the government of Mali, accusing it of neglecting the north.
            Moscow issued a string of warnings demanding that Kyiv withdraw its troops from the border.
            Norway has provided training and equipment to assist the Malian army in securing the north.
            The ministers condemned Kenya, accusing it of arming rebel militias in Somalia.
            """);

    @Test
    void anAttackOnAShipIsDoneToTheCountryItsOwnershipAdjectiveNames() {
        assertThat(coded.events("Israeli commandos raided the Aurora, a Turkish-owned ship, near the coast."))
                .contains("190 ISRMIL>TUR");
    }

    @Test
    void anAccusationOfItIsAimedAtWhomTheJoinedClauseFoughtAgainst() {
        assertThat(coded.events("The rebel group fought a long war against the government of Mali, accusing it of"
                + " neglecting the north.")).contains("112 ---REB>MLIGOV");
    }

    @Test
    void warningsDemandingThatAPartyActAreAimedAtIt() {
        assertThat(coded.events("Moscow issued a string of warnings demanding that Kyiv withdraw its troops from the"
                + " border.")).contains("130 RUS>UKR");
    }

    @Test
    void aidGivenToAssistAnArmyIsGivenToIt() {
        assertThat(coded.events("Norway has provided training and equipment to assist the Malian army in securing"
                + " the north.")).anyMatch(e -> e.startsWith("07") && e.endsWith("NOR>MLIMIL"));
    }

    @Test
    void anAccusedPronounIsTheObjectOfTheJoinedVerbNotThePartyOfTheCharge() {
        assertThat(coded.events("The ministers condemned Kenya, accusing it of arming rebel militias in Somalia."))
                .anyMatch(e -> e.startsWith("112") && e.endsWith(">KEN"))
                .noneMatch(e -> e.startsWith("112") && e.endsWith(">SOMREB"));
    }
}
