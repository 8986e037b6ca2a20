package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Release" in the senses a clean sentence start exposed once run-in headings stopped hiding it
 ({@code senses.txt}, "Issue 15, ninth round: reading"): a plan or programme released is made public (010, which
 * with no party addressed has no target and is not coded), a product released is launched (no event); captives released are still released persons (0841). Every sentence
 * is written for this test.
 */
class ReadingNinthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("reading-ninth-round", """
            In 2019, Kenya released a national housing program to cut the cost of homes.
            The Indian government released a new defence strategy on Tuesday.
            Brazil released its climate plan ahead of the summit.
            The Turkish ministry released a five-year energy roadmap.
            A Chinese firm released a new language model last week.
            South Korea released a new smartphone app for travellers.
            The Iraqi government released 40 Syrian prisoners on Monday.
            Colombian rebels freed two Venezuelan soldiers near the border.
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a programme released is no release of persons | In 2019, Kenya released a national housing program to cut the cost of homes. | 084
            a strategy released is no release of persons | The Indian government released a new defence strategy on Tuesday. | 084
            a plan released is no release of persons | Brazil released its climate plan ahead of the summit. | 084
            a roadmap released is no release of persons | The Turkish ministry released a five-year energy roadmap. | 084
            a model released is no release of persons | A Chinese firm released a new language model last week. | 084
            an app released is no release or yielding (08) | South Korea released a new smartphone app for travellers. | 08
            """)
    void theOtherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            prisoners released are released persons (0841) | The Iraqi government released 40 Syrian prisoners on Monday. | 0841 IRQGOV>
            soldiers freed are released persons (0841) | Colombian rebels freed two Venezuelan soldiers near the border. | 0841 COLREB>
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(expected));
    }
}
