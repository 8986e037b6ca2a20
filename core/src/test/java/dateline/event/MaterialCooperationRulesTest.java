package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codebook coverage for material cooperation (06-08) and appeals found missing on news: money given or allocated is
 * economic aid (071), an aid word below the object is aid (070), arms given "with" are military aid (072),
 * peacekeepers arriving or serving keep the peace (074), an appeal launched is an appeal (020). Sentences written for these tests from the codebook's definitions,
 * coded with the real actor stage.
 */
class MaterialCooperationRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("material-cooperation", """
            Norway provided 4 million dollars to rebuild schools in Haiti.
            Japan allocated $12 million in emergency relief to Nepal.
            Sweden gave 30 million euros to Kenya.
            Canada provided the Ukrainian army with helmets and vehicles.
            Senegalese peacekeeping troops arrived in Mali on Monday.
            Ghanaian troops serve in peacekeeping missions in Lebanon and Mali.
            The United Nations launched an appeal for $50 million in flood relief.
            Norway provided details of the plan to Iceland.
            Chile sent troops to the border with Peru.
            """);

    /** Sentences with exactly one event, of the code and actors given. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            money given is economic aid, with or without a named recipient \
                | Norway provided 4 million dollars to rebuild schools in Haiti. | 071 NOR>-
            money given to a country is economic aid to it | Sweden gave 30 million euros to Kenya. | 071 SWE>KEN
            arms given with 'with' are military aid | Canada provided the Ukrainian army with helmets and vehicles. \
                | 072 CAN>UKRMIL
            an appeal launched is an appeal | The United Nations launched an appeal for $50 million in flood relief. \
                | 020 IGOUNO>-
            """)
    void theOneEventOfTheSentence(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).containsExactly(event);
    }

    @Test
    void aidBelowTheAmountIsAid() {
        // The object is the amount; "relief" below it makes the act aid (07), whatever its sub-code.
        assertThat(coded.events("Japan allocated $12 million in emergency relief to Nepal."))
                .anyMatch(e -> e.startsWith("07") && e.endsWith(" JPN>NPL"));
    }

    @Test
    void peacekeepersArrivingOrServingKeepThePeace() {
        // The place they arrive in is the country kept (roots.tsv: aid acts on a place).
        assertThat(coded.events("Senegalese peacekeeping troops arrived in Mali on Monday.")).isNotEmpty()
                .allMatch(e -> e.startsWith("074 ") && e.endsWith(">MLI"));
        assertThat(coded.events("Ghanaian troops serve in peacekeeping missions in Lebanon and Mali."))
                .anyMatch(e -> e.startsWith("074 GHAMIL>"));
    }

    @Test
    void whatIsNoAidIsNotCodedAsAid() {
        // Details of a plan are no money and no aid; troops sent to a border are no peacekeepers.
        assertThat(coded.events("Norway provided details of the plan to Iceland.")).noneMatch(e -> e.startsWith("07"));
        assertThat(coded.events("Chile sent troops to the border with Peru.")).noneMatch(e -> e.startsWith("07"));
    }
}
