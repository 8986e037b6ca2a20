package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Things coded that are no events and acts not done (issue 15, ninth round): considering an act is CAMEO 014, not
 * the act ({@code frames.tsv}); a question asked is no request ({@link AskedQuestion}); private travel is no visit
 * ({@link PrivateTravel}); an appeal said to come is intent ({@code roots.tsv}, future of 02); what it is the time
 * for, and an act that only names a category by a recurring practice, are not done ({@link OccasionClause}); a
 * disposition is no act ({@link DispositionClause}); words of a poem or song are art ({@link LiteraryWork}); a
 * frame said to come is judged as a forecast like any future act ({@link ForecastClause}).
 * Through CoreNLP, on sentences written for this test, each rule with controls that stay coded.
 */
class NotAnEventRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("not an event", """
            Egypt is eyeing a gas agreement with Cyprus.
            Morocco is eyeing a defence agreement with Spain to counter Algerian influence.
            Germany is weighing new sanctions against Iran.
            Seoul is contemplating new sanctions against North Korea.
            Japan is pondering new sanctions against Russia.
            Brazil is exploring a free trade agreement with Mexico.
            Germany imposed new sanctions on Iran.
            Asked by a journalist whether Brazil would lift its tariffs on Argentine wheat, the Brazilian president said the talks were going well.
            Reporters asked the Kenyan foreign minister if Nairobi might recall its ambassador from Uganda.
            The Indian foreign minister asked what Beijing would do about the border dispute.
            The Turkish president was asked about the Swedish envoy.
            Pakistan asked India to release the fishermen.
            Chad asked France for military aid.
            More than 3 million Russian tourists visited Turkey last year.
            Thousands of Chinese students visited Australia in the first half of the year.
            Nigerian migrants travelled to Italy in record numbers.
            Some 40,000 pilgrims from Iran visited Iraq during the holiday.
            The Chinese foreign minister visited Vietnam on Tuesday.
            The Chilean president said he would ask Peru to extradite the banker.
            Indonesia said it would urge Australia to return the asylum seekers.
            The Spanish prime minister will invite Morocco's king to the summit, his office said.
            The Chilean president asked Peru to extradite the banker.
            Now is not the time for the European Union to consider lifting sanctions on Belarus.
            It is high time for Moscow to release the detained journalists.
            This is not the moment for Japan to send troops to the region.
            The minister said it was time for Israel to withdraw its troops from Lebanon.
            Moscow released the detained journalists on Friday.
            Critics fear being added to the lists of dissidents arrested by the Iranian police each year.
            Rights groups keep a list of journalists arrested by the Turkish police every year.
            The report counts protesters detained by Belarusian security forces each month.
            The Iranian police arrested dissidents on Monday.
            Bolivia condemned the arrests of farmers detained by Peruvian police last week.
            "I see no signs that the Iranians are interested in talking to the Americans," an analyst said.
            Tokyo will certainly be keen on encouraging Manila to resist Chinese pressure.
            The Serbian government is interested in buying fighter jets from France.
            Israel will conclude that Hamas is not serious about reaching a deal with Egypt.
            The Serbian government is ready to buy fighter jets from France.
            "The river weeps for its children," the Chilean poet once lamented in a poem.
            The Ukrainian singer mocked the Russian president in a song.
            In a novel, the Turkish writer criticized the army.
            The Chilean president lamented the decision of Peru in a speech.
            An analyst said Japan would promise aid to the Philippines.
            Japan said it would send aid to the Philippines.
            """);

    @Test
    void consideringAnActIsConsideringAPolicyOptionNotTheAct() {
        assertThat(coded.events("Egypt is eyeing a gas agreement with Cyprus."))
                .contains("014 EGY>CYP").noneMatch(e -> e.startsWith("05"));
        assertThat(coded.events("Morocco is eyeing a defence agreement with Spain to counter Algerian influence."))
                .contains("014 MAR>ESP").noneMatch(e -> e.startsWith("05") || e.startsWith("06"));
        assertThat(coded.events("Germany is weighing new sanctions against Iran."))
                .anyMatch(e -> e.startsWith("014 DEU")).noneMatch(e -> e.startsWith("16") || e.startsWith("13"));
        assertThat(coded.events("Seoul is contemplating new sanctions against North Korea."))
                .contains("014 KOR>PRK").noneMatch(e -> e.startsWith("16") || e.startsWith("13"));
        assertThat(coded.events("Japan is pondering new sanctions against Russia.")).contains("014 JPN>RUS");
        assertThat(coded.events("Brazil is exploring a free trade agreement with Mexico."))
                .anyMatch(e -> e.startsWith("014 BRA")).noneMatch(e -> e.startsWith("05") || e.startsWith("03"));
        assertThat(coded.events("Now is not the time for the European Union to consider lifting sanctions on"
                + " Belarus.")).noneMatch(e -> e.startsWith("03") || e.startsWith("08"));
    }

    @Test
    void anActDoneStaysCoded() {
        assertThat(coded.events("Germany imposed new sanctions on Iran.")).contains("163 DEU>IRN");
    }

    @Test
    void aQuestionAskedIsNoRequest() {
        assertThat(coded.events("Asked by a journalist whether Brazil would lift its tariffs on Argentine wheat, the"
                + " Brazilian president said the talks were going well.")).noneMatch(e -> e.startsWith("02"));
        assertThat(coded.outcomes("Asked by a journalist whether Brazil would lift its tariffs on Argentine wheat,"
                + " the Brazilian president said the talks were going well."))
                .anyMatch(o -> o.startsWith("ask: dropped: a question ('Asked whether'"));
        assertThat(coded.events("Reporters asked the Kenyan foreign minister if Nairobi might recall its ambassador"
                + " from Uganda.")).noneMatch(e -> e.startsWith("02"));
        assertThat(coded.events("The Indian foreign minister asked what Beijing would do about the border dispute."))
                .noneMatch(e -> e.startsWith("02"));
        assertThat(coded.events("The Turkish president was asked about the Swedish envoy."))
                .noneMatch(e -> e.startsWith("02"));
    }

    @Test
    void aRequestStaysAnAppeal() {
        assertThat(coded.events("Pakistan asked India to release the fishermen."))
                .anyMatch(e -> e.startsWith("02") && e.endsWith("PAK>IND"));
        assertThat(coded.events("Chad asked France for military aid."))
                .anyMatch(e -> e.startsWith("02") && e.endsWith("TCD>FRA"));
    }

    @Test
    void privateTravelIsNoVisit() {
        assertThat(coded.events("More than 3 million Russian tourists visited Turkey last year.")).isEmpty();
        assertThat(coded.outcomes("More than 3 million Russian tourists visited Turkey last year."))
                .anyMatch(o -> o.startsWith("visit: dropped: private travel ('tourists')"));
        assertThat(coded.events("Thousands of Chinese students visited Australia in the first half of the year."))
                .noneMatch(e -> e.startsWith("04"));
        assertThat(coded.events("Nigerian migrants travelled to Italy in record numbers."))
                .noneMatch(e -> e.startsWith("04"));
        assertThat(coded.events("Some 40,000 pilgrims from Iran visited Iraq during the holiday."))
                .noneMatch(e -> e.startsWith("04"));
    }

    @Test
    void aMinistersVisitStaysAVisit() {
        assertThat(coded.events("The Chinese foreign minister visited Vietnam on Tuesday.")).contains("042 CHNGOV>VNM");
    }

    @Test
    void anAppealSaidToComeIsIntent() {
        assertThat(coded.events("The Chilean president said he would ask Peru to extradite the banker."))
                .contains("030 CHLGOV>PER").noneMatch(e -> e.startsWith("02"));
        assertThat(coded.events("Indonesia said it would urge Australia to return the asylum seekers."))
                .anyMatch(e -> e.startsWith("030 IDN")).noneMatch(e -> e.startsWith("02"));
        assertThat(coded.events("The Spanish prime minister will invite Morocco's king to the summit, his office"
                + " said.")).anyMatch(e -> e.startsWith("03") && e.startsWith("03") && e.contains("ESPGOV>"))
                .noneMatch(e -> e.startsWith("02"));
        assertThat(coded.events("The Chilean president asked Peru to extradite the banker."))
                .anyMatch(e -> e.startsWith("02") && e.endsWith("CHLGOV>PER"));
    }

    @Test
    void whatItIsTheTimeForIsNotDone() {
        assertThat(coded.events("It is high time for Moscow to release the detained journalists.")).isEmpty();
        assertThat(coded.events("This is not the moment for Japan to send troops to the region.")).isEmpty();
        // A frame verb is judged by its own clause only: the infinitive on "time" is what drops it.
        assertThat(coded.outcomes("Now is not the time for the European Union to consider lifting sanctions on"
                + " Belarus.")).anyMatch(o -> o.startsWith("consider: dropped: what it is the time for"));
        assertThat(coded.events("The minister said it was time for Israel to withdraw its troops from Lebanon."))
                .noneMatch(e -> e.contains(" ISR"));
        assertThat(coded.events("Moscow released the detained journalists on Friday."))
                .anyMatch(e -> e.startsWith("08") && e.contains(" RUS"));
    }

    @Test
    void aCategoryNamedByARecurringPracticeIsNoEvent() {
        assertThat(coded.events("Critics fear being added to the lists of dissidents arrested by the Iranian police"
                + " each year.")).noneMatch(e -> e.contains("IRNCOP"));
        assertThat(coded.outcomes("Critics fear being added to the lists of dissidents arrested by the Iranian"
                + " police each year.")).anyMatch(o -> o.contains("dropped: a recurring practice ('each year')"));
        assertThat(coded.events("Rights groups keep a list of journalists arrested by the Turkish police every"
                + " year.")).noneMatch(e -> e.contains("TURCOP"));
        assertThat(coded.events("The report counts protesters detained by Belarusian security forces each month."))
                .noneMatch(e -> e.startsWith("17"));
    }

    @Test
    void anArrestOnAnOccasionStaysCoded() {
        assertThat(coded.events("The Iranian police arrested dissidents on Monday."))
                .anyMatch(e -> e.startsWith("173 IRNCOP"));
        assertThat(coded.events("Bolivia condemned the arrests of farmers detained by Peruvian police last week."))
                .anyMatch(e -> e.startsWith("173 PERCOP"));
    }

    @Test
    void aDispositionIsNoActAndNoIntent() {
        String noSigns = "\"I see no signs that the Iranians are interested in talking to the Americans,\" an analyst"
                + " said.";
        assertThat(coded.events(noSigns)).noneMatch(e -> e.contains("IRN"));
        assertThat(coded.outcomes(noSigns)).anyMatch(o -> o.contains("dropped: a disposition ('interested in talking'"));
        assertThat(coded.events("Tokyo will certainly be keen on encouraging Manila to resist Chinese pressure."))
                .isEmpty();
        assertThat(coded.events("The Serbian government is interested in buying fighter jets from France."))
                .noneMatch(e -> e.contains("SRBGOV"));
        assertThat(coded.outcomes("Israel will conclude that Hamas is not serious about reaching a deal with Egypt."))
                .anyMatch(o -> o.contains("dropped: a disposition ('serious about reaching'"));
    }

    @Test
    void aStatedReadinessStaysIntent() {
        assertThat(coded.events("The Serbian government is ready to buy fighter jets from France."))
                .anyMatch(e -> e.startsWith("03") && e.contains("SRBGOV"));
    }

    @Test
    void wordsOfAPoemASongOrANovelAreNoAct() {
        assertThat(coded.outcomes("\"The river weeps for its children,\" the Chilean poet once lamented in a poem."))
                .anyMatch(o -> o.startsWith("lament: dropped: said in a poem"));
        assertThat(coded.events("The Ukrainian singer mocked the Russian president in a song.")).isEmpty();
        assertThat(coded.outcomes("The Ukrainian singer mocked the Russian president in a song."))
                .anyMatch(o -> o.startsWith("mock: dropped: said in a song"));
        assertThat(coded.events("In a novel, the Turkish writer criticized the army.")).isEmpty();
        assertThat(coded.events("The Chilean president lamented the decision of Peru in a speech."))
                .anyMatch(e -> e.startsWith("11") && e.endsWith("CHLGOV>PER"));
    }

    @Test
    void aFrameSaidToComeByAnotherPartyIsAForecast() {
        assertThat(coded.events("An analyst said Japan would promise aid to the Philippines.")).isEmpty();
        assertThat(coded.outcomes("An analyst said Japan would promise aid to the Philippines."))
                .anyMatch(o -> o.startsWith("promise: dropped: 'analyst' says what 'Japan' will do"));
        assertThat(coded.events("Japan said it would send aid to the Philippines."))
                .anyMatch(e -> e.startsWith("03") && e.endsWith("JPN>PHL"));
    }
}
