package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codebook roots for acts the sixth VOA audit found under another root or in another sense of the verb
 * ({@code senses.txt}, "Issue 15, eighth round: roots8", the failed killing and the wounded fighters in
 * {@link ContextSubcodes}, the naming "call" in {@link NamingCall}):
 * arms carried are no military aid, fighters wounded are battle, a
 * decision "called" something is named, not phoned, a militia "called" a name asks for nothing, and a person almost gunned down or nearly killed survived an
 * assassination attempt. Every sentence is written for this test.
 */
class RootsEighthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("roots-eighth-round", """
            Malian rebels carrying rifles entered the town on Sunday.
            The Nigerian army killed and wounded 200 rebel fighters last month.
            The Sudanese army wounded dozens of rebels near the Chadian border.
            The Kenyan minister called the Ugandan decision deeply regrettable.
            The Chilean president called the Bolivian plan a mistake.
            The Egyptian president called the Sudanese president on Monday.
            The Peruvian journalist was almost gunned down in Lima by a Colombian gunman.
            A Venezuelan gunman nearly killed the Colombian senator in Caracas.
            Syrian troops nearly killed three Turkish soldiers near the border.
            A Sudanese militia called the Rapid Support Forces fought back near the Chadian border.
            Chile called on Peru to reopen the border.
            """);

    /** The act in its other sense codes nothing of the root it had. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rifles carried are no military aid (SEND &WEAPON 072) | Malian rebels carrying rifles entered the town on Sunday. | 07
            fighters wounded in battle are no beating (INJURE 182) | The Nigerian army killed and wounded 200 rebel fighters last month. | 18
            rebels wounded are no beating (INJURE 182) | The Sudanese army wounded dozens of rebels near the Chadian border. | 18
            a decision called regrettable is no phone call (CALL 041) | The Kenyan minister called the Ugandan decision deeply regrettable. | 04
            a plan called a mistake is no phone call (CALL 041) | The Chilean president called the Bolivian plan a mistake. | 04
            a plan called a mistake is no appeal (CALL 020) | The Chilean president called the Bolivian plan a mistake. | 02
            nearly killing three soldiers is no assassination attempt (185) | Syrian troops nearly killed three Turkish soldiers near the border. | 185
            a militia "called" a name is no appeal (CALL frame 020) | A Sudanese militia called the Rapid Support Forces fought back near the Chadian border. | 02
            """)
    void theOtherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The act with the arguments that make it the codebook's act codes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fighters killed and wounded are force (190) | The Nigerian army killed and wounded 200 rebel fighters last month. | 190 NGAMIL>
            rebels wounded are force (190) | The Sudanese army wounded dozens of rebels near the Chadian border. | 190 SDNMIL>
            calling on a party to act is still an appeal (02) | Chile called on Peru to reopen the border. | 02 CHL>PER
            calling a president is a phone call (041) | The Egyptian president called the Sudanese president on Monday. | 041 EGYGOV>SDNGOV
            a journalist almost gunned down survived an assassination attempt (185) | The Peruvian journalist was almost gunned down in Lima by a Colombian gunman. | 185 COLUAF>PERMED
            a senator nearly killed survived an assassination attempt (185) | A Venezuelan gunman nearly killed the Colombian senator in Caracas. | 185 VENUAF>COLLEG
            three soldiers nearly killed were attacked (190) | Syrian troops nearly killed three Turkish soldiers near the border. | 190 SYRMIL>TURMIL
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
