package dateline.actor;

import static dateline.actor.ActorTestSupport.at;
import static dateline.actor.ActorTestSupport.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors the event coder needs (issue 15, item 6 and the country guard): a title before a name no dictionary
 * knows, regional bodies and blocs, namesakes told apart by context and date, and a country named inside the
 * mention. Sentences, countries and people are invented for these tests; the bodies come from the bundled files.
 */
class TitlesBodiesAndNamesakesTest {
    private static final String DICT = """
            Freedonia	FRD	Freedonian; Freedonians; Fredville
            Sylvania	SYL	Sylvanian; Sylvanians; Sylvan City
            Abdullah Abdullah	SYLGOV 2001-01-01..2005-01-01 Foreign Minister of Sylvania	Foreign Minister Abdullah
            Omar Haddad	FRDGOV 2010-01-01..2020-01-01 President of Freedonia
            Omar Haddad	SYLGOV 2015-01-01.. Prime Minister of Sylvania
            Tariq Hassan	SYLGOV 1990-01-01..1995-01-01 Defence Minister of Sylvania	Hassan
            president	~GOV
            foreign minister	~GOV
            general	~MIL
            officials	~GOV	official
            rebels	~REB	rebel; rebel group
            troops	~MIL	army
            publisher	~MED
            Reuters	MED
            minister	~GOV
            Christian	~CHR	Christians
            """;
    private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.parse("test.tsv", DICT));
    private static final LocalDate DATE = LocalDate.of(2018, 5, 1);

    private static List<Actor> actors(String text) {
        return actors(text, DATE, null);
    }

    private static List<Actor> actors(String text, LocalDate date, String dateline) {
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, dateline, null, date, null,
                text, List.of(), List.of(), "en", List.of());
        return RESOLVER.resolve(Seed.annotator().annotate(a)).actors();
    }

    @Test
    void aTitleBeforeAnUnknownNameTakesTheCountryBeforeIt() {
        String text = "Freedonian President Ramon Ortiz thanked Sylvania's Foreign Minister Lena Brandt.";
        List<Actor> found = actors(text);
        Actor ortiz = at(found, text, "Freedonian President Ramon Ortiz");
        assertThat(ortiz.code()).isEqualTo("FRDGOV");
        assertThat(ortiz.name()).isEqualTo("Ramon Ortiz");
        assertThat(ortiz.role()).isEqualTo("President of Freedonia");
        Actor brandt = at(found, text, "Sylvania's Foreign Minister Lena Brandt");
        assertThat(brandt.code()).isEqualTo("SYLGOV");
        assertThat(brandt.name()).isEqualTo("Lena Brandt");
    }

    @Test
    void aCountryAfterTheNameOrTheSentencesOnlyCountryGivesTheCountry() {
        String of = "Foreign Minister Abdullah Kamal of Freedonia arrived on Monday.";
        Actor kamal = at(actors(of), of, "Foreign Minister Abdullah Kamal of Freedonia");
        assertThat(kamal.code()).as("not the dictionary's 'Foreign Minister Abdullah' of Sylvania").isEqualTo("FRDGOV");
        assertThat(kamal.name()).isEqualTo("Abdullah Kamal");
        String only = "General Mbeki ordered the attack on Sylvan City.";
        Actor mbeki = at(actors(only), only, "General Mbeki");
        assertThat(mbeki.code()).as("the title's sector, the sentence's only country").isEqualTo("SYLMIL");
        assertThat(mbeki.rule()).contains("sentence's country");
    }

    @Test
    void withoutACountryInTheSentenceTheCountryIsUnknownWhateverTheDateline() {
        // The dateline is where the story is, not whose the person is (TitledNameCountry, seventh round).
        String text = "President Ortiz spoke to reporters on Monday.";
        Actor withDateline = at(actors(text, DATE, "FREDVILLE"), text, "President Ortiz");
        assertThat(withDateline.code()).isEqualTo("---GOV");
        Actor none = at(actors(text, DATE, null), text, "President Ortiz");
        assertThat(none.code()).isEqualTo("---GOV");
        assertThat(none.country()).isNull();
    }

    @Test
    void theLastNameAloneLaterInTheArticleIsTheSamePerson() {
        String text = "Freedonian President Ramon Ortiz arrived on Monday. Ortiz met officials of Sylvania.";
        List<Actor> found = actors(text);
        int second = text.lastIndexOf("Ortiz");
        Actor again = found.stream().filter(a -> a.span().start() == second).findFirst().orElseThrow();
        assertThat(again.code()).isEqualTo("FRDGOV");
        assertThat(again.antecedent()).isEqualTo(at(found, text, "Freedonian President Ramon Ortiz").span());
    }

    @Test
    void theTitleAgainLaterTakesTheCountryFirstGivenAndANamesakeByLastNameIsNot() {
        String text = "Freedonian publisher Jimmy Lai was jailed on Monday. "
                + "Later publisher Lai met President Ortiz and Sebastien Lai.";
        List<Actor> found = actors(text);
        Actor again = at(found, text, "publisher Lai");
        assertThat(again.code()).isEqualTo("FRDMED");
        assertThat(again.rule()).contains("titled earlier");
        int son = text.indexOf("Sebastien Lai");
        assertThat(found).noneMatch(a -> a.span().start() == son);
    }

    @Test
    void aSectorWordTaggedAsPartOfTheNameIsTheNames() {
        String text = "Minister Christian Lindner visited Fredville on Monday.";
        Actor a = at(actors(text), text, "Minister Christian Lindner");
        assertThat(a.code()).isEqualTo("FRDGOV");
        assertThat(a.name()).isEqualTo("Christian Lindner");
    }

    @Test
    void kindsOfActorAreNoCountries() {
        ActorDictionary d = ActorDictionary.parse("test.tsv", DICT);
        assertThat(d.isCountry("FRD")).isTrue();
        assertThat(d.isCountry("MED")).as("Reuters is MED, a kind of actor").isFalse();
        assertThat(d.countryOfPlace("FREDVILLE")).isEqualTo("FRD");
        assertThat(d.countryOfPlace("Reuters")).isNull();
    }

    @Test
    void namesakesAreToldApartByTheCountriesOfTheContext() {
        String sylvania = "Omar Haddad visited Sylvan City on Monday.";
        assertThat(at(actors(sylvania), sylvania, "Omar Haddad").code()).isEqualTo("SYLGOV");
        String freedonia = "Omar Haddad visited Fredville on Monday.";
        assertThat(at(actors(freedonia), freedonia, "Omar Haddad").code()).isEqualTo("FRDGOV");
    }

    @Test
    void theSameNameInALaterFileIsTheSamePersonNotANamesake() {
        List<DictionaryEntry> entries = new java.util.ArrayList<>(DictionaryFormat.parse("maintained.tsv", DICT
                + "Lena Brandt\tSYLGOV 2019-01-01.. President of Sylvania\n"));
        entries.addAll(DictionaryFormat.parse("imported.tsv", "Lena Brandt\tFRDGOV 2015-01-01..\n"));
        ActorResolver resolver = new ActorResolver(new ActorDictionary(entries, Offices.bundled()));
        String text = "Lena Brandt visited Fredville on Monday.";
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, null, null, DATE.plusYears(2),
                null, text, List.of(), List.of(), "en", List.of());
        List<Actor> found = resolver.resolve(Seed.annotator().annotate(a)).actors();
        assertThat(at(found, text, "Lena Brandt").code()).as("the maintained file's role stands").isEqualTo("SYLGOV");
    }

    @Test
    void namesakesAreToldApartByTheRoleHeldOnTheDate() {
        String text = "Omar Haddad spoke to reporters on Monday.";
        Actor in2012 = at(actors(text, LocalDate.of(2012, 1, 1), null), text, "Omar Haddad");
        Actor in2022 = at(actors(text, LocalDate.of(2022, 1, 1), null), text, "Omar Haddad");
        assertThat(in2012.role()).isEqualTo("President of Freedonia");
        assertThat(in2022.role()).isEqualTo("Prime Minister of Sylvania");
        assertThat(in2022.rule()).contains("namesake");
    }

    @Test
    void aSharedSurnameAloneIsNoFormerMinisterOfACountryNoOneNames() {
        String text = "Hassan spoke to reporters in Fredville on Monday.";
        assertThat(actors(text)).noneMatch(a -> a.span().start() == 0);
        String named = "Hassan spoke to reporters in Sylvan City on Monday.";
        assertThat(at(actors(named), named, "Hassan").code()).as("Sylvania is named: the former minister")
                .isEqualTo("SYLELI");
        String inOffice = "Hassan spoke to reporters in Fredville on Monday.";
        assertThat(at(actors(inOffice, LocalDate.of(1992, 1, 1), null), inOffice, "Hassan").code())
                .as("in office on the date").isEqualTo("SYLGOV");
    }

    @Test
    void theBundledPresidentBushIsTheOneInOfficeOnTheDate() {
        String text = "President Bush met Chinese leaders in Beijing.";
        List<Actor> in2008 = ActorTestSupport.resolver()
                .resolve(ActorTestSupport.annotate(text, LocalDate.of(2008, 8, 7))).actors();
        List<Actor> in1990 = ActorTestSupport.resolver()
                .resolve(ActorTestSupport.annotate(text, LocalDate.of(1990, 8, 7))).actors();
        assertThat(at(in2008, text, "President Bush").name()).isEqualTo("George W. Bush");
        assertThat(at(in2008, text, "President Bush").code()).isEqualTo("USAGOV");
        assertThat(at(in1990, text, "President Bush").name()).isEqualTo("George Bush");
    }

    @Test
    void aCountryNamedInTheMentionIsNeverLeftUnknown() {
        String text = "Syria's main rebel group attacked Iranian senior officials and the Turkish army.";
        List<Actor> found = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
        assertThat(codesAt(found, text, "Syria's main rebel group", "Iranian senior officials", "Turkish army"))
                .containsExactly("SYRREB", "IRNGOV", "TURMIL");
        assertThat(found).noneMatch(a -> a.code().startsWith("---"));
        assertThat(found).as("Syria is part of the rebels' mention, not an actor of its own")
                .noneMatch(a -> a.code().equals("SYR"));
        // A determiner starts another noun phrase: "Iran" does not own "the army".
        String other = "In Iran the army stayed in its barracks.";
        List<Actor> f2 = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(other, DATE)).actors();
        assertThat(f2).noneMatch(a -> a.code().equals("IRNMIL") && a.span().start() == other.indexOf("Iran"));
    }

    @Test
    void itsPrefersACountryOrBodyToAPerson() {
        String text = "Sylvania said Omar Haddad moved its troops to the border.";
        assertThat(at(actors(text), text, "its troops").code()).isEqualTo("SYLMIL");
    }

    @Test
    void regionalBodiesAndBlocsResolveToTheirCodes() {
        String text = "The African Union, the Gulf Cooperation Council, the G20, BRICS, Mercosur, APEC, the OSCE "
                + "and the West condemned the coup.";
        List<Actor> found = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
        assertThat(codesAt(found, text, "The African Union", "the Gulf Cooperation Council", "the G20", "BRICS",
                "Mercosur", "APEC", "the OSCE", "the West")).containsExactly("IGOAFRAFU", "IGOPGSGCC", "IGOGTW", "IGOBRC",
                        "IGOSAMMER", "IGOASAAPC", "IGOEURSCE", "WST");
        String more = "Western diplomats said the WHO and NATO had warned ECOWAS about the West Bank.";
        List<Actor> f2 = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(more, DATE)).actors();
        assertThat(codesAt(f2, more, "Western diplomats", "WHO", "NATO"))
                .containsExactly("WSTGOV", "IGOUNOHLHWHO", "IGOWSTNAT");
        assertThat(at(f2, more, "ECOWAS").code()).startsWith("IGOWAF");
        assertThat(at(f2, more, "West Bank").code()).as("not 'the West'").isEqualTo("PSE");
        String region = "Kings of the West African kingdom met in the West Java province.";
        List<Actor> f4 = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(region, DATE)).actors();
        assertThat(f4).noneMatch(a -> a.code().startsWith("WST"));
        String name = "The rapper Kanye West arrived in Paris.";
        List<Actor> f3 = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(name, DATE)).actors();
        assertThat(f3).noneMatch(a -> a.code().equals("WST"));
    }
}
