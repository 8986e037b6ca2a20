package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, fifth round (team3): a participle set off by commas with its own "by" agent is a passive of the noun
 * it describes, so a list of its agents acts on that noun, not on each other; the owner
 * of an "in" phrase that names a place ("a hearing in Kenya's capital") is where the act was done, not its party;
 * signing an agreement is 057 whatever the agreement is about (the codebook's usage note of 057). On sentences
 * written for these tests, with the bundled dictionaries and the real actor stage.
 */
class ListAndPlaceRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("list-and-place-rules", """
            Iraqi soldiers, supported by Kurdish militias and the American government, recaptured the town.
            Malian troops, supported by local hunters and the French army, attacked the militants.
            Ugandan prosecutors promised a quick verdict at a hearing in Kenya's capital.
            Nigerian officials appealed for calm at a rally in Ghana's second city.
            Algeria mediated in Mali's peace process.
            Kenya and Ethiopia signed a trade agreement.
            Vietnam signed an economic agreement with South Korea.
            A defence treaty was signed by Japan and the Philippines.
            """);

    /** The sentence gives this event (code, source and target; "-" for none) among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a supporter named in a participle's by-phrase supports the noun (armed partners in an operation: 062) | Iraqi soldiers, supported by Kurdish militias and the American government, recaptured the town. | 062 USAGOV>IRQMIL
            another supporter in such a by-phrase | Malian troops, supported by local hunters and the French army, attacked the militants. | 050 FRAMIL>MLIMIL
            the owner of a matter mediated in stays the party | Algeria mediated in Mali's peace process. | 045 DZA>MLI
            signing a trade agreement is 057 | Kenya and Ethiopia signed a trade agreement. | 057 KEN>ETH
            and it is reciprocal | Kenya and Ethiopia signed a trade agreement. | 057 ETH>KEN
            signing an economic agreement with a party is 057 | Vietnam signed an economic agreement with South Korea. | 057 VNM>KOR
            a defence treaty signed by two parties is 057 | A defence treaty was signed by Japan and the Philippines. | 057 JPN>PHL
            """)
    void theSentenceGivesTheEvent(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /** The sentence gives an event with this code and source (target any or none), and none to this party. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a capital where a hearing is held is no party | Ugandan prosecutors promised a quick verdict at a hearing in Kenya's capital. | 03 | UGA | KEN
            a city where a rally is held is no party | Nigerian officials appealed for calm at a rally in Ghana's second city. | 02 | NGA | GHA
            """)
    void thePlaceIsNoParty(String rule, String sentence, String root, String source, String place) {
        var events = coded.events(sentence);
        assertThat(events).anyMatch(e -> e.startsWith(root) && e.substring(e.indexOf(' ') + 1).startsWith(source));
        assertThat(events).noneMatch(e -> e.substring(e.indexOf('>') + 1).startsWith(place));
    }

    /** Members of one list supporting a third party are not each other's source and target. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            supporters listed together | Iraqi soldiers, supported by Kurdish militias and the American government, recaptured the town. | USAGOV
            supporters listed together, again | Malian troops, supported by local hunters and the French army, attacked the militants. | FRAMIL
            """)
    void listMatesAreNotEachOthersParties(String rule, String sentence, String member) {
        assertThat(coded.events(sentence)).isNotEmpty().noneMatch(e -> e.endsWith(">" + member));
    }
}
