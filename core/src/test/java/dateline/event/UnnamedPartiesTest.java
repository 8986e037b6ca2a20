package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Found;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties the actor dictionaries do not name, coded as CAMEO codes them (issue 15, seventh round, branch
 * {@code people}): a title in apposition before a name no dictionary knows ({@code TitleApposition}), a person whose
 * own mention gives the country ({@code UntitledPersons}), kin and shop owners by their kind, ethnic groups
 * by their code; and no country taken from a place phrase about something else. Every sentence is written for this
 * test.
 */
class UnnamedPartiesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("unnamed-parties", """
            The province's governor, Tomas Arvelo, criticized the army on Tuesday.
            Ecuador later imposed sanctions on Tomas Arvelo.
            The Chilean Marta Quispe accused Bolivia of lying.
            The Chilean court heard her daughter, Lucia Quispe, on Monday.
            Bolivia arrested Pedro Mamani of Peru in La Paz.
            The hospital in Kenya refused to treat her son.
            The Kenyan police beat the relatives of the prisoner.
            The mayor of Lima urged shop owners to close early.
            Canada offered to resettle the Uyghurs.
            Activist Ines Carvajal took her appeal to lawmakers in Buenos Aires on Friday.
            """);

    /** The party the sentence names is the event's target (or source) with the expected code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the person titled in apposition, named again, is the same actor | Ecuador later imposed sanctions on Tomas Arvelo. | 163 ECU>---GOV
            a demonym before an unknown name gives the person's country | The Chilean Marta Quispe accused Bolivia of lying. | 112 CHL>BOL
            "of" and a country after an unknown name give the person's country | Bolivia arrested Pedro Mamani of Peru in La Paz. | 173 BOL>PER
            kin are civilians (of the country of whom "her" names) | The hospital in Kenya refused to treat her son. | 12 KENHLH>[A-Z-]{3}CVL
            relatives are civilians | The Kenyan police beat the relatives of the prisoner. | 18 KENCOP>---CVL
            shop owners are business | The mayor of Lima urged shop owners to close early. | 02 PERGOV>---BUS
            an ethnic group is coded by its ethnic code | Canada offered to resettle the Uyghurs. | 03 CAN>CHNUIG
            """)
    void thePartyIsCoded(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).matches(parts[1]));
    }

    /** A title, a comma and a name no dictionary knows: the person is named with the title's sector. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a governor in apposition is government | Tomas Arvelo | ---GOV
            a daughter in apposition is a civilian | Lucia Quispe | CHLCVL
            """)
    void aTitleInAppositionNamesThePerson(String rule, String name, String code) {
        assertThat(coded.actors().actors()).filteredOn(a -> a.name().equals(name))
                .anyMatch(a -> a.code().equals(code) && a.found() == Found.TITLE_NAME)
                .allMatch(a -> a.code().equals(code));
    }

    /** A country named only as the place of the act is not the titled person's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a city named as the place gives the titled person no country | Activist Ines Carvajal took her appeal to lawmakers in Buenos Aires on Friday. | ARG
            """)
    void aPlaceIsNoOwner(String rule, String sentence, String country) {
        assertThat(coded.actors().actors()).filteredOn(a -> a.name().equals("Ines Carvajal"))
                .isNotEmpty().allMatch(a -> !country.equals(a.country()));
    }
}
