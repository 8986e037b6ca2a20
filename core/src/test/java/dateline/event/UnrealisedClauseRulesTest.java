package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts the clause that holds them says have not happened ({@link UnrealisedClause}): a time clause in the present
 * that the main act waits for, "without" with an -ing form, "in order to", "whether", a question, an inverted
 * condition, and an act under a future "help". Each is coded with neither its source nor its target; the
 * sentence's own act still is. Sentences written for this test.
 */
class UnrealisedClauseRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("unrealised clauses", """
            Chilean rebels will hold the Peruvian hostages until Peru pays a ransom.
            The Malian junta will keep the French soldiers until France withdraws its troops.
            The Kenyan army kept the Somali fishermen until Somalia released its prisoners.
            Colombian troops will stay in the area before Venezuela closes the border.
            Chile wants a deal before Argentina expels its diplomats.
            Peru recalled its ambassador before Chile expelled the Peruvian envoy.
            Peru recalled its ambassador without expelling the Chilean envoy.
            Norway moved troops to the border in order to attack Sweden.
            Will Russia attack Ukraine?
            Did Pakistan arrest the Indian fishermen?
            Would Turkey really invade Syria?
            Why did Russia expel the Polish diplomats?
            Ecuador wants to know whether Peru attacked the border post.
            It is unclear whether Sudanese troops shelled the Chadian village.
            Had Turkey invaded Syria, NATO would have protested.
            Had Kenya arrested the Somali envoy, Somalia would have cut ties.
            Brazil will help release the Bolivian detainees.
            Egypt will help free the Libyan hostages.
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the payment a hostage-taker waits for | Chilean rebels will hold the Peruvian hostages until Peru pays a ransom. | PER
            the withdrawal a junta waits for | The Malian junta will keep the French soldiers until France withdraws its troops. | FRA
            a closure ahead, 'before' in the present | Colombian troops will stay in the area before Venezuela closes the border. | VEN
            an expulsion ahead, 'before' in the present | Chile wants a deal before Argentina expels its diplomats. | ARG
            """)
    void anAwaitedActIsNotDone(String rule, String sentence, String actor) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(" " + actor + ">"));
    }

    @Test
    void aTimeClauseInThePastTookPlace() {
        assertThat(coded.events("The Kenyan army kept the Somali fishermen until Somalia released its prisoners."))
                .anyMatch(e -> e.startsWith("084") && e.contains(" SOM>"));
        assertThat(coded.events("Peru recalled its ambassador before Chile expelled the Peruvian envoy."))
                .contains("161 CHL>PERGOV");
    }

    @Test
    void whatIsDoneWithoutAnActLeavesThatActUndone() {
        assertThat(coded.events("Peru recalled its ambassador without expelling the Chilean envoy."))
                .noneMatch(e -> e.endsWith(">CHLGOV")).anyMatch(e -> e.startsWith("161 PER>"));
    }

    @Test
    void aPurposeIsNotAnActDone() {
        assertThat(coded.events("Norway moved troops to the border in order to attack Sweden."))
                .noneMatch(e -> e.endsWith(">SWE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a question about the future | Will Russia attack Ukraine?
            a yes-no question about the past | Did Pakistan arrest the Indian fishermen?
            a question with 'would' | Would Turkey really invade Syria?
            an embedded question | Ecuador wants to know whether Peru attacked the border post.
            'unclear whether' | It is unclear whether Sudanese troops shelled the Chadian village.
            an inverted condition with 'had' | Had Turkey invaded Syria, NATO would have protested.
            another inverted condition | Had Kenya arrested the Somali envoy, Somalia would have cut ties.
            """)
    void questionsAndConditionsCodeNothing(String rule, String sentence) {
        assertThat(coded.events(sentence)).isEmpty();
    }

    @Test
    void aQuestionWhyTakesThePastActAsGiven() {
        assertThat(coded.events("Why did Russia expel the Polish diplomats?")).contains("161 RUS>POLGOV");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'help release' read as an unlabelled dependent | Brazil will help release the Bolivian detainees.
            'help free' read as a clausal complement | Egypt will help free the Libyan hostages.
            """)
    void anActUnderAFutureHelpIsNotDone(String rule, String sentence) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith("08")).anyMatch(e -> e.startsWith("03"));
    }
}
