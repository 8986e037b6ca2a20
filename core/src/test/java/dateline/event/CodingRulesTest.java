package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coder's rules for sources and targets, on sentences written for these tests, with the real actor stage
 * (bundled dictionaries): targets under an event-noun object, complement clauses, control, coordinated actors,
 * relative clauses, when the speaker stands in for a subject, and agents of unknown country.
 */
class CodingRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("rules", """
            India launched an air strike against Pakistan.
            Spain expressed appreciation for Italy's help.
            Peru wants to attack Chile.
            Germany persuaded Poland to criticize Ukraine.
            The Kenyan president is scheduled to visit Egypt.
            Spain and Italy criticized Mexico.
            Russia and China signed an agreement.
            Norway and Sweden protested on Monday.
            Iraq criticized Iranian troops that attacked Kuwait.
            France said such a move enjoyed support from Germany.
            Canada said Mexican diplomats were expelled.
            Putin said that attacking Ukraine was wrong.
            Insurgents attacked Iraq.
            Rebels attacked police in the capital.
            Rebels criticised the protesters in the capital.
            The government thanked Japan for its aid.
            Students protested in Paris on Monday.
            Japan held a meeting in Kenya.
            A complaint against Syria was filed by Turkey.
            Greece did not announce sanctions against Turkey.
            Turkey released the Greek soldiers captured by Syrian rebels.
            Chile ratified a trade treaty with Peru.
            """);

    @Test
    void theTargetMayBeNamedUnderAnEventNounObject() {
        assertThat(coded.events("India launched an air strike against Pakistan.")).contains("195 IND>PAK");
    }

    @Test
    void aComplementClauseThePatternNamesHoldsTheTarget() {
        assertThat(coded.events("Peru wants to attack Chile.")).anyMatch(e -> e.endsWith(" PER>CHL"));
    }

    @Test
    void complementClausesTakeTheirControllerAsSubject() {
        // Object control: Poland criticizes; passive governor: the president visits.
        assertThat(coded.events("Germany persuaded Poland to criticize Ukraine.")).contains("111 POL>UKR")
                .noneMatch(e -> e.startsWith("111 DEU"));
        // A scheduled visit has not happened: it is coded as the stated intent to meet (036), not as a visit.
        assertThat(coded.events("The Kenyan president is scheduled to visit Egypt.")).anyMatch(e -> e.matches("036 KEN\\w*>EGY"))
                .noneMatch(e -> e.startsWith("042"));
    }

    @Test
    void coordinatedActorsActOneByOne() {
        assertThat(coded.events("Spain and Italy criticized Mexico.")).contains("111 ESP>MEX", "111 ITA>MEX");
    }

    @Test
    void aCooperativeActOfACoordinationWithoutOtherPartyIsMutual() {
        List<String> signed = coded.events("Russia and China signed an agreement.");
        assertThat(signed).anyMatch(e -> e.matches("0[3-6]\\d+ RUS>CHN")).anyMatch(e -> e.matches("0[3-6]\\d+ CHN>RUS"));
        // A protest is not done to each other: its target is just unnamed, and each member protests.
        assertThat(coded.events("Norway and Sweden protested on Monday.")).containsExactlyInAnyOrder("140 NOR>-", "140 SWE>-");
    }

    @Test
    void theSpeakerStandsInOnlyForAPronounOrMissingSubject() {
        assertThat(coded.events("France said such a move enjoyed support from Germany.")).noneMatch(e -> e.contains("FRA"));
        // The expulsion is coded with its doer unnamed (an agentless passive); Canada only reports it.
        assertThat(coded.events("Canada said Mexican diplomats were expelled.")).containsExactly("161 ->MEXGOV");
        assertThat(coded.events("Putin said that attacking Ukraine was wrong.")).isEmpty();
    }

    @Test
    void agentsOfUnknownCountryActButTwoOfThemMakeNoEvent() {
        assertThat(coded.events("Insurgents attacked Iraq.")).containsExactly("190 ---REB>IRQ");
        assertThat(coded.events("The government thanked Japan for its aid.")).anyMatch(e -> e.endsWith(" ---GOV>JPN"));
        assertThat(coded.events("Rebels criticised the protesters in the capital.")).isEmpty();
    }

    @Test
    void aFightBetweenAForceAndAnArmedGroupIsCodedThoughNeitherHasACountry() {
        // FightBetweenGroups: CAMEO codes the clash itself; the story's reader knows where it was.
        // The police may take the country of the forces this fixture names earlier (StoryInstitution); the clash is
        // coded either way.
        assertThat(coded.events("Rebels attacked police in the capital."))
                .singleElement().matches(e -> e.startsWith("190 ---REB>") && e.endsWith("COP"));
    }

    @Test
    void thePlaceOfAProtestShowOfForceOrAttackIsItsLastResortTarget() {
        // The students' protest in Paris is the place case of anEventOfTheSentenceMatches. A meeting in a country is
        // not a meeting with it.
        assertThat(coded.events("Japan held a meeting in Kenya.")).noneMatch(e -> e.contains(">KEN"));
    }

    @Test
    void negationCarriesDownToTheObjectNoun() {
        // The sanctions were not announced: neither the verb nor its object noun is an event.
        assertThat(coded.events("Greece did not announce sanctions against Turkey.")).isEmpty();
    }

    @Test
    void aNounWithAPastParticipleUndergoesTheAct() {
        // The soldiers were captured (target); the rebels captured them (source), whether the parser makes the
        // participle a modifier of the noun or a clause with the noun as its subject.
        assertThat(coded.events("Turkey released the Greek soldiers captured by Syrian rebels."))
                .anyMatch(e -> e.matches("1[789]\\d* SYRREB>GRCMIL")).noneMatch(e -> e.startsWith("GRC", 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a relative pronoun stands for the noun it modifies | Iraq criticized Iranian troops that attacked Kuwait. \
                | 190 IRNMIL>KWT
            ratifying a treaty is signing a formal agreement | Chile ratified a trade treaty with Peru. | 057 CHL>PER
            """)
    void theSentenceCodes(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /**
     * Cases whose code may vary within a root: the target named under an event noun's object ("appreciation for
     * Italy's help"), the passive subject as the logical object (the pattern's object word "complaint" and the
     * target under it are found in the passive subject), the place of a protest as its last-resort target.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the target may be named under an event noun object | Spain expressed appreciation for Italy's help. \
                | 01\\d ESP>ITA
            a passive subject is the logical object | A complaint against Syria was filed by Turkey. | 11\\d* TUR>SYR
            the place of a protest is its last resort target | Students protested in Paris on Monday. \
                | 14\\d* ---EDU>FRA
            """)
    void anEventOfTheSentenceMatches(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.matches(event));
    }
}
