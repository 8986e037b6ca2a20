package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A demonym before a noun naming a country's property ("building", "vessel", "airliner") names whose it is, so an
 * act of force or destruction on it is done to that country (docs/patterns.md, "Property of countries"), and the owner
 * of a thing is never the doer of an act; before
 * any other noun a demonym stays a plain adjective. Sentences written for these tests.
 */
class PropertyOfCountriesRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("property-of-countries", """
            Algerian rioters destroyed a French building in Oran.
            Vietnamese protesters torched a Chinese ship.
            An Iranian drone was shot down by Israeli troops.
            A Turkish cargo plane flying to Cairo was forced down by Greek fighter jets.
            The Iranian currency lost a third of its value.
            The Chilean wine sold well in Peru.
            """);

    @Test
    void anActOnACountrysPropertyIsDoneToTheCountry() {
        assertThat(coded.events("Algerian rioters destroyed a French building in Oran."))
                .anyMatch(e -> e.endsWith(" DZAOPP>FRA"));
        assertThat(coded.events("Vietnamese protesters torched a Chinese ship."))
                .contains("145 VNMOPP>CHN");
        assertThat(coded.events("An Iranian drone was shot down by Israeli troops."))
                .anyMatch(e -> e.endsWith(" ISRMIL>IRN"));
    }

    @Test
    void aCountrysPropertyIsNeverTheDoer() {
        // The plane's flight to Cairo is no Turkish visit to Egypt: a thing does nothing itself.
        String plane = "A Turkish cargo plane flying to Cairo was forced down by Greek fighter jets.";
        assertThat(coded.actors().inSentence(sentence(plane))).extracting(Actor::code).contains("TUR");
        assertThat(coded.events(plane)).noneMatch(e -> e.contains(" TUR>"));
    }

    @Test
    void beforeAnyOtherNounADemonymIsNoActor() {
        for (String s : new String[] {"The Iranian currency lost a third of its value.",
                "The Chilean wine sold well in Peru."}) {
            assertThat(coded.actors().inSentence(sentence(s))).extracting(Actor::code)
                    .doesNotContain("IRN", "CHL");
        }
    }

    private static int sentence(String text) {
        return coded.article().sentences().stream()
                .filter(s -> coded.article().article().slice(s.span()).equals(text))
                .findFirst().orElseThrow().index();
    }
}
