package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general rules written for the fourth VOA audit's wrong roots and unrealised acts (docs/evaluation.md, "Fourth
 * audit"): a reduced relative clause's object ({@link PatternMatcher}), a denied gerund ({@link Allegation}), suicide
 * bombings and taking territory (codebook-verbs.txt). On sentences written for these tests, not the audited ones,
 * with the bundled dictionaries and the real actor stage.
 */
class AuditFourRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("audit-four-rules", """
            Israel accused Hezbollah of firing rockets, an allegation the Lebanese government rejected on Monday.
            Kenya blamed Somalia for the raid, accusations the Somali government dismissed.
            Pakistan accused Kabul of harbouring militants, a charge the Afghan foreign ministry rejected.
            The Afghan Taliban routinely deny providing sanctuary to anti-Pakistan fighters.
            Syria denies giving weapons to the rebels in Lebanon.
            The Iranian government denied sending troops to Syria.
            A suicide bomber detonated explosives near a police station in Somalia.
            A female suicide bomber detonated her explosive devices near a military convoy in Pakistan.
            Britain took ownership of the archipelago from France.
            Japan took possession of the islands from China.
            Turkey assumed control of the province from Syria.
            Iran seized a Greek tanker in the Gulf.
            """);

    /** The sentence gives this event (code, source and target; "-" for none) among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the noun a reduced relative modifies is its object | Israel accused Hezbollah of firing rockets, an allegation the Lebanese government rejected on Monday. | 016 LBNGOV>-
            the same, the noun parsed as the clause's dep | Kenya blamed Somalia for the raid, accusations the Somali government dismissed. | 016 SOMGOV>-
            the same, a charge rejected | Pakistan accused Kabul of harbouring militants, a charge the Afghan foreign ministry rejected. | 016 AFGGOV>-
            denying an act is 016 | The Afghan Taliban routinely deny providing sanctuary to anti-Pakistan fighters. | 016 AFGREB>-
            denying giving is 016 | Syria denies giving weapons to the rebels in Lebanon. | 016 SYR>-
            a suicide bomber detonating explosives is 1831 | A suicide bomber detonated explosives near a police station in Somalia. | 1831 ---REB>SOM
            a suicide bomber detonating devices is 1831 | A female suicide bomber detonated her explosive devices near a military convoy in Pakistan. | 1831 ---REB>PAK
            taking ownership of an archipelago is 192 | Britain took ownership of the archipelago from France. | 192 GBR>FRA
            taking possession of islands is 192 | Japan took possession of the islands from China. | 192 JPN>CHN
            assuming control of a province is 192 | Turkey assumed control of the province from Syria. | 192 TUR>SYR
            seizing a ship stays 1711 | Iran seized a Greek tanker in the Gulf. | 1711 IRN>GRCBUS
            """)
    void theSentenceGivesTheEvent(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /** What the rules must not code: the rejection of an allegation as 12, a denied act as done, a bomber as aircraft. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a rejected allegation is no 12 rejection | Israel accused Hezbollah of firing rockets, an allegation the Lebanese government rejected on Monday. | 12
            dismissed accusations are no 12 rejection | Kenya blamed Somalia for the raid, accusations the Somali government dismissed. | 12
            a denied provision is not done | The Afghan Taliban routinely deny providing sanctuary to anti-Pakistan fighters. | 03
            a denied provision of weapons is not done | Syria denies giving weapons to the rebels in Lebanon. | 07
            a denied sending of troops is not done | The Iranian government denied sending troops to Syria. | SYR
            a suicide bomber is no aircraft | A suicide bomber detonated explosives near a police station in Somalia. | 195
            a suicide bomber's devices are no aerial weapons | A female suicide bomber detonated her explosive devices near a military convoy in Pakistan. | 195
            taking territory is no confiscation | Britain took ownership of the archipelago from France. | 1711
            taking islands is no confiscation | Japan took possession of the islands from China. | 1711
            """)
    void theSentenceDoesNotGive(String rule, String sentence, String absent) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(absent) || e.contains(">" + absent));
    }
}
