package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end through CoreNLP, with the bundled dictionaries and the real actor stage: the one acted on is never
 * the doer (see {@link DoerAndPatientTest} for each rule on hand-written parses). Sentences written for this test.
 */
class DoerAndPatientCodedTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("doer-and-patient", """
            Several Nigerian soldiers were ambushed and killed near the border on Monday.
            Iran was attacked by Iraq and retaliated.
            Villagers in Darfur remain hungry, shelled, starved and displaced.
            Residents buried the victims of the Taliban attack on the Afghan village.
            The editor spent two years in jail before a judge released him on bail.
            The Indian government blamed the attack on the convoy on Pakistan.
            """);

    /** The sentence gives this event (code, source and target; "-" for none) among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a shared passive is done to its subject | Several Nigerian soldiers were ambushed and killed near the border on Monday. | 190 ->NGAMIL
            a simple past joined to a passive is the subject's act | Iran was attacked by Iraq and retaliated. | 190 IRN>-
            a participle joined to a predicate adjective is done to the subject | Villagers in Darfur remain hungry, shelled, starved and displaced. | 194 ->SDNCVL
            a doer inside the act's phrase acts on its victims | Residents buried the victims of the Taliban attack on the Afghan village. | 190 AFGREB>---CVL
            a subject left in a 'before' phrase acts | The editor spent two years in jail before a judge released him on bail. | 0841 ---JUD>-
            blaming an attack is an accusation | The Indian government blamed the attack on the convoy on Pakistan. | 112 INDGOV>PAK
            """)
    void theSentenceGivesTheEvent(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /** No event of the sentence has this source (code prefix, source and ">"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the ambushed soldiers did nothing | Several Nigerian soldiers were ambushed and killed near the border on Monday. | NGAMIL>
            the shelled villagers did nothing | Villagers in Darfur remain hungry, shelled, starved and displaced. | SDNCVL>
            the jailed editor granted nothing | The editor spent two years in jail before a judge released him on bail. | ---MED>
            whoever blames an attack did not do it | The Indian government blamed the attack on the convoy on Pakistan. | 190 INDGOV>
            """)
    void theSentenceGivesNoEventFrom(String rule, String sentence, String source) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(" " + source) || e.startsWith(source));
    }
}
