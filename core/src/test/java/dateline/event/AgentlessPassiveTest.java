package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agentless passives: an act done to an actor whose doer the sentence does not name is coded with no source, where
 * the codebook allows an unnamed doer (the source column of {@code roots.tsv}); sentences written for these tests, with the
 * real parser and actor stage.
 */
class AgentlessPassiveTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("agentless", """
            Two Egyptian journalists were arrested in Cairo on Monday.
            The Iranian ambassador has been accused of spying.
            New sanctions were imposed on Iran.
            The Syrian rebels were released on Sunday.
            The French embassy was attacked on Friday.
            The French embassy was attacked by protesters.
            Iran was urged to halt its enrichment program.
            Eight people were killed in the blast.
            Iranian currencies have been blocked in Iraqi banks.
            Russia said two of its diplomats were expelled from Poland.
            Two Kenyan soldiers were not released.
            """);

    /**
     * Sentences whose one event has an unnamed source ("-") and the passive subject (or the "on" phrase) as target.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an arrest (17x) is done to the arrested | Two Egyptian journalists were arrested in Cairo on Monday. \
                | 17 | ->EGYMED
            an accusation (112x) is done to the accused | The Iranian ambassador has been accused of spying. \
                | 112 | ->IRNGOV
            sanctions (163) are imposed on a party | New sanctions were imposed on Iran. | 163 | ->IRN
            a release (0841) is done to the released | The Syrian rebels were released on Sunday. | 0841 | ->SYRREB
            an attack (19x) is done to the attacked | The French embassy was attacked on Friday. | 19 | ->FRAGOV
            """)
    void anActDoneToAnActorWithNoNamedDoer(String rule, String sentence, String codePrefix, String actors) {
        List<String> events = coded.events(sentence);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith(codePrefix).endsWith(" " + actors);
    }

    @Test
    void aByPhraseNamesTheDoer() {
        assertThat(coded.events("The French embassy was attacked by protesters.")).containsExactly("190 ---OPP>FRAGOV");
    }

    @Test
    void anAppealNeedsTheOneWhoAppealed() {
        // "Iran was urged" names no one who urged: a statement or appeal without a speaker is no event.
        assertThat(coded.events("Iran was urged to halt its enrichment program.")).isEmpty();
    }

    @Test
    void victimsThatAreNoActorsGiveNoEvent() {
        assertThat(coded.events("Eight people were killed in the blast.")).isEmpty();
    }

    @Test
    void thePlaceOfTheActIsNotItsTarget() {
        assertThat(coded.events("Iranian currencies have been blocked in Iraqi banks."))
                .noneMatch(e -> e.endsWith(">IRQBUS"));
    }

    @Test
    void theSpeakerDoesNotStandInForTheUnnamedDoer() {
        // Russia reports the expulsion of its diplomats; it did not expel them.
        assertThat(coded.events("Russia said two of its diplomats were expelled from Poland."))
                .containsExactly("174 ->RUSGOV");
    }

    @Test
    void aNegatedPassiveDidNotHappen() {
        assertThat(coded.events("Two Kenyan soldiers were not released.")).isEmpty();
    }

    @Test
    void explainSaysTheSourceIsUnnamed() {
        String sentence = "New sanctions were imposed on Iran.";
        var s = coded.article().sentences().stream()
                .filter(x -> coded.article().article().slice(x.span()).equals(sentence)).findFirst().orElseThrow();
        Explanation x = EventCoder.bundled().explain(coded.article(), coded.actors(), List.of(), s.index());
        assertThat(x.triggers()).anySatisfy(t -> {
            assertThat(t.source()).contains("agentless passive 'imposed'");
            assertThat(t.outcome()).contains("163 - -> IRN (source unnamed)");
        });
    }

    @Test
    void onlyActsDoneToSomeoneMayLackTheirDoer() {
        RootPolicy policy = RootPolicy.bundled();
        assertThat(List.of("173", "1125", "163", "0841", "190", "182", "174", "085"))
                .allMatch(policy::sourceOptional);
        assertThat(List.of("010", "020", "0255", "036", "046", "057", "061", "083", "1056", "138", "141"))
                .noneMatch(policy::sourceOptional);
        assertThat(policy.sourceOptional(null)).isFalse();
    }
}
