package dateline.actor;

import static dateline.actor.ActorTestSupport.at;
import static dateline.actor.ActorTestSupport.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.nlp.AnnotatedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution on sentences written for these tests, annotated by CoreNLP, with small inline dictionaries. */
class ActorResolverTest {
    /** An invented country and its leaders: the same person holds two offices one after the other. */
    private static final String DICT = """
            Freedonia	FRD	Freedonian; Freedonians; the Freedonians; Fredville
            Sylvania	SYL	Sylvanian; Sylvanians
            Rufus T. Firefly	FRDGOV 2010-01-01..2015-06-30 Foreign Minister of Freedonia; FRDGOV 2015-07-01.. President of Freedonia	Firefly; Rufus Firefly
            Nicolas Trentino	SYLGOV 2012-03-01.. President of Sylvania	Trentino
            Teasdale Gloria	FRDGOV 2015-07-01.. Prime Minister of Freedonia	Teasdale
            troops	~MIL	soldiers
            president	~GOV
            prime minister	~GOV	premier
            parliament	~LEG
            officials	~GOV	official
            """;
    private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.parse("test.tsv", DICT));

    private static List<Actor> actors(String text, LocalDate date) {
        AnnotatedArticle a = ActorTestSupport.annotate(text, date);
        return RESOLVER.resolve(a).actors();
    }

    @Test
    void theSameNameIsCodedByTheRoleHeldOnTheDate() {
        String text = "Rufus T. Firefly met the ambassador in Fredville.";
        Actor before = at(actors(text, LocalDate.of(2012, 5, 1)), text, "Rufus T. Firefly");
        Actor after = at(actors(text, LocalDate.of(2019, 5, 1)), text, "Rufus T. Firefly");
        assertThat(before.role()).isEqualTo("Foreign Minister of Freedonia");
        assertThat(after.role()).isEqualTo("President of Freedonia");
        assertThat(before.dateBasis()).isEqualTo(DateBasis.PUBLICATION_DATE);
        String early = at(actors(text, LocalDate.of(2005, 1, 1)), text, "Rufus T. Firefly").code();
        assertThat(early).as("before any role: the bare country").isEqualTo("FRD");
    }

    @Test
    void withoutADateTheMostRecentRoleIsTakenAndFlagged() {
        String text = "Firefly spoke to reporters on Monday.";
        Actor a = at(actors(text, null), text, "Firefly");
        assertThat(a.role()).isEqualTo("President of Freedonia");
        assertThat(a.dateBasis()).isEqualTo(DateBasis.MOST_RECENT_NO_DATE);
    }

    @Test
    void aliasesAndTransliterationsFindTheEntry() {
        String text = "Nikolas Trentinno and Rufus Firefly signed a treaty.";
        List<Actor> found = actors(text, LocalDate.of(2020, 1, 1));
        Actor t = at(found, text, "Nikolas Trentinno");
        assertThat(t.code()).isEqualTo("SYLGOV");
        assertThat(t.rule()).isEqualTo("transliteration");
        assertThat(at(found, text, "Rufus Firefly").code()).isEqualTo("FRDGOV");
    }

    @Test
    void demonymsCombineWithAgents() {
        String text = "Freedonian troops crossed the border, and Sylvanian officials protested to Freedonia's parliament.";
        List<Actor> found = actors(text, LocalDate.of(2020, 1, 1));
        assertThat(codesAt(found, text, "Freedonian troops", "Sylvanian officials", "Freedonia's parliament"))
                .containsExactly("FRDMIL", "SYLGOV", "FRDLEG");
    }

    @Test
    void aDemonymUsedAsAnAdjectiveIsNoActor() {
        String text = "Prices of Iranian pistachios rose sharply.";
        AnnotatedArticle a = ActorTestSupport.annotate(text, LocalDate.of(2020, 1, 1));
        assertThat(ActorTestSupport.resolver().resolve(a).actors()).isEmpty();
    }

    @Test
    void titlesAndPronounsFollowTheChain() {
        String text = "The Freedonian President arrived in the capital. He was greeted by Teasdale. "
                + "Later the President thanked the Prime Minister of Freedonia.";
        AnnotatedArticle a = ActorTestSupport.annotate(text, LocalDate.of(2020, 1, 1));
        List<Actor> found = RESOLVER.resolve(a).actors();
        Actor president = at(found, text, "Freedonian President");
        assertThat(president.name()).isEqualTo("Rufus T. Firefly");
        assertThat(president.rule()).isEqualTo("title+country");
        Actor bare = at(found, text, "the President");
        assertThat(bare.name()).isEqualTo("Rufus T. Firefly");
        assertThat(bare.rule()).isEqualTo("title");
        assertThat(bare.antecedent()).isEqualTo(president.span());
        Actor pm = at(found, text, "the Prime Minister of Freedonia");
        assertThat(pm.name()).isEqualTo("Teasdale Gloria");
    }

    @Test
    void pronounsCarryTheirAntecedentsCode() {
        String text = "Nicolas Trentino arrived in Fredville on Sunday. He met the Freedonian premier.";
        AnnotatedArticle a = ActorTestSupport.annotate(text, LocalDate.of(2020, 1, 1));
        List<Actor> found = RESOLVER.resolve(a).actors();
        if (a.pronouns().isEmpty()) {
            throw new AssertionError("the annotator linked no pronoun: " + a.pronouns());
        }
        Actor he = at(found, text, "He");
        assertThat(he.rule()).isEqualTo("pronoun");
        assertThat(he.code()).isEqualTo("SYLGOV");
        assertThat(he.antecedent()).isEqualTo(at(found, text, "Nicolas Trentino").span());
        assertThat(at(found, text, "Freedonian premier").name()).isEqualTo("Teasdale Gloria");
    }

    @Test
    void coordinatedActorsAreKeptAsACompound() {
        String text = "Freedonia and Sylvania agreed to talks.";
        AnnotatedArticle a = ActorTestSupport.annotate(text, LocalDate.of(2020, 1, 1));
        ActorMentions m = RESOLVER.resolve(a);
        assertThat(m.compounds()).hasSize(1);
        CompoundActor c = m.compounds().get(0);
        assertThat(c.codes()).containsExactly("FRD", "SYL");
        assertThat(a.article().slice(c.span())).isEqualTo("Freedonia and Sylvania");
        assertThat(m.compoundAt(0, c.tokenStart())).contains(c);
    }

    @Test
    void bundledDictionariesKnowOfficeChanges() {
        ActorResolver bundled = ActorTestSupport.resolver();
        String text = "Mohammed Shia al-Sudani received Fuad Hussein in Baghdad.";
        List<Actor> in2019 = bundled.resolve(ActorTestSupport.annotate(text, LocalDate.of(2019, 1, 1))).actors();
        List<Actor> in2023 = bundled.resolve(ActorTestSupport.annotate(text, LocalDate.of(2023, 1, 1))).actors();
        assertThat(at(in2023, text, "Mohammed Shia al-Sudani").role()).isEqualTo("Prime Minister of Iraq");
        assertThat(at(in2019, text, "Mohammed Shia al-Sudani").code()).isEqualTo("IRQ");
        assertThat(at(in2023, text, "Fuad Hussein").role()).isEqualTo("Foreign Minister of Iraq");
        String t2 = "Iraq's foreign minister met the Turkish defence minister.";
        List<Actor> f = bundled.resolve(ActorTestSupport.annotate(t2, LocalDate.of(2024, 3, 1))).actors();
        assertThat(at(f, t2, "Iraq's foreign minister").name()).isEqualTo("Fuad Hussein");
        assertThat(at(f, t2, "Turkish defence minister").name()).isEqualTo("Yasar Guler");
    }

    @Test
    void agentsWithoutACountryAreKnownBySectorOnly() {
        String text = "Freedonian troops left, and officials met rebels near the officials building.";
        List<Actor> found = actors(text, LocalDate.of(2020, 1, 1));
        assertThat(at(found, text, "Freedonian troops").code()).isEqualTo("FRDMIL");
        int first = text.indexOf("officials met");
        assertThat(found).anyMatch(a -> a.code().equals("---GOV") && a.span().start() == first);
        // A sector word modifying a noun is no actor.
        int building = text.indexOf("officials building");
        assertThat(found).noneMatch(a -> a.span().start() == building);
    }

    @Test
    void anAgentFromOrInACountryIsThatCountrys() {
        String text = "A court in Freedonia heard officials from Sylvania while troops in Sylvania waited.";
        List<Actor> found = RESOLVER_WITH_COURTS.resolve(ActorTestSupport.annotate(text, LocalDate.of(2020, 1, 1)))
                .actors();
        assertThat(at(found, text, "court in Freedonia").code()).isEqualTo("FRDJUD");
        assertThat(at(found, text, "officials from Sylvania").code()).isEqualTo("SYLGOV");
        // "troops in X" are as often foreign troops: not made X's.
        int troops = text.indexOf("troops in");
        assertThat(found).noneMatch(a -> a.span().start() == troops && a.code().startsWith("SYL"));
    }

    private static final ActorResolver RESOLVER_WITH_COURTS = new ActorResolver(ActorDictionary.parse("test.tsv",
            DICT + "court\t~JUD\n"));

    @Test
    void itsOrTheirBeforeAnAgentRefersToTheNearestCountryBefore() {
        String text = "Freedonia said its troops crossed the river.";
        List<Actor> found = actors(text, LocalDate.of(2020, 1, 1));
        assertThat(at(found, text, "its troops").code()).isEqualTo("FRDMIL");
        String alone = "Its troops crossed the river.";
        assertThat(actors(alone, LocalDate.of(2020, 1, 1))).noneMatch(a -> a.code().startsWith("FRD"));
    }
}
