package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts that a governing verb names without doing them ({@link UndoneComplement}, the forecast rules of
 * {@link ForecastClause}): a permission, an attempt at anything but force, a help to come, a thing's future, a
 * hedged forecast and a forecast by a speaker who does not speak for the country. The speaker's own stated plans
 * keep their intent and threat codes. First on hand-written parses, then through CoreNLP; sentences written for
 * this test.
 */
class UndoneComplementRulesTest {
    private static final String PARSES = "undone-complements.conllu";

    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("undone complements", """
            The new charter permits the Sudanese army to arrest the activists and deport them to Egypt.
            The statute empowers Nigerian police to detain the Ghanaian traders.
            Tanzania tried to negotiate a ceasefire between the two Congolese militias.
            Kenya attempted to open talks with Somalia.
            Gunmen tried to assassinate the Colombian mayor.
            The agreement will help Kenya expel the Somali militants.
            Cotton exports would violate the US embargo on Uzbekistan.
            A Peruvian historian said Peru will probably recall its ambassador from Chile.
            A Chilean novelist said Chile will expel the Bolivian diplomats.
            The Chilean foreign ministry said Chile will expel the Bolivian diplomats.
            Chile said it will expel the Bolivian diplomats.
            Ecuador's president is expected to meet the Colombian foreign minister next week.
            Australia helped Indonesia rescue the Malaysian fishermen.
            Sudan let free the Chadian soldiers.
            A former Kenyan minister who had negotiated with Somalia criticised the deal.
            """);

    @Test
    void whatAPermissionAllowsIsNotDoneNorIsTheActJoinedToIt() {
        ConlluFixture let = ConlluFixture.load(PARSES, "decree-lets-army-detain-and-deport");
        assertThat(let.events()).noneMatch(e -> e.contains("MMRMIL>"));
        assertThat(let.outcomes()).anyMatch(o -> o.startsWith("detain: dropped: what a permission allows"))
                .anyMatch(o -> o.startsWith("deport: dropped: what a permission allows"));
        ConlluFixture authorise = ConlluFixture.load(PARSES, "code-authorises-police-to-seize-and-expel");
        assertThat(authorise.events()).noneMatch(e -> e.contains("NPLCOP>"));
        assertThat(authorise.outcomes()).anyMatch(o -> o.startsWith("expel: dropped:"));
    }

    @Test
    void letWithoutAPartyLetGoIsNoPermission() {
        assertThat(ConlluFixture.load(PARSES, "chad-let-free-the-prisoners").outcomes())
                .noneMatch(o -> o.contains("what a permission allows"));
        assertThat(coded.events("Sudan let free the Chadian soldiers.")).anyMatch(e -> e.startsWith("084"));
    }

    @Test
    void anAttemptIsNotTheActButAnAttemptAtForceIsForce() {
        assertThat(ConlluFixture.load(PARSES, "ghana-attempted-to-mediate").events()).noneMatch(e -> e.startsWith("04"));
        assertThat(ConlluFixture.load(PARSES, "ghana-mediated").events()).anyMatch(e -> e.startsWith("04"));
        assertThat(ConlluFixture.load(PARSES, "militants-tried-to-kill").events())
                .anyMatch(e -> e.matches("(18|19|20).* ---REB>AFGGOV"));
    }

    @Test
    void whatAHelpToComeWouldBringAboutIsNotDone() {
        assertThat(ConlluFixture.load(PARSES, "pact-could-help-mali-expel").events()).noneMatch(e -> e.startsWith("MLI", 4));
        assertThat(ConlluFixture.load(PARSES, "france-helped-mali-expel").events())
                .anyMatch(e -> e.contains("MLI>RUSMIL"));
        // The helper's own act to come is its stated intent (03), not another party's act.
        assertThat(ConlluFixture.load(PARSES, "peru-will-help-free-the-hostages").outcomes())
                .noneMatch(o -> o.contains("what a help to come"));
    }

    @Test
    void aNominalActTakesTheFutureAndTheSubjectOfItsVerb() {
        assertThat(ConlluFixture.load(PARSES, "levies-would-breach-embargo").events()).isEmpty();
        assertThat(ConlluFixture.load(PARSES, "eu-will-impose-embargo").events())
                .anyMatch(e -> e.startsWith("13") && e.contains("IGOEUREEC>BLR"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a permission, and the act joined to it | The new charter permits the Sudanese army to arrest the activists and deport them to Egypt. | SDNMIL
            a power given | The statute empowers Nigerian police to detain the Ghanaian traders. | NGACOP
            an attempt at talks | Tanzania tried to negotiate a ceasefire between the two Congolese militias. | TZA
            another attempt | Kenya attempted to open talks with Somalia. | KEN
            a help to come | The agreement will help Kenya expel the Somali militants. | KEN
            a hedged forecast by a historian | A Peruvian historian said Peru will probably recall its ambassador from Chile. | PER
            a forecast by a novelist | A Chilean novelist said Chile will expel the Bolivian diplomats. | CHL
            """)
    void noActIsCodedForTheActorNamed(String rule, String sentence, String actor) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(" " + actor + ">") || e.contains(" " + actor + "GOV>"));
    }

    @Test
    void aThingsFutureIsNoOnesThreat() {
        assertThat(coded.events("Cotton exports would violate the US embargo on Uzbekistan.")).isEmpty();
    }

    @Test
    void anAttemptedAssassinationStaysCoded() {
        assertThat(coded.events("Gunmen tried to assassinate the Colombian mayor.")).anyMatch(e -> e.startsWith("185"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the country's own ministry | The Chilean foreign ministry said Chile will expel the Bolivian diplomats. | 13
            the country itself | Chile said it will expel the Bolivian diplomats. | 13
            a scheduled meeting | Ecuador's president is expected to meet the Colombian foreign minister next week. | 036
            """)
    void statedPlansKeepTheirIntentOrThreat(String rule, String sentence, String code) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(code));
    }

    @Test
    void aHelpGivenLeavesTheActDone() {
        assertThat(coded.events("Australia helped Indonesia rescue the Malaysian fishermen.")).isNotEmpty();
    }

    @Test
    void aPastRoleInARelativeClauseIsACareerNotAnEvent() {
        assertThat(coded.events("A former Kenyan minister who had negotiated with Somalia criticised the deal."))
                .noneMatch(e -> e.startsWith("04"));
        assertThat(ConlluFixture.load(PARSES, "former-envoy-who-had-negotiated").events()).noneMatch(e -> e.startsWith("04"));
        assertThat(ConlluFixture.load(PARSES, "envoy-who-negotiated").events()).anyMatch(e -> e.startsWith("04"));
    }
}
