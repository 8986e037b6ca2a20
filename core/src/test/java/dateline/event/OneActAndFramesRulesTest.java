package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One act coded once ({@link OneAct}), and acts named but not done (the purpose, persuasion and expectation rules of
 * {@link UndoneComplement}, {@link ForecastClause}, {@link EventCoder}; family history in {@link CareerClause}).
 * Through CoreNLP, on sentences written for this test.
 */
class OneActAndFramesRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("one act and frames", """
            The Kenyan foreign minister announced plans that President Ruto will visit Ethiopia next month.
            Egypt plans to urge the Sudanese generals to agree on ending the siege of El Fasher.
            A suicide bomber detonated explosives at a Nigerian army checkpoint, killing two soldiers and injuring five others.
            Canada's new levies are aimed at raising revenue and pressuring Vietnamese exporters to cut prices.
            The levies are part of an effort to persuade Japanese carmakers to close their operations overseas and move them home.
            A Japanese admiral said he expects China to launch a new missile test soon.
            China said it expects to hold talks with Japan next week.
            When her husband died in 1931, Lee's mother decided to take her children back to Poland.
            When her husband died in 2019, Lee's mother decided to take her children back to Poland.
                        The opposition leader was jailed in March but hope for a fair trial has been dashed by new charges.
            """);

    @Test
    void anAnnouncedIntentAndItsContentAreOneIntentWithTheTarget() {
        assertThat(coded.events("The Kenyan foreign minister announced plans that President Ruto will visit Ethiopia"
                + " next month.")).isNotEmpty().allMatch(e -> e.startsWith("03") && e.endsWith(">ETH"));
        assertThat(coded.outcomes("The Kenyan foreign minister announced plans that President Ruto will visit"
                + " Ethiopia next month.")).anyMatch(o -> o.startsWith("announce: dropped: one stated intent"));
    }

    @Test
    void onlyTheOutermostActUnderAPlannedAppealIsCoded() {
        assertThat(coded.events("Egypt plans to urge the Sudanese generals to agree on ending the siege of El Fasher."))
                .isNotEmpty().allMatch(e -> e.startsWith("03") && e.contains(" EGY"));
        assertThat(coded.outcomes("Egypt plans to urge the Sudanese generals to agree on ending the siege of El"
                + " Fasher.")).anyMatch(o -> o.startsWith("urge: dropped: inside what 'plans' embeds"));
    }

    @Test
    void aParticipleOfResultIsTheSameAttack() {
        assertThat(coded.events("A suicide bomber detonated explosives at a Nigerian army checkpoint, killing two"
                + " soldiers and injuring five others.")).anyMatch(e -> e.startsWith("18") && e.contains(">NGA"))
                .noneMatch(e -> e.endsWith(">-"));
        assertThat(coded.outcomes("A suicide bomber detonated explosives at a Nigerian army checkpoint, killing two"
                + " soldiers and injuring five others.")).anyMatch(o -> o.contains("dropped: the same attack as"));
    }

    @Test
    void whatAMeasureIsAimedAtIsNotDone() {
        assertThat(coded.events("Canada's new levies are aimed at raising revenue and pressuring Vietnamese exporters to"
                + " cut prices.")).noneMatch(e -> e.startsWith("17"));
        assertThat(coded.outcomes("Canada's new levies are aimed at raising revenue and pressuring Vietnamese exporters"
                + " to cut prices.")).anyMatch(o -> o.startsWith("pressure: dropped: what 'aimed at' names"));
    }

    @Test
    void whatAnEffortWouldPersuadeSomeoneToDoIsNotDone() {
        assertThat(coded.events("The levies are part of an effort to persuade Japanese carmakers to close their"
                + " operations overseas and move them home.")).noneMatch(e -> e.startsWith("08"));
        assertThat(coded.outcomes("The levies are part of an effort to persuade Japanese carmakers to close their"
                + " operations overseas and move them home.")).anyMatch(o -> o.startsWith("close: dropped: brought about"));
    }

    @Test
    void aThirdPartysExpectationIsNoActOfTheExpected() {
        assertThat(coded.events("A Japanese admiral said he expects China to launch a new missile test soon."))
                .noneMatch(e -> e.contains(" CHN"));
        assertThat(coded.outcomes("A Japanese admiral said he expects China to launch a new missile test soon."))
                .anyMatch(o -> o.startsWith("launch: dropped: what 'he' expects 'China' to do"));
        assertThat(coded.events("China said it expects to hold talks with Japan next week."))
                .anyMatch(e -> e.startsWith("03") && e.contains("CHN>JPN"));
    }

    @Test
    void aPrivatePersonsActDecadesBeforeTheStoryIsFamilyHistory() {
        assertThat(coded.events("When her husband died in 1931, Lee's mother decided to take her children back"
                + " to Poland.")).isEmpty();
        assertThat(coded.outcomes("When her husband died in 1931, Lee's mother decided to take her children back"
                + " to Poland.")).anyMatch(o -> o.contains("dropped: a private person's act dated 1931"));
        assertThat(coded.events("When her husband died in 2019, Lee's mother decided to take her children back to"
                + " Poland.")).anyMatch(e -> e.startsWith("03"));
    }

    @Test
    void aPluralPresentVerbSharesNoSingularSubject() {
        assertThat(coded.events("The opposition leader was jailed in March but hope for a fair trial has been"
                + " dashed by new charges.")).noneMatch(e -> e.startsWith("013"));
    }
}
