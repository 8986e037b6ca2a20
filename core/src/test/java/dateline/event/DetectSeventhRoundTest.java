package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events the coder used to drop ("Issue 15, seventh round: detection"): an act of force whose subject is the weapon or
 * the act itself has an unnamed doer ({@link AgentlessPassive#byMeans}), armed groups of recent news are actors
 * ({@code additions.actors.tsv}), a stative participle ("is committed to", "is determined to") is a frame whose
 * passive subject states the intent ({@link StatePassive}), and people held as human shields are used as such
 * (184). Every sentence is written for this test.
 */
class DetectSeventhRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("detect-seventh-round", """
            A roadside bomb killed four Nigerian soldiers near the town of Maiduguri.
            An explosion wounded six Afghan policemen in Herat on Sunday.
            Houthi rebels fired missiles at a Saudi oil terminal.
            The Syrian Democratic Forces captured the town from Islamic State fighters.
            The Chilean government said it is committed to expanding trade with its neighbours.
            Egypt is determined to restore order in Sinai.
            Nigerian militants held dozens of Cameroonian villagers as human shields.
            The explosion prompted Kenya to close its border crossings.
            """);

    /** The sentence codes the event, with the source and target given ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a bomb that killed names no doer (18) | A roadside bomb killed four Nigerian soldiers near the town of Maiduguri. | 18 ->NGAMIL
            an explosion that wounded names no doer (18) | An explosion wounded six Afghan policemen in Herat on Sunday. | 18 ->AFGCOP
            the Houthis are Yemeni rebels (19) | Houthi rebels fired missiles at a Saudi oil terminal. | 19 YEMREB>
            the Syrian Democratic Forces are Syrian rebels | The Syrian Democratic Forces captured the town from Islamic State fighters. | 1 SYRREB>
            being committed to an act states intent (030) | The Chilean government said it is committed to expanding trade with its neighbours. | 03 CHLGOV>
            being determined to act states intent (03) | Egypt is determined to restore order in Sinai. | 03 EGY>
            holding people as human shields uses them as such (184) | Nigerian militants held dozens of Cameroonian villagers as human shields. | 184 NGA
            """)
    void codes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }

    /** A weapon or act as subject leaves the doer unnamed only for acts of force, not for what it caused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an explosion that prompted a decision did no act of another root | The explosion prompted Kenya to close its border crossings. | -
            """)
    void noUnnamedDoer(String rule, String sentence, String source) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.substring(e.indexOf(' ') + 1).startsWith(source + ">"));
    }
}
