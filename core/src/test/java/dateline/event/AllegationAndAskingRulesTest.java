package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Allegations (112, the alleged act not done), claims of one's own act (015), wanting another party to act (an
 * appeal, 02), what a permission allows another party, and the place of what was suffered as the target of
 * sympathy: on sentences written for these tests from the CAMEO codebook's definitions, with the real actor stage.
 */
class AllegationAndAskingRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("allegations", """
            Ukraine alleged that Russian forces had shelled a hospital in Kharkiv.
            The report alleged that the Serbian army had contributed to planning the attacks on Kosovo.
            Kenya claimed that Somali militants had attacked a border post and seized two police officers.
            The rebels claimed that they had shot down a Syrian army helicopter.
            Iran claimed to have seized a British tanker in the Gulf.
            Nigeria said that Chadian troops had attacked a village.
            Japan wants China to release the detained fishermen.
            Peru wants to expand trade with Chile.
            Egypt would not give permission to Israel to send troops into Gaza.
            The Canadian prime minister expressed sorrow for the earthquake in Turkey.
            A spokesman for the Chinese foreign ministry criticised the Japanese defence plan.
            Ghana hopes to repair its damaged relationship with Togo.
            The Kenyan minister said that officials accused of fraud had resigned.
            Chile claimed that most Peruvian fishermen are poor.
            Chile alleged that the Peruvian judge was corrupt.
            """);

    @Test
    void anAllegationIsAnAccusationOfTheAllegedActorAndTheActIsNotCoded() {
        assertThat(coded.events("Ukraine alleged that Russian forces had shelled a hospital in Kharkiv."))
                .containsExactly("112 UKR>RUSMIL");
        // Every act joined in the alleged clause stays alleged.
        assertThat(coded.events("Kenya claimed that Somali militants had attacked a border post and seized two police"
                + " officers.")).containsExactly("112 KEN>SOMUAF");
    }

    @Test
    void anActUnderAnAllegedActIsAllegedToo() {
        assertThat(coded.events("The report alleged that the Serbian army had contributed to planning the attacks on"
                + " Kosovo.")).noneMatch(e -> e.startsWith("03") || e.startsWith("07") || e.startsWith("19"));
    }

    @Test
    void claimingOnesOwnActIsClaimingResponsibilityForIt() {
        assertThat(coded.events("The rebels claimed that they had shot down a Syrian army helicopter."))
                .containsExactly("015 ---REB>SYRMIL");
        assertThat(coded.events("Iran claimed to have seized a British tanker in the Gulf."))
                .singleElement().asString().startsWith("015 IRN>GBR");
    }

    @Test
    void aClaimOfHowThingsAreIsAStatementButAnAllegationOfAStateAccuses() {
        assertThat(coded.events("Chile claimed that most Peruvian fishermen are poor."))
                .noneMatch(e -> e.startsWith("11"));
        assertThat(coded.events("Chile alleged that the Peruvian judge was corrupt."))
                .anyMatch(e -> e.startsWith("112 CHL>PER"));
    }

    @Test
    void aPlainReportIsNoAllegation() {
        // "said" reports; only allegation and charge verbs hold their act back.
        assertThat(coded.events("Nigeria said that Chadian troops had attacked a village."))
                .anyMatch(e -> e.startsWith("19") && e.contains("TCDMIL>"));
    }

    @Test
    void wantingAnotherPartyToActIsAnAppealToIt() {
        assertThat(coded.events("Japan wants China to release the detained fishermen.")).containsExactly("0253 JPN>CHN");
        // Wanting to act oneself stays an intent.
        assertThat(coded.events("Peru wants to expand trade with Chile.")).allMatch(e -> e.startsWith("03"));
    }

    @Test
    void aPermissionNamesWhomItIsForAndWhatItAllowsIsNotDone() {
        // A refusal (12x) towards Israel, and no sending of troops.
        assertThat(coded.events("Egypt would not give permission to Israel to send troops into Gaza."))
                .singleElement().asString().startsWith("12").endsWith(" EGY>ISR");
    }

    @Test
    void aSpokesmanSpeaksForTheBodyHeSpeaksFor() {
        assertThat(coded.events("A spokesman for the Chinese foreign ministry criticised the Japanese defence plan."))
                .allMatch(e -> e.startsWith("11") && e.contains(" CHNGOV>"));
    }

    @Test
    void aParticipleDescribingANounIsNoActOfTheSpeaker() {
        // Who damaged the ties or accused the officials is not said; the speaker did neither.
        assertThat(coded.events("Ghana hopes to repair its damaged relationship with Togo."))
                .noneMatch(e -> e.startsWith("18"));
        assertThat(coded.events("The Kenyan minister said that officials accused of fraud had resigned."))
                .noneMatch(e -> e.startsWith("112"));
    }

    @Test
    void sympathyGoesToThePlaceOfWhatWasSuffered() {
        assertThat(coded.events("The Canadian prime minister expressed sorrow for the earthquake in Turkey."))
                .containsExactly("018 CANGOV>TUR");
    }
}
