package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, eleventh round (places2): places taken as parties. A phrase "on", "at" or "upon" a spot ("on the streets
 * of X", "on the sidelines of Y") places a verb's act and names no party, unless a protest or show of force done to
 * no one stands for the place; no place stands for the party of an act done to a named person or a pronoun ("shot
 * him in X"); armed forces and refugees "in" a country are not of it; a city that seats an intergovernmental body
 * ("Brussels") is the body when the story names it, the host country otherwise. On sentences written for these tests
 * (one article, in this order: a seat before the story names any body keeps its country), with the bundled
 * dictionaries and the real actor stage.
 */
class PlacesAsPartiesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("places-as-parties", """
            Brussels condemned the attack on its embassy in Kinshasa.
            A Somali journalist was shot dead on the streets of Nairobi by gunmen.
            Police arrested him on the outskirts of Lagos.
            Japanese officials met Chinese envoys on the sidelines of the ASEAN summit.
            Armed men abducted Carlos Mendes at the scene of the crash in Bolivia.
            Gunmen killed Maria Lopes in Recife.
            Soldiers shot him in Kaduna.
            Police detained them in Mombasa.
            Rebels shelled a bridge in Chad.
            Thousands of students marched on the streets of Tehran.
            Norwegian diplomats held talks with the rebels in Qatar's capital.
            Norwegian diplomats held talks with Syrian rebels in Qatar's capital.
            The United Nations delivered food to refugees in Uganda.
            Algerian officials met the guerrillas in Mali.
            Turkish jets bombed the militants in Iraq.
            France criticised the government in Syria.
            The European Union warned Hungary, and Budapest accused Brussels of blackmail.
            EU member states broke with Brussels over the migration pact.
            Several governments sided with Brussels against Poland at the European Union summit.
            """);

    /** The sentence gives an event of this root and source, and none whose target is this place's country. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a street where a person was shot is no party | A Somali journalist was shot dead on the streets of Nairobi by gunmen. | 1 | ---UAF | KEN
            the outskirts where a person was arrested | Police arrested him on the outskirts of Lagos. | 17 | ---COP | NGA
            the summit on whose sidelines envoys met | Japanese officials met Chinese envoys on the sidelines of the ASEAN summit. | 04 | JPN | IGO
            the scene where a named person was abducted | Armed men abducted Carlos Mendes at the scene of the crash in Bolivia. | 18 | ---UAF | BOL
            the city where a named person was killed | Gunmen killed Maria Lopes in Recife. | 1 | ---UAF | BRA
            the city where someone was shot | Soldiers shot him in Kaduna. | 1 | ---MIL | NGA
            the city where people were detained | Police detained them in Mombasa. | 17 | ---COP | KEN
            """)
    void theSpotIsNoParty(String rule, String sentence, String root, String source, String place) {
        var events = coded.events(sentence);
        assertThat(events).anyMatch(e -> e.startsWith(root) && e.substring(e.indexOf(' ') + 1).startsWith(source));
        assertThat(events).noneMatch(e -> e.substring(e.indexOf('>') + 1).startsWith(place));
    }

    /** The sentence gives an event with this code prefix, source and target among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a march done to no one stands for the city's country | Thousands of students marched on the streets of Tehran. | 14 | IRN
            a bridge shelled stands for its country | Rebels shelled a bridge in Chad. | 1 | TCD
            a demonym still says whose the rebels are | Norwegian diplomats held talks with Syrian rebels in Qatar's capital. | 04 | SYRREB
            a government in a country is that country's | France criticised the government in Syria. | 1 | SYRGOV
            guerrillas in a country are that country's, as the mention names it | Algerian officials met the guerrillas in Mali. | 04 | MLIREB
            militants in a country are that country's | Turkish jets bombed the militants in Iraq. | 1 | IRQUAF
            the seat is the body the sentence names | The European Union warned Hungary, and Budapest accused Brussels of blackmail. | 11 | IGOEUREEC
            the seat is the body a member-state phrase names | Several governments sided with Brussels against Poland at the European Union summit. | 0 | IGOEUREEC
            """)
    void theSentenceGivesTheTarget(String rule, String sentence, String root, String target) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(root) && e.endsWith(">" + target));
    }

    /** No event of the sentence has a target of this code (a place's country given to a group that is only there). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            refugees in a country are not its refugees | The United Nations delivered food to refugees in Uganda. | UGAREF
            the seat is not the host country when the story names the body | EU member states broke with Brussels over the migration pact. | BEL
            """)
    void noTargetOfTheLocatedCountry(String rule, String sentence, String target) {
        assertThat(coded.events(sentence)).isNotEmpty()
                .noneMatch(e -> e.substring(e.indexOf('>') + 1).startsWith(target));
    }

    /** A seat in a story that has named no body stays its host country. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a seat before any body is named is the host country | Brussels condemned the attack on its embassy in Kinshasa. | BEL
            """)
    void theSeatKeepsItsCountry(String rule, String sentence, String source) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.substring(e.indexOf(' ') + 1).startsWith(source + ">"));
    }
}
