package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Material cooperation the coder used to drop ("Issue 15, seventh round: detection, material cooperation"): sanctions,
 * tariffs and restrictions rolled back, loosened or lifted are eased (081, 085), demands accepted or met are yielded to
 * (080), tonnes of food or medicine shipped or flown somewhere are humanitarian aid (073), detainees set free are
 * released (0841), and a deployment of troops on a peacekeeping mission announced or begun is peacekeeping (074).
 * Rows in {@code codebook-verbs.txt}; every sentence is written for this test.
 */
class DetectMaterialCooperationTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("detect-material-cooperation", """
            Canada scaled back the sanctions on Belarus.
            Washington rolled back tariffs on Mexican steel.
            The European Union removed its tariffs on American whiskey.
            Bolivia loosened the restrictions on foreign journalists.
            The government of Peru accepted the demands of the striking miners.
            Ghana announced the deployment of 500 peacekeepers to South Sudan this week.
            Japan cut tariffs on rice.
            The Peruvian government rejected the demands of the striking miners.
            Senegal called for the deployment of peacekeepers to Liberia.
            Turkey shipped 500 tonnes of food to Somalia.
            Iran set free the detained journalists.
            The airline flew 300 tons of cargo to Chile.
            Dubai set up a free trade zone for Indian businesses.
            """);

    /** The sentence codes exactly this event, "code SOURCE>TARGET" ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            sanctions scaled back are eased (085) | Canada scaled back the sanctions on Belarus. | 085 CAN>BLR
            tariffs rolled back are eased (085) | Washington rolled back tariffs on Mexican steel. | 085 USA>-
            tariffs removed are eased (085) | The European Union removed its tariffs on American whiskey. | 085 IGOEUREEC>-
            restrictions loosened are eased (081) | Bolivia loosened the restrictions on foreign journalists. | 081 BOL>---MED
            demands accepted are yielded to (080) | The government of Peru accepted the demands of the striking miners. | 080 PERGOV>-
            a peacekeeping deployment announced is peacekeeping (074) | Ghana announced the deployment of 500 peacekeepers to South Sudan this week. | 074 GHA>SSD
            tonnes of food shipped somewhere are humanitarian aid (073) | Turkey shipped 500 tonnes of food to Somalia. | 073 TUR>SOM
            detainees set free are released (0841) | Iran set free the detained journalists. | 0841 IRN>---MED
            """)
    void codes(String rule, String sentence, String expected) {
        assertThat(coded.events(sentence)).contains(expected);
    }

    /** Neighbours of the new rows that are not the act they name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tariffs cut with no partner are no eased sanction | Japan cut tariffs on rice. | 085
            demands rejected are not yielded to | The Peruvian government rejected the demands of the striking miners. | 080
            a deployment called for is an appeal, not peacekeeping | Senegal called for the deployment of peacekeepers to Liberia. | 074
            tons of cargo flown are no aid | The airline flew 300 tons of cargo to Chile. | 073
            a free trade zone set up releases no one | Dubai set up a free trade zone for Indian businesses. | 0841
            """)
    void doesNotCode(String rule, String sentence, String code) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(code + " "));
    }
}
