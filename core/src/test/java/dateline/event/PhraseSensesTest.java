package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.cameo.Codebook;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrase senses ({@code senses.txt}, "Imported phrase patterns"): an imported PETRARCH phrase pattern codes only
 * where the phrase is the codebook's act, and the codebook's root is chosen for orders (10x), denials (016) and
 * leaving a body (16x). Each change is checked on sentences written for this test: the phrase in another sense
 * codes nothing of the imported root, and the phrase in the codebook's sense still codes.
 */
class PhraseSensesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("phrase-senses", """
            The border dispute with Chile led to a long war.
            The rivalry between Peru and Ecuador has led to two wars.
            The Kenyan court ordered the Ugandan company to pay a fine.
            The Argentine government ordered its embassy in Chile to close.
            The new Chilean president took office in March.
            The Bolivian leader took office after a disputed election.
            Argentina has paid a heavy price for its support of Venezuela.
            Peru is looking to rebuild ties with Chile after decades of rivalry.
            Ghana withdrew from ECOWAS last year.
            Kenyan troops withdrew from Somalia.
            When it comes to Bolivia, the Peruvian government has no plan.
            The Brazilian minister spoke with Argentina's president on Monday.
            Paraguay's foreign minister spoke with reporters on condition of anonymity.
            Peru dismissed the Chilean findings as propaganda.
            Mexico rejected the Guatemalan report as false.
            Bolivia faces smuggling charges, which Peru has dismissed as baseless.
            Chilean troops backed by Argentine soldiers attacked the rebels.
            Nicaraguan security forces came under fire near the border.
            Colombia broke with Venezuela over the border closure.
            The number of Somali refugees in Kenya declined to 200,000 after the agreement.
            Sudanese refugees who fled the fighting returned to Sudan.
            Peru's economy moved into recession.
            Chilean troops moved into the Bolivian town.
            Nigeria's talks with Ghana continued into the night.
            Hundreds of Peruvian troops withdrew from Ecuador.
            Bolivian rebels took over a train near La Paz.
            Russia annexed the Ukrainian region.
            Chile stepped up its peace efforts with Peru.
            The bill is heading to the Peruvian president's desk.
            A Chilean spokesman declined comment due to the pending case.
            """);

    /** The phrase in another sense codes nothing of the root the imported pattern gave it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "led to" a war is no intent (HEAD TO 030) | The border dispute with Chile led to a long war. | 03
            "led to" two wars is no travel (HEAD TO 042) | The rivalry between Peru and Ecuador has led to two wars. | 04
            an order's infinitive is no intent (* TO 030) | The Kenyan court ordered the Ugandan company to pay a fine. | 03
            an order to one's embassy is no intent (* TO 030) | The Argentine government ordered its embassy in Chile to close. | 03
            taking office reduces no relations (CLOSE OFFICE 160) | The new Chilean president took office in March. | 16
            taking office after an election reduces no relations (CLOSE OFFICE 160) | The Bolivian leader took office after a disputed election. | 16
            paying a price for a policy is no trade (PAY FOR 061) | Argentina has paid a heavy price for its support of Venezuela. | 06
            "after decades" is no looking after (LOOK AFTER 074) | Peru is looking to rebuild ties with Chile after decades of rivalry. | 07
            leaving a bloc is no military retreat (RETREAT FROM 0874) | Ghana withdrew from ECOWAS last year. | 087
            "when it comes to" is no meeting (COME TO 040) | When it comes to Bolivia, the Peruvian government has no plan. | 04
            speaking with a minister is no negotiation (TALK WITH 046) | The Brazilian minister spoke with Argentina's president on Monday. | 046
            "on condition of anonymity" is no policy option (DISCUSS IDEA OF 014) | Paraguay's foreign minister spoke with reporters on condition of anonymity. | 014
            dismissing findings as propaganda is no rejection (120) | Peru dismissed the Chilean findings as propaganda. | 12
            dismissing charges in a relative clause is no rejection (120) | Bolivia faces smuggling charges, which Peru has dismissed as baseless. | 12
            "backed by" soldiers is no military retreat (RETREAT + &MILITARY 0874) | Chilean troops backed by Argentine soldiers attacked the rebels. | 087
            forces coming under fire receive no peacekeepers (ARRIVE + &PKO 0861) | Nicaraguan security forces came under fire near the border. | 086
            forces coming under fire give no military aid (ARRIVE + &MILITARY 072) | Nicaraguan security forces came under fire near the border. | 07
            speaking with reporters is no consultation (TALK WITH 040) | Paraguay's foreign minister spoke with reporters on condition of anonymity. | 04
            breaking with a partner is no threat (BREAK WITH 130) | Colombia broke with Venezuela over the border closure. | 13
            a figure declining after an agreement is no rejection (REJECT + &TREATY 120) | The number of Somali refugees in Kenya declined to 200,000 after the agreement. | 12
            refugees fleeing are granted no asylum (FLEE 075) | Sudanese refugees who fled the fighting returned to Sudan. | 075
            refugees returning are released by no one (RETURN 0841) | Sudanese refugees who fled the fighting returned to Sudan. | 084
            an economy moving into recession occupies nothing (MOVE INTO 192) | Peru's economy moved into recession. | 19
            talks continuing into the night are no fighting (ADVANCE INTO 190) | Nigeria's talks with Ghana continued into the night. | 19
            stepping up peace efforts shows no force (REDOUBLE EFFORT 150) | Chile stepped up its peace efforts with Peru. | 15
            a bill heading to a desk is no visit (HEAD TO 042) | The bill is heading to the Peruvian president's desk. | 04
            taking over a train seizes no property (TAKE OVER 171) | Bolivian rebels took over a train near La Paz. | 171
            annexing land seizes no property (TAKE_PROPERTY 171) | Russia annexed the Ukrainian region. | 171
            """)
    void thePhraseInAnotherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The phrase in the codebook's sense, or with the argument that makes the act, still codes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an order is a demand (100: "all demands and orders") | The Kenyan court ordered the Ugandan company to pay a fine. | 10 KENJUD>UGA
            an order to an embassy is a demand (100) | The Argentine government ordered its embassy in Chile to close. | 10 ARGGOV
            leaving a regional bloc reduces relations (160) | Ghana withdrew from ECOWAS last year. | 16 GHA>IGO
            troops withdrawing from a country retreat militarily (0874) | Kenyan troops withdrew from Somalia. | 0874 KENMIL>SOM
            speaking with a party is a consultation both ways (040) | The Brazilian minister spoke with Argentina's president on Monday. | 040 BRAGOV>ARGGOV
            speaking with a party is a consultation both ways (040) | The Brazilian minister spoke with Argentina's president on Monday. | 040 ARGGOV>BRAGOV
            dismissing findings as propaganda denies them (016) | Peru dismissed the Chilean findings as propaganda. | 016 PER
            rejecting a report as false denies it (016) | Mexico rejected the Guatemalan report as false. | 016 MEX
            dismissing charges in a relative clause denies them (016) | Bolivia faces smuggling charges, which Peru has dismissed as baseless. | 016 PER
            breaking with a partner reduces relations (160) | Colombia broke with Venezuela over the border closure. | 160 COL>VEN
            troops moving into a town occupy it (192) | Chilean troops moved into the Bolivian town. | 192 CHLMIL
            troops counted by a quantity subject retreat (0874) | Hundreds of Peruvian troops withdrew from Ecuador. | 0874 PERMIL>ECU
            taking over a train is a hijack (181: "forcibly seize control of an aircraft, car, bus, ship") | Bolivian rebels took over a train near La Paz. | 181 BOLREB
            annexing land occupies territory (192) | Russia annexed the Ukrainian region. | 192 RUS
            declining comment "due to" a case is still no comment (011) | A Chilean spokesman declined comment due to the pending case. | 011 CHL
            "backed by" keeps the attack (190) | Chilean troops backed by Argentine soldiers attacked the rebels. | 19 CHLMIL
            """)
    void theCodebookSenseStillCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }

    /** A {@code drop} line removes the imported pattern written exactly so, and leaves its siblings to compete. */
    @Test
    void aDropRemovesExactlyTheImportedPattern() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("imported.txt", String.join("\n",
                "verbs lead lead head",
                "030 @lead/v any=to",
                "017 @lead/v any=ceremony",
                "030 @lead/v any=to any=plan"));
        texts.put("senses.txt", "drop 030 @lead/v any=to");
        PatternSet set = PatternSet.of(Codebook.bundled(), false, texts);
        assertThat(set.forTrigger("lead")).extracting(Pattern::id)
                .containsExactlyInAnyOrder("imported.txt:3", "imported.txt:4");
        assertThat(set.forTrigger("head")).noneMatch(Pattern::blocks).hasSize(2);
    }

    /** A drop that names no imported pattern fails loading with its file and line, so it cannot go stale. */
    @Test
    void aDropOfNoPatternFailsLoading() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("imported.txt", "verbs lead lead head\n030 @lead/v any=to");
        texts.put("senses.txt", "\ndrop 040 @lead/v any=to");
        assertThatThrownBy(() -> PatternSet.of(Codebook.bundled(), false, texts))
                .hasMessageContaining("senses.txt:2").hasMessageContaining("no imported pattern");
    }
}
