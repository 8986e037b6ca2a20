package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seventh round's codebook rows (issue 15, branch fresh: {@code codebook-verbs.txt} "issue 15, seventh round",
 * the frame topics appended to {@code frames.tsv}, the demonym nouns appended to {@code property-nouns.txt} and {@link NotDone#negatedObject}). Every sentence is written for this
 * test; none is a sentence of the fresh table.
 */
class CodebookSeventhRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("codebook-seventh-round", """
            The Thai constitutional court dissolved the opposition party last year.
            Syrian troops used chlorine against rebels in Douma.
            Pakistan detonated five nuclear devices in the desert.
            Canada suspended arms sales to Turkey.
            The Nigerian army raised its alert level in the north.
            Vietnam and India boosted trade last year.
            The Kenyan president sent his condolences to Ethiopia.
            The Red Cross delivered food aid to Somalia.
            Iraq accused Turkey of war crimes in the north.
            Georgia accused Russia of aggression.
            The Yemeni rebels released the Saudi vessel on Tuesday.
            Egypt allowed aid convoys to enter Gaza.
            The French president rallied European allies against Iran.
            The Chinese navy held live-fire drills near Japan.
            Angry farmers blocked the roads to the capital.
            Chadian troops blocked the border crossings.
            The Indian navy held naval exercises with Japan.
            Thailand agreed with Cambodia's position on the temple.
            Peru appealed to Chile for relief supplies.
            The Iranian military shelled Kurdish villages near the border.
            India imposed a ban on Pakistani goods.
            Turkey has imposed no sanctions on Iran.
            Kenya has signed no agreement with Somalia.
            The Egyptian ministry gave no information about the detained Sudanese fishermen.
            """);

    /** The codebook's act, with the code and the parties the sentence names ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            dissolving a party bans it (1722) | The Thai constitutional court dissolved the opposition party last year. | 1722 THAJUD>
            chlorine used against someone is a chemical weapon (2041) | Syrian troops used chlorine against rebels in Douma. | 2041 SYRMIL>
            nuclear devices detonated (2042) | Pakistan detonated five nuclear devices in the desert. | 2042 PAK>
            arms sales suspended stop military assistance (1622) | Canada suspended arms sales to Turkey. | 1622 CAN>TUR
            an army raising its alert level (152) | The Nigerian army raised its alert level in the north. | 152 NGAMIL>
            trade boosted by two countries is economic cooperation both ways (061) | Vietnam and India boosted trade last year. | 061 VNM>IND
            condolences sent to a country (018) | The Kenyan president sent his condolences to Ethiopia. | 018 KENGOV>ETH
            food aid delivered is humanitarian aid (073) | The Red Cross delivered food aid to Somalia. | 073 NGOHLHIRC>SOM
            an accusation of war crimes (1124) | Iraq accused Turkey of war crimes in the north. | 1124 IRQ>TUR
            an accusation of aggression (1123) | Georgia accused Russia of aggression. | 1123 GEO>RUS
            a vessel released is property returned (0842) | The Yemeni rebels released the Saudi vessel on Tuesday. | 0842 YEMREB>SAU
            aid convoys let in is humanitarian access (0863) | Egypt allowed aid convoys to enter Gaza. | 0863 EGY>
            allies rallied against a country is rallying opposition (113) | The French president rallied European allies against Iran. | 113 FRAGOV>IRN
            drills that are not joint show force (150) | The Chinese navy held live-fire drills near Japan. | 150 CHNMIL>JPN
            roads blocked by farmers obstruct passage (144) | Angry farmers blocked the roads to the capital. | 144 ---AGR>
            border crossings blocked by troops restrict movement (191) | Chadian troops blocked the border crossings. | 191 TCDMIL>
            naval exercises with a partner stay military cooperation (062) | The Indian navy held naval exercises with Japan. | 062 INDMIL>JPN
            agreeing with another's position expresses accord (019) | Thailand agreed with Cambodia's position on the temple. | 019 THA>KHM
            relief supplies asked for are humanitarian aid (0233) | Peru appealed to Chile for relief supplies. | 0233 PER>CHL
            villages shelled are the country's (194) | The Iranian military shelled Kurdish villages near the border. | 19 IRNMIL>
            a ban on a country's goods is done to it | India imposed a ban on Pakistani goods. | 1 IND>PAK
            a negated object named by the pattern is its act (011) | The Egyptian ministry gave no information about the detained Sudanese fishermen. | 011 EGYGOV>
            """)
    void theCodebookActIsCoded(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }

    /** An act whose object is negated by "no" is not done. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            no sanctions imposed | Turkey has imposed no sanctions on Iran.
            no agreement signed | Kenya has signed no agreement with Somalia.
            """)
    void aNegatedObjectIsNoAct(String rule, String sentence) {
        assertThat(coded.events(sentence)).isEmpty();
    }
}
