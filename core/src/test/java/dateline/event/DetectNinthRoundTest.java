package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events the coder used to drop ("Issue 15, ninth round: news detection"): agreeing with a party or a view is accord
 * (019), not an intent, even when it names only the view agreed with, and launching, beginning or opening a mediation
 * (or a mediation effort, bid or mission) mediates between the parties named (045). Rows in
 * {@code codebook-verbs.txt}, {@link AccordWith}; every sentence is written for this test.
 */
class DetectNinthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("detect-ninth-round", """
            Chile agreed with Peru's assessment of the border dispute.
            The Kenyan foreign minister agreed with the Ugandan president that the talks should resume.
            The Mexican government agrees with the findings of the auditors.
            Ghana agreed with Togo on the need for joint patrols.
            Norway agreed with Sweden to reopen the border crossing.
            Argentina agreed to send peacekeepers to Haiti.
            Norway has launched a mediation mission between Bogota and the rebels.
            Qatar began mediation between Israel and Hamas last month.
            Ghana started a mediation bid between Mali and Burkina Faso on Monday.
            Oman opened mediation in the border dispute between Yemen and Saudi Arabia.
            Turkey started a peace initiative in the Caucasus.
            Kenya and Ethiopia launched a mediation effort to end the fighting in the region.
            """);

    /** The sentence codes exactly this event, "code SOURCE>TARGET" ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            agreeing with a party's assessment is accord with it (019) | Chile agreed with Peru's assessment of the border dispute. | 019 CHL>PER
            agreeing with a party that something should happen is accord, not intent (019) | The Kenyan foreign minister agreed with the Ugandan president that the talks should resume. | 019 KENGOV>UGAGOV
            agreeing with findings is accord with no named party (019) | The Mexican government agrees with the findings of the auditors. | 019 MEXGOV>-
            agreeing with a party on a need is accord (019) | Ghana agreed with Togo on the need for joint patrols. | 019 GHA>TGO
            a mediation mission launched between two parties is mediation (045) | Norway has launched a mediation mission between Bogota and the rebels. | 045 NOR>COL
            mediation begun mediates between each party (045) | Qatar began mediation between Israel and Hamas last month. | 045 QAT>PSEREBHMS
            a mediation bid started is mediation (045) | Ghana started a mediation bid between Mali and Burkina Faso on Monday. | 045 GHA>BFA
            mediation opened in a dispute between two parties (045) | Oman opened mediation in the border dispute between Yemen and Saudi Arabia. | 045 OMN>YEM
            """)
    void codes(String rule, String sentence, String expected) {
        assertThat(coded.events(sentence)).contains(expected);
    }

    /** Neighbours of the new rules that stay what they were. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            agreeing with a party to act is intent, not accord | Norway agreed with Sweden to reopen the border crossing. | 019
            agreeing to act is intent, not accord | Argentina agreed to send peacekeepers to Haiti. | 019
            an initiative with no mediation is no mediation | Turkey started a peace initiative in the Caucasus. | 045
            co-mediators listed together do not mediate between each other | Kenya and Ethiopia launched a mediation effort to end the fighting in the region. | 045
            """)
    void doesNotCode(String rule, String sentence, String code) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(code + " "));
    }
}
