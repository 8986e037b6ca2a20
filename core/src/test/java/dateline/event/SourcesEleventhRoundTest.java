package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sources of the eleventh round ("Issue 15, eleventh round: sources"): the subject of a passive or of a verb of dying
 * suffered the act of force the verb happened in and never did it ({@link SufferedForce}); who ordered or requested
 * an act ("on the orders of X", "at the request of X", "on X's request") is the agent of a passive with no "by"
 * agent, and of a verb that takes its subject to prison ({@link OrderGiver}). Through CoreNLP, on sentences written
 * for this test.
 */
class SourcesEleventhRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("sources-eleventh-round", """
            Four Malian soldiers were killed in an attack on a checkpoint near the border with Niger.
            Two Syrian children were wounded during shelling of a school in Idlib.
            Two French tourists were killed in an attack on a hotel in Bamako.
            Three Somali soldiers died in an attack on an Ethiopian convoy near Baidoa.
            Several Nigerian villagers were wounded in an assault on Maiduguri.
            A Kenyan nurse died during an attack on a Somali refugee camp.
            Three Colombian soldiers were killed in a gun battle with FARC rebels.
            Nigerian soldiers were killed in an ambush by Boko Haram fighters.
            Several Kenyan lawmakers were injured in clashes with police in Nairobi.
            The Russian journalist was detained on the orders of a Moscow court.
            Two Ugandan opposition leaders were arrested at the request of the Kenyan government.
            Hundreds of Sudanese migrants were deported on the instructions of the Libyan interior ministry.
            The Iranian dissident was extradited on Turkey's request.
            The Egyptian activist returned to prison on the orders of a Cairo court.
            Thai police arrested the Cambodian activist at the request of Cambodia's government.
            Venezuelan troops withdrew from the border on the orders of President Nicolas Maduro.
            """);

    /** The victims of an act of force a passive or "died" happened in never did it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            killed in an attack | Four Malian soldiers were killed in an attack on a checkpoint near the border with Niger. | MLIMIL>
            wounded during shelling of a school | Two Syrian children were wounded during shelling of a school in Idlib. | SYRCVL>
            killed in an attack on a hotel | Two French tourists were killed in an attack on a hotel in Bamako. | FRACVL>
            died in an attack | Three Somali soldiers died in an attack on an Ethiopian convoy near Baidoa. | SOMMIL>
            wounded in an assault | Several Nigerian villagers were wounded in an assault on Maiduguri. | NGACVL>
            died during an attack | A Kenyan nurse died during an attack on a Somali refugee camp. | KENHLH>
            """)
    void theSubjectOfAPassiveNeverDidTheActOfForceItHappenedIn(String rule, String sentence, String wrongSource) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(" " + wrongSource));
    }

    /** What an act was done to is never its doer, also when the passive's doer comes from the act's phrase. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a shelled school | Two Syrian children were wounded during shelling of a school in Idlib. | SYREDU>
            """)
    void whatTheActWasDoneToIsNotTheDoerOfThePassive(String rule, String sentence, String wrongSource) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(" " + wrongSource));
    }

    /** Controls: a fight with a named other side, and an act with its own doer, keep their doers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a gun battle with rebels: the soldiers are a side | Three Colombian soldiers were killed in a gun battle with FARC rebels. | 19 | COLMIL>COLREB
            clashes with police: the lawmakers are a side | Several Kenyan lawmakers were injured in clashes with police in Nairobi. | 19 | KENLEG>KENCOP
            an ambush by fighters | Nigerian soldiers were killed in an ambush by Boko Haram fighters. | 19 | >NGAMIL
            """)
    void aSideOfAFightOrTheActsOwnDoerStays(String rule, String sentence, String root, String pair) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(root) && e.contains(pair));
    }

    /** "On the orders of X", "at the request of X", "on X's request": X had the passive's act done. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on the orders of a court | The Russian journalist was detained on the orders of a Moscow court. | 17 | RUSJUD>RUSMED
            at the request of a government | Two Ugandan opposition leaders were arrested at the request of the Kenyan government. | 17 | KENGOV>UGAOPP
            on the instructions of a ministry | Hundreds of Sudanese migrants were deported on the instructions of the Libyan interior ministry. | 17 | LBYGOV>SDNCVL
            on a country's request | The Iranian dissident was extradited on Turkey's request. | 06 | TUR>IRNOPP
            returned to prison on the orders of a court | The Egyptian activist returned to prison on the orders of a Cairo court. | 17 | EGYJUD>EGYOPP
            """)
    void whoOrderedAnActHadItDone(String rule, String sentence, String root, String pair) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(root) && e.contains(" " + pair));
    }

    /** Controls: a verb with a subject that did the act keeps it; the one who ordered it is no source there. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            police arrested at a government's request | Thai police arrested the Cambodian activist at the request of Cambodia's government. | THACOP>KHMOPP
            troops withdrew on a president's orders | Venezuelan troops withdrew from the border on the orders of President Nicolas Maduro. | VENMIL>
            """)
    void theSubjectThatDidTheActStaysItsSource(String rule, String sentence, String pair) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.contains(" " + pair));
    }
}
