package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare institution noun takes the one country whose institution of that kind the story names
 * ({@link StoryInstitution}), and a spokesperson is coded as the body named before the title
 * ({@link SpokespersonBody}). Sentences written for these tests, with the bundled dictionaries.
 */
class StoryInstitutionsAndSpokespeopleTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
    }

    /** The code of the actor whose mention is the first {@code mention} after the first {@code anchor}. */
    private static String codeAfter(List<Actor> actors, String text, String anchor, String mention) {
        int start = text.indexOf(mention, text.indexOf(anchor));
        return actors.stream().filter(a -> a.span().start() == start && a.span().end() == start + mention.length())
                .map(Actor::code).findFirst()
                .orElseThrow(() -> new AssertionError("no actor '" + mention + "' after '" + anchor + "' in " + actors));
    }

    @Test
    void bareForcesAreTheOneCountrysForcesTheStoryNamed() {
        String text = "Peruvian soldiers clashed with drug traffickers in the jungle on Monday. "
                + "Troops later seized two boats loaded with cocaine.";
        assertThat(codeAfter(actors(text), text, "Troops later", "Troops")).isEqualTo("PERMIL");
        String text2 = "Kenyan police fired tear gas at protesters outside parliament. "
                + "Security forces arrested forty people by nightfall.";
        assertThat(codeAfter(actors(text2), text2, "Security", "Security forces")).isEqualTo("KENCOP");
    }

    @Test
    void membersOfALegislatureOrACourtTakeTheirCountryToo() {
        String text = "Chilean lawmakers debated the pension bill for a week. Lawmakers approved it on Friday.";
        assertThat(codeAfter(actors(text), text, "Lawmakers approved", "Lawmakers")).isEqualTo("CHLLEG");
        String text2 = "A Bolivian judge ordered the activist's release in March. "
                + "A court later sent her back to jail.";
        assertThat(codeAfter(actors(text2), text2, "A court", "court")).isEqualTo("BOLJUD");
    }

    @Test
    void noCountryWhenTheStoryNamesTwoCountriesForcesOrTheNounIsQualified() {
        String two = "Israeli troops and Lebanese soldiers exchanged fire across the line. "
                + "Soldiers on both sides were wounded.";
        assertThat(codeAfter(actors(two), two, "Soldiers on", "Soldiers")).isEqualTo("---MIL");
        String foreign = "Ghanaian police raided a warehouse in the port. International troops guarded the docks.";
        assertThat(actors(foreign)).noneMatch(a -> a.code().equals("GHAMIL"));
        String elsewhere = "Nigerian soldiers patrolled the northern border. In Chad, soldiers detained smugglers.";
        assertThat(codeAfter(actors(elsewhere), elsewhere, "In Chad", "soldiers")).isEqualTo("---MIL");
    }

    @Test
    void thePluralOfAnInstitutionEachCountryHasIsSeveralCountries() {
        String text = "The Malian government closed the schools in the north. "
                + "Governments across the region criticised the decision.";
        assertThat(actors(text)).noneMatch(a -> a.code().equals("MLIGOV") && a.span().start() > text.indexOf("north"));
    }

    @Test
    void aSpokespersonIsTheBodyBeforeTheTitle() {
        String text = "Taliban spokesman Abdul Karim Nazari rejected the report on Sunday. "
                + "Nazari said the claims were baseless.";
        List<Actor> actors = actors(text);
        assertThat(codeAfter(actors, text, "Taliban", "spokesman Abdul Karim Nazari")).isEqualTo("AFGREB");
        assertThat(codeAfter(actors, text, "Nazari said", "Nazari")).isEqualTo("AFGREB");
    }

    @Test
    void aSpokespersonOfAMinistryOrAnArmyTakesItsSector() {
        String text = "Peruvian Foreign Ministry spokeswoman Ana Lucia Torres told reporters the talks would resume.";
        assertThat(actors(text)).anyMatch(a -> a.code().equals("PERGOV") && a.name().contains("Torres"));
        String text2 = "A Colombian army spokesman said three guerrillas were captured near the river.";
        assertThat(actors(text2)).anyMatch(a -> a.code().equals("COLMIL"))
                .noneMatch(a -> a.code().equals("COLMED"));
    }

    @Test
    void aSpokespersonOfNoNamedBodyKeepsTheDictionarysCode() {
        String text = "A spokesman declined to comment on the case.";
        assertThat(actors(text)).noneMatch(a -> a.country() != null);
    }
    @Test
    void anAbbreviationDefinedInTheStoryIsThatActorLater() {
        String text = "Fighters of the Baloch Liberation Army (BLA) blocked the highway on Monday. "
                + "The BLA said it had seized a convoy. Later, BLA insurgents burned two trucks.";
        List<Actor> actors = actors(text);
        assertThat(codeAfter(actors, text, "The BLA said", "BLA")).isEqualTo("PAKREB");
        assertThat(actors).anyMatch(a -> a.code().equals("PAKREB") && a.span().start() > text.indexOf("Later"));
        assertThat(actors).noneMatch(a -> a.code().equals("---REB"));
    }

    @Test
    void theInitialsOfANameTheStoryGaveAreThatActor() {
        String text = "The Baloch Liberation Army blocked the highway on Monday. The BLA said it had seized a convoy.";
        assertThat(codeAfter(actors(text), text, "The BLA", "BLA")).isEqualTo("PAKREB");
        String text2 = "Judges of the International Court of Justice heard the case. The ICJ ruled on Friday.";
        assertThat(actors(text2)).anyMatch(a -> a.span().start() == text2.indexOf("ICJ")
                && a.code().startsWith("IGO"));
    }

    @Test
    void initialsOfNoNameInTheStoryAreNoActor() {
        String text = "Gunmen blocked the highway on Monday. The BLA said it had seized a convoy.";
        assertThat(actors(text)).noneMatch(a -> a.span().start() == text.indexOf("BLA"));
    }

    @Test
    void aDictionaryNameWithItsAbbreviationInParenthesesMatchesWithoutIt() {
        String text = "Police blamed the Animal Liberation Front for the fire at the laboratory.";
        assertThat(actors(text)).anyMatch(a -> a.name().startsWith("Animal Liberation Front"));
    }
    @Test
    void theTwoLeadersAreBothPartiesJustNamed() {
        String text = "Chile and Argentina signed a fishing accord in May, but the two leaders later quarrelled over quotas.";
        ActorMentions m = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE));
        int at = text.indexOf("leaders later");
        assertThat(m.compoundAt(0, m.actors().stream().filter(a -> a.span().start() == at).findFirst()
                .orElseThrow().tokenStart())).get().extracting(CompoundActor::codes)
                .isEqualTo(List.of("CHLGOV", "ARGGOV"));
        String previous = "The presidents of Ghana and Togo met in Lome on Monday. Both governments agreed to reopen the border.";
        ActorMentions m2 = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(previous, DATE));
        int at2 = previous.indexOf("governments");
        Actor a = m2.actors().stream().filter(x -> x.span().start() == at2).findFirst().orElseThrow();
        assertThat(m2.compoundAt(a.sentence(), a.tokenStart())).get().extracting(CompoundActor::codes)
                .isEqualTo(List.of("GHAGOV", "TGOGOV"));
    }

    @Test
    void theTwoLeadersAfterThreeCountriesAreNoOne() {
        String text = "Chile, Peru and Argentina signed a fishing accord, but the two leaders later quarrelled over quotas.";
        assertThat(actors(text)).noneMatch(a -> a.span().start() == text.indexOf("leaders later")
                && a.country() != null);
    }
}
