package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Future acts ({@link ForecastClause}): CAMEO codes a future act as the actor's stated intent (03x) or threat (13x)
 * only when the actor states it. Another party's forecast, a belief, a guess and a condition code nothing; the
 * actor's own announcement still codes its intent. Sentences written for this test.
 */
class ForecastRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("forecasts", """
            A Swiss analyst said Egypt will close its embassy in Libya.
            I am sure the Kenyan courts will deal fairly with the Ugandan traders.
            It is unlikely that Peru will lift its embargo on Bolivian goods.
            Maybe some Chilean fishermen were caught by Peruvian rebels.
            If you had told us that you wanted to visit Chile, we would have invited you.
            Egypt said it will close its embassy in Libya.
            Mexico will visit Peru next week.
            Kenya said Kenyan troops will attack the Somali rebels.
            Such transfers would help the Ugandan government.
            Egypt is due to meet Libya in Cairo next month, a Swiss analyst said.
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an analyst's forecast is not Egypt's intent | A Swiss analyst said Egypt will close its embassy in Libya.
            a belief about the courts is no intent of theirs | I am sure the Kenyan courts will deal fairly with the Ugandan traders.
            what is unlikely is no one's intent | It is unlikely that Peru will lift its embargo on Bolivian goods.
            a guess is not an act done | Maybe some Chilean fishermen were caught by Peruvian rebels.
            a condition and a counterfactual are not acts done | If you had told us that you wanted to visit Chile, we would have invited you.
            the future of a thing is no one's intent | Such transfers would help the Ugandan government.
            """)
    void notTheSubjectsStatedIntent(String rule, String sentence) {
        assertThat(coded.events(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an actor announcing its own act states it (closing an embassy, 16, as a threat) | Egypt said it will close its embassy in Libya. | 13 EGY
            a scheduled visit is an intent to meet | Mexico will visit Peru next week. | 036 MEX>PER
            a government announcing what its troops will do threatens | Kenya said Kenyan troops will attack the Somali rebels. | 13 KENMIL>SOMREB
            a scheduled meeting is a stated plan, whoever reports it | Egypt is due to meet Libya in Cairo next month, a Swiss analyst said. | 036 EGY>LBY
            """)
    void theActorsOwnFutureActIsItsIntent(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
