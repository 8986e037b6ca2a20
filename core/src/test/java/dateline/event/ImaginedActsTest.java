package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acts a sentence imagines or asks for, and private people's words (issue 15, eleventh round): an analogy, a
 * supposed consequence, a generic or conditional participle and a hope about another's act ({@link
 * ImaginedClause}); the acts an appeal asks for below its frame ({@link CalledForAct}); a private person's
 * statement or disapproval ({@link PrivatePerson}). Through CoreNLP, on sentences written for this test, each rule
 * with controls that stay coded.
 */
class ImaginedActsTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("imagined acts", """
            It is like the army is attacking its own people, the opposition leader said.
            It felt like Russia had invaded our country again, the Ukrainian mayor said.
            Ankara behaves as if it had already annexed the northern part of Cyprus.
            The Nicaraguan police acted as though they had arrested the entire opposition.
            It is a bit like the government is prosecuting its own critics, a Kenyan lawyer said.
            Russia invaded Ukraine just like it invaded Georgia in 2008.
            Venezuela is seeking weapons from Iran, which would violate a United Nations embargo.
            The bill lets the Turkish police detain suspects for a month, a change that would violate the European convention.
            Hungary may veto the aid package, which would block funding for Ukraine.
            Venezuela violated the United Nations embargo.
            Rebels usually flee into the hills when attacked by army troops.
            Whenever attacked by the militia, the villagers escape across the river.
            Fishermen often flee when threatened by the Sri Lankan navy.
            The rebels fled into the hills when attacked by army troops on Tuesday.
            The Kenyan foreign minister said he hoped that Russia would withdraw its troops.
            Japan hopes China will release the detained businessman.
            The Pope prayed that the rebels would lay down their arms.
            Japan hopes to sign a trade deal with Vietnam.
            The senators called for Iran to reciprocate by releasing the prisoners.
            European defence ministers met this week after calls for sending more weapons to Kyiv.
            Polish leaders renewed their calls for expelling Russian diplomats.
            Iran released the prisoners after the senators called for talks.
            An engineer at the plant criticized the Brazilian government in an interview.
            A shopkeeper in Kabul denounced the Taliban's new rules.
            A college student in Seoul said she agreed with the government's policy.
            A shopkeeper was shot dead by Taliban fighters.
            The Kenyan trade minister criticized the Ugandan government.
            “It’s kind of like the government is prosecuting a case, and the judge is also the government,” Dakin-Grimm said.
            An Airbus engineer criticized the French government in an interview.
            """);

    @Test
    void anAnalogyIsNoAct() {
        assertThat(coded.outcomes("It is like the army is attacking its own people, the opposition leader said."))
                .anyMatch(o -> o.equals("attack: dropped: an analogy ('like ... attacking'), not an act"));
        assertThat(coded.outcomes("It felt like Russia had invaded our country again, the Ukrainian mayor said."))
                .anyMatch(o -> o.startsWith("invade: dropped: an analogy"));
        assertThat(coded.events("Ankara behaves as if it had already annexed the northern part of Cyprus."))
                .noneMatch(e -> e.startsWith("19"));
        assertThat(coded.outcomes("The Nicaraguan police acted as though they had arrested the entire opposition."))
                .anyMatch(o -> o.startsWith("arrest: dropped: an imagined comparison ('as though"));
        assertThat(coded.events("It is a bit like the government is prosecuting its own critics, a Kenyan lawyer"
                + " said.")).isEmpty();
        // A VOA sentence (public domain): the parser leaves the curled "’s" as a bare dependent of "kind".
        assertThat(coded.outcomes("“It’s kind of like the government is prosecuting a case, and the judge is also"
                + " the government,” Dakin-Grimm said."))
                .anyMatch(o -> o.startsWith("prosecute: dropped: an analogy"));
    }

    @Test
    void aComparisonWithAFactStaysCoded() {
        assertThat(coded.events("Russia invaded Ukraine just like it invaded Georgia in 2008."))
                .contains("192 RUS>UKR", "192 RUS>GEO");
    }

    @Test
    void aSupposedConsequenceIsNoAct() {
        assertThat(coded.events("Venezuela is seeking weapons from Iran, which would violate a United Nations"
                + " embargo.")).noneMatch(e -> e.contains("IGOUNO") || e.startsWith("12"));
        assertThat(coded.outcomes("The bill lets the Turkish police detain suspects for a month, a change that would"
                + " violate the European convention.")).anyMatch(o -> o.startsWith("violate: dropped: a supposed"
                        + " consequence ('that would violate')"));
        assertThat(coded.outcomes("Hungary may veto the aid package, which would block funding for Ukraine."))
                .anyMatch(o -> o.startsWith("block: dropped: a supposed consequence ('which would block')"));
        assertThat(coded.events("Venezuela violated the United Nations embargo.")).contains("128 VEN>IGOUNO");
    }

    @Test
    void aHabitOrAConditionIsNotOneAct() {
        assertThat(coded.outcomes("Rebels usually flee into the hills when attacked by army troops."))
                .anyMatch(o -> o.startsWith("attack: dropped: a habit ('when attacked' under 'flee')"));
        assertThat(coded.outcomes("Whenever attacked by the militia, the villagers escape across the river."))
                .anyMatch(o -> o.startsWith("attack: dropped: a condition or a habit ('whenever attacked')"));
        assertThat(coded.events("Fishermen often flee when threatened by the Sri Lankan navy.")).isEmpty();
        assertThat(coded.events("The rebels fled into the hills when attacked by army troops on Tuesday."))
                .contains("190 ---MIL>---REB");
    }

    @Test
    void aHopeAboutAnotherPartysActIsNeitherTheActNorIntent() {
        assertThat(coded.events("The Kenyan foreign minister said he hoped that Russia would withdraw its troops."))
                .isEmpty();
        assertThat(coded.outcomes("The Kenyan foreign minister said he hoped that Russia would withdraw its troops."))
                .anyMatch(o -> o.startsWith("withdraw: dropped: hoped for of another party"));
        assertThat(coded.events("Japan hopes China will release the detained businessman.")).isEmpty();
        assertThat(coded.outcomes("The Pope prayed that the rebels would lay down their arms."))
                .anyMatch(o -> o.startsWith("lay: dropped: hoped for of another party"));
        assertThat(coded.events("Japan hopes to sign a trade deal with Vietnam.")).contains("032 JPN>VNM");
    }

    @Test
    void anActAskedForIsNotDoneByItsDoer() {
        assertThat(coded.events("The senators called for Iran to reciprocate by releasing the prisoners."))
                .containsExactly("020 ---LEG>IRN");
        assertThat(coded.outcomes("European defence ministers met this week after calls for sending more weapons to"
                + " Kyiv.")).anyMatch(o -> o.startsWith("send: dropped: asked for ('calls ... sending')"));
        assertThat(coded.outcomes("Polish leaders renewed their calls for expelling Russian diplomats."))
                .anyMatch(o -> o.startsWith("expel: dropped: asked for"));
        assertThat(coded.events("Iran released the prisoners after the senators called for talks."))
                .contains("0841 IRN>---CVL");
    }

    @Test
    void aPrivatePersonsWordsAreNoEvent() {
        assertThat(coded.outcomes("An engineer at the plant criticized the Brazilian government in an interview."))
                .anyMatch(o -> o.equals("criticize: dropped: a private person's words ('engineer'): no party's"
                        + " statement or disapproval"));
        assertThat(coded.events("A shopkeeper in Kabul denounced the Taliban's new rules.")).isEmpty();
        assertThat(coded.outcomes("An Airbus engineer criticized the French government in an interview."))
                .anyMatch(o -> o.startsWith("criticize: dropped: a private person's words ('engineer')"));
        assertThat(coded.outcomes("A college student in Seoul said she agreed with the government's policy."))
                .anyMatch(o -> o.startsWith("agree: dropped: a private person's words ('student')"));
    }

    @Test
    void violenceAgainstAPrivatePersonAndAMinistersWordsStayCoded() {
        assertThat(coded.events("A shopkeeper was shot dead by Taliban fighters.")).contains("190 AFGREB>---BUS");
        assertThat(coded.events("The Kenyan trade minister criticized the Ugandan government."))
                .contains("111 KENGOV>UGAGOV");
    }
}
