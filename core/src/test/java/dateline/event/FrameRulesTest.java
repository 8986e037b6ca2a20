package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Intent, appeal, demand, rejection and threat frames, future and unrealised acts, events without a target, and
 * coordinated actors, on sentences written for these tests (CAMEO codebook definitions), with the real actor stage.
 */
class FrameRulesTest {
    private static final List<String> SENTENCES = List.of(
            "Chile pledged to send police officers to Haiti.",
            "Ghana urged Togo to reopen the border.",
            "Kenya demanded the release of Ugandan soldiers.",
            "Iran threatened to attack Israel.",
            "Egypt refused to release the Sudanese soldiers.",
            "Peru will not lift the embargo on Cuba.",
            "Russia sent troops to fight the Chechen rebels.",
            "Colombian rebels laid down their arms.",
            "Indian farmers staged a protest.",
            "Britain, France and Germany condemned Iran.",
            "Japan and South Korea signed a fishing accord.",
            "Mali is willing to hold talks with Algeria.",
            "The Brazilian government declined to comment.",
            "Italy withdrew its troops from Albania.",
            "Australia, Canada and Japan offered to cooperate on refugees.",
            "Egypt, Jordan and Qatar held talks in Cairo.");

    private static CodedSentences coded;

    @BeforeAll
    static void annotate() {
        coded = CodedSentences.of("frames", SENTENCES);
    }

    private static List<String> events(String sentence) {
        return coded.events(sentence);
    }

    @Test
    void aPledgeCodesIntentNotTheActPledged() {
        assertThat(events("Chile pledged to send police officers to Haiti.")).isNotEmpty()
                .allMatch(e -> e.startsWith("03") && e.endsWith("CHL>HTI"));
    }

    @Test
    void anAppealNamesItsAddresseeAndTheActAskedFor() {
        // Reopening a border allows access (086): an appeal to allow involvement is 0255.
        assertThat(events("Ghana urged Togo to reopen the border.")).containsExactly("0255 GHA>TGO");
    }

    @Test
    void aDemandForAReleaseIs1053() {
        assertThat(events("Kenya demanded the release of Ugandan soldiers.")).containsExactly("1053 KEN>UGAMIL");
    }

    @Test
    void aThreatToAttackIsAThreatOfForce() {
        assertThat(events("Iran threatened to attack Israel.")).isNotEmpty()
                .allMatch(e -> e.startsWith("138") && e.endsWith("IRN>ISR"));
    }

    @Test
    void aRefusalToReleaseIs1243() {
        assertThat(events("Egypt refused to release the Sudanese soldiers.")).containsExactly("1243 EGY>SDNMIL");
    }

    @Test
    void aFutureCooperativeActNegatedIsARefusal() {
        assertThat(events("Peru will not lift the embargo on Cuba.")).containsExactly("1244 PER>CUB");
    }

    @Test
    void thePurposeOfAnActHasNotHappened() {
        // The troops were sent; the fighting is their purpose, not an event.
        assertThat(events("Russia sent troops to fight the Chechen rebels.")).noneMatch(e -> e.startsWith("19"));
    }

    @Test
    void yieldingAndProtestNeedNoTarget() {
        assertThat(events("Colombian rebels laid down their arms.")).containsExactly("0873 COLREB>-");
        assertThat(events("Indian farmers staged a protest.")).hasSize(1).allMatch(e -> e.matches("14\\d* IND\\w*>-"));
    }

    @Test
    void actorsListedTogetherAreNeverEachOthersTarget() {
        assertThat(events("Britain, France and Germany condemned Iran.")).containsExactlyInAnyOrder(
                "111 GBR>IRN", "111 FRA>IRN", "111 DEU>IRN");
    }

    @Test
    void aJointAgreementIsCodedBothWays() {
        assertThat(events("Japan and South Korea signed a fishing accord.")).contains("057 JPN>KOR", "057 KOR>JPN");
    }

    @Test
    void partiesThatEachOfferSomethingDoNotOfferItToEachOther() {
        // Three parties each offering the same thing are not offering it to each other.
        assertThat(events("Australia, Canada and Japan offered to cooperate on refugees."))
                .noneMatch(e -> e.matches("\\S+ (AUS|CAN|JPN)>(AUS|CAN|JPN)"));
    }

    @Test
    void partiesListedTogetherMeetEachOther() {
        // A reciprocal act with no other party holds between every two of them, however many are listed.
        List<String> events = events("Egypt, Jordan and Qatar held talks in Cairo.");
        assertThat(events).anyMatch(e -> e.matches("04\\d* EGY>JOR"))
                .anyMatch(e -> e.matches("04\\d* JOR>QAT"))
                .anyMatch(e -> e.matches("04\\d* QAT>EGY"));
    }

    @Test
    void aPredicativeAdjectiveFramesLikeAVerb() {
        assertThat(events("Mali is willing to hold talks with Algeria.")).containsExactly("036 MLI>DZA");
    }

    @Test
    void decliningToCommentIsAStatementNotARejection() {
        assertThat(events("The Brazilian government declined to comment.")).containsExactly("011 BRAGOV>-");
    }

    @Test
    void itsOwnTroopsAreNotTheTargetTheCountryItLeavesIs() {
        assertThat(events("Italy withdrew its troops from Albania.")).anyMatch(e -> e.startsWith("0874 ITA>ALB"))
                .noneMatch(e -> e.contains(">ITA"));
    }
}
