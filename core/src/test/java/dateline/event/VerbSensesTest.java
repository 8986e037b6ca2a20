package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.knowledge.TableFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb senses ({@code senses.txt}): an imported PETRARCH class default codes a verb only in the sense the codebook
 * means. Each blocked sense is checked on a sentence written for this test, beside a sentence where the codebook's
 * sense of the same or a sibling verb still codes.
 */
class VerbSensesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("senses", """
            The Chilean government claimed that most Bolivian farmers are poor.
            A Peruvian student who studied in Lima died last year.
            Norwegian firms dominated the Swedish fishing market.
            The Kenyan convoy was passing through Tanzania.
            Brazilian investors are looking at buying land in Paraguay.
            Ecuador sent the Peruvian fishermen back to Peru.
            Officials involved in the talks with Chile left.
            Bolivia needs more Argentine wheat.
            The Kenyan government's tariffs targeting Uganda took effect.
            Kenyan troops targeted Somali rebels.
            Ghana's population continues to decline.
            Uganda declined the Kenyan offer.
            Nigerian police arrested Cameroonian smugglers.
            Algerian troops attacked Moroccan rebels.
            Chile protected the Bolivian refugees.
            The Sudanese army bombed Ethiopian rebels.
            Kenya called the Ugandan plan a gift.
            Kenya called Uganda last week.
            Egypt went far to silence Sudanese critics.
            Canada imposed new tariffs on Mexican steel.
            """);

    /** The imported default no longer codes a verb used in a sense that is not the codebook's act. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "claimed that" is a statement, not disapproval (ALLEGE 110) | The Chilean government claimed that most Bolivian farmers are poor. | 11
            dying is no use of force (DIE 190) | A Peruvian student who studied in Lima died last year. | 19
            studying is no investigation (INSPECT 090) | A Peruvian student who studied in Lima died last year. | 09
            dominating a market is no military force (DESTROY 190) | Norwegian firms dominated the Swedish fishing market. | 19
            passing through is no yielding (ALLOW 080) | The Kenyan convoy was passing through Tanzania. | 08
            looking at buying is no peacekeeping (DEFEND 074) | Brazilian investors are looking at buying land in Paraguay. | 07
            sending people back is no consultation (NOTIFY 040) | Ecuador sent the Peruvian fishermen back to Peru. | 04
            "involved in" describes, it is no comment (CONCERN 012) | Officials involved in the talks with Chile left. | 012
            needing is no demand (DEMAND 100) | Bolivia needs more Argentine wheat. | 10
            tariffs that target a country are no military force (TARGET 190) | The Kenyan government's tariffs targeting Uganda took effect. | 19
            a population declining is no rejection (DECLINE 120) | Ghana's population continues to decline. | 12
            calling something so is no telephone call (CALL 041) | Kenya called the Ugandan plan a gift. | 041
            an infinitive's "to" is no "go to" phrase (GO 040) | Egypt went far to silence Sudanese critics. | 04
            imposing tariffs is no unspecified coercion (IMPOSE 170) | Canada imposed new tariffs on Mexican steel. | 170
            """)
    void aBlockedSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The codebook's sense of the same verb, or of a sibling in its class, still codes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tariffs that target a country restrict its trade (163) | The Kenyan government's tariffs targeting Uganda took effect. | 163 KENGOV>UGA
            troops that target rebels use force (TARGET 190) | Kenyan troops targeted Somali rebels. | 190 KENMIL>SOMREB
            declining an offer is a rejection (DECLINE 120) | Uganda declined the Kenyan offer. | 12 UGA
            arresting is APPREHEND (171 default, kept) | Nigerian police arrested Cameroonian smugglers. | 17 NGACOP>CMR
            attacking is PHYSICAL_CONFLICT (190, kept) | Algerian troops attacked Moroccan rebels. | 19 DZAMIL>MARREB
            protecting refugees is military protection (074) | Chile protected the Bolivian refugees. | 074 CHL>BOLREF
            bombing is EXPLOSIVE_DESTRUCTION (190, kept) | The Sudanese army bombed Ethiopian rebels. | 19 SDNMIL
            calling a country is a telephone call (CALL 041) | Kenya called Uganda last week. | 041 KEN>UGA
            imposing tariffs restricts trade (163) | Canada imposed new tariffs on Mexican steel. | 163 CAN
            """)
    void theCodebookSenseStillCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }

    /**
     * Every lemma blocked in {@code senses.txt} without a condition stays blocked: the most specific of its
     * unconditioned patterns is the block, so no imported class default (which has no condition) codes it.
     */
    @Test
    void aPrunedDefaultStaysPruned() {
        PatternSet set = PatternSet.bundled();
        List<String> blocked = new ArrayList<>();
        TableFile.resource("dateline/event/senses.txt").named("senses.txt").forEach(line -> {
            String text = line.text().replaceAll("#.*", "").strip();
            String[] f = text.split("\\s+");
            if (f.length == 2 && f[0].equals(Pattern.NO_EVENT) && !f[1].startsWith("@")) {
                for (String lemma : f[1].replace("/v", "").split("\\|")) {
                    blocked.add(lemma);
                }
            }
        });
        assertThat(blocked).hasSizeGreaterThan(100).contains("claim", "die", "dominate", "need", "pass", "look");
        for (String lemma : blocked) {
            Pattern top = set.forTrigger(lemma).stream()
                    .filter(p -> p.constraints().isEmpty() && p.pos() != 'N' && p.pos() != 'A')
                    .max(Comparator.comparingInt(Pattern::specificity)).orElseThrow();
            assertThat(top.blocks() || top.id().startsWith("codebook-verbs.txt") || top.id().startsWith("dateline.txt")
                    || top.id().startsWith("senses.txt")).as(lemma + ": " + top.id()).isTrue();
            if (top.id().startsWith("petrarch2")) {
                throw new AssertionError(lemma + " still takes an imported default: " + top.id());
            }
        }
    }
}
