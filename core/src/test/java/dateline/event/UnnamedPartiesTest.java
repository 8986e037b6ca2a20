package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties the actor dictionaries do not name, coded as CAMEO codes them (issue 15, seventh round, branch
 * {@code people}): a title in apposition before a name no dictionary knows ({@code TitleApposition}), a person whose
 * own mention gives the country ({@code UntitledPersons}), kin, patients and shop owners by their kind, ethnic groups
 * by their code; and no country taken from a place phrase about something else. Every sentence is written for this
 * test.
 */
class UnnamedPartiesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("unnamed-parties", """
            The province's governor, Tomas Arvelo, criticized the army on Tuesday.
            Ecuador later imposed sanctions on Arvelo.
            The Chilean Marta Quispe accused Bolivia of lying.
            Bolivia arrested Pedro Mamani of Peru in La Paz.
            The hospital in Kenya refused to treat her son.
            The Kenyan police beat the patients in the hospital.
            The mayor of Lima urged shop owners to close early.
            Canada offered to resettle the Uyghurs.
            Activist Ines Carvajal took her appeal to lawmakers in Buenos Aires on Friday.
            """);

    /** The party the sentence names is the event's target (or source) with the expected code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a title in apposition names its sector and the sentence's country | The province's governor, Tomas Arvelo, criticized the army on Tuesday. | 11 ---GOV>---MIL
            the titled person named again by the last name is the same actor | Ecuador later imposed sanctions on Arvelo. | 163 ECU>---GOV
            a demonym before an unknown name gives the person's country | The Chilean Marta Quispe accused Bolivia of lying. | 112 CHL>BOL
            "of" and a country after an unknown name give the person's country | Bolivia arrested Pedro Mamani of Peru in La Paz. | 173 BOL>PER
            kin are civilians | The hospital in Kenya refused to treat her son. | 12 KENHLH>---CVL
            patients are civilians | The Kenyan police beat the patients in the hospital. | 18 KENCOP>---CVL
            shop owners are business | The mayor of Lima urged shop owners to close early. | 02 PERGOV>---BUS
            an ethnic group is coded by its ethnic code | Canada offered to resettle the Uyghurs. | 03 CAN>CHNUIG
            """)
    void thePartyIsCoded(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).equals(parts[1]));
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
