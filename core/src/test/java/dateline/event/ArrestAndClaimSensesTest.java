package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Senses fixed at the eleventh round's merge ({@code senses.txt}, "lead's merge"; {@code codebook-verbs.txt} 015;
 * {@link dateline.actor.SameTitleReference}): soldiers who arrest people detain them (173), they do not occupy
 * territory (192); "take in" refugees shelters them (075) but an arrest "in" a city does not; taking credit or
 * responsibility claims it (015); "the army" after a group whose name ends in "Army" is the army, not the group.
 * Every sentence is written for this test; they form one article, so the back-reference has its antecedent.
 */
class ArrestAndClaimSensesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("arrest-and-claim-senses", """
            The Arakan Liberation Army attacked a Myanmar police post near Sittwe.
            The army arrested dozens of Rohingya protesters in Sittwe.
            Myanmar soldiers detained three Bangladeshi fishermen near the border.
            Nigerian troops arrested 40 people in Maiduguri after the attack.
            Uganda has taken in thousands of refugees from South Sudan.
            Jordan took in more Syrian refugees than any other country last year.
            The Baloch Liberation Army took credit for an attack on a Pakistani army convoy.
            Al-Shabab took responsibility for the bombing of a police station in Mogadishu.
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an arrest by an army is a detention | The army arrested dozens of Rohingya protesters in Sittwe. | 173 | MMRMIL
            soldiers detaining people detain them | Myanmar soldiers detained three Bangladeshi fishermen near the border. | 173 | MMRMIL
            troops arresting people in a town detain them | Nigerian troops arrested 40 people in Maiduguri after the attack. | 173 | NGAMIL
            taking refugees in shelters them | Uganda has taken in thousands of refugees from South Sudan. | 075 | UGA
            taking refugees in, in another order | Jordan took in more Syrian refugees than any other country last year. | 075 | JOR
            taking credit for an attack claims it | The Baloch Liberation Army took credit for an attack on a Pakistani army convoy. | 015 | PAKREB
            taking responsibility for a bombing claims it | Al-Shabab took responsibility for the bombing of a police station in Mogadishu. | 015 | SOM
            """)
    void codesTheSense(String rule, String sentence, String code, String source) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(code + " " + source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an arrest is no occupation | The army arrested dozens of Rohingya protesters in Sittwe. | 192
            an arrest in a city grants no asylum | Nigerian troops arrested 40 people in Maiduguri after the attack. | 075
            soldiers detaining people occupy nothing | Myanmar soldiers detained three Bangladeshi fishermen near the border. | 192
            """)
    void codesNotTheOtherSense(String rule, String sentence, String code) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(code + " "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "'the army' after a name ending in Army is not that group" | The army arrested dozens of Rohingya protesters in Sittwe. | MMRREB
            """)
    void theArmyIsNotTheNamedGroup(String rule, String sentence, String notSource) {
        assertThat(coded.events(sentence)).isNotEmpty().noneMatch(e -> e.contains(" " + notSource + ">"));
    }
}
