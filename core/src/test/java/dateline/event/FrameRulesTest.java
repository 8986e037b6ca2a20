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
            "Egypt, Jordan and Qatar held talks in Cairo.",
            "Lebanon appealed to Germany for emergency food aid.",
            "Turkey threatened Sweden with economic sanctions.",
            "Japan urged China to halt its military exercises near Taiwan.",
            "Ghana urged Togo to settle the border dispute.",
            "Kenya threatened Somalia with military action.",
            "Students in Lima demanded the resignation of the Peruvian president.",
            "Bolivia rejected the Chilean peace plan.");

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
    void whatAnAppealIsForPicksItsSubCode() {
        // CAMEO splits each of 02, 03, 10 and 12 by what is asked for: aid of which kind, de-escalation, settlement.
        assertThat(events("Lebanon appealed to Germany for emergency food aid.")).containsExactly("0233 LBN>DEU");
        assertThat(events("Japan urged China to halt its military exercises near Taiwan.")).contains("0256 JPN>CHN");
        assertThat(events("Ghana urged Togo to settle the border dispute.")).containsExactly("027 GHA>TGO");
    }

    @Test
    void whatADemandOrRejectionIsAboutPicksItsSubCode() {
        assertThat(events("Students in Lima demanded the resignation of the Peruvian president."))
                .anyMatch(e -> e.startsWith("1041 "));
        // (The target from the object's demonym is the argument finder's: here only the code is asserted.)
        assertThat(events("Bolivia rejected the Chilean peace plan.")).singleElement().asString().startsWith("127 BOL>");
    }

    @Test
    void whatAThreatThreatensWithPicksItsSubCode() {
        // 13 splits threats by what is threatened: sanctions 1312, military force 138.
        assertThat(events("Turkey threatened Sweden with economic sanctions.")).containsExactly("1312 TUR>SWE");
        assertThat(events("Kenya threatened Somalia with military action.")).containsExactly("138 KEN>SOM");
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
