package dateline.event;

import static dateline.event.ConlluFixture.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets shared across sibling clauses of one act ({@link SharedArgument}), on hand-written parses (CoNLL-U, no
 * CoreNLP): the recipient of a joined verb of giving, the beneficiary of a clause under a verb of giving, the
 * incumbent ousted in a conjunct of a seizure of power; and the cases where nothing may be shared.
 */
class SharedArgumentTest {
    private static List<String> targets(String name, String verb, String code) {
        ConlluFixture f = ConlluFixture.load("shared-arguments.conllu", name);
        ArgumentFinder args = f.finder(Set.of());
        return args.targetActors(f.token(verb), match(code)).stream()
                .map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void theRecipientOfAJoinedPaymentReceivesTheCessionToo() {
        assertThat(targets("britain-will-cede-the-islands-and-pay-mauritius", "cede", "035"))
                .contains("MUS SHARED_ARGUMENT");
    }

    @Test
    void theBeneficiaryOfAJoinedClauseOfGivingIsSharedAndSoIsItsOwn() {
        String s = "india-will-invest-and-cooperate-in-building-a-court-for-mauritius";
        assertThat(targets(s, "invest", "0311")).contains("MUS SHARED_ARGUMENT");
        assertThat(targets(s, "cooperate", "032")).contains("MUS SHARED_ARGUMENT");
    }

    @Test
    void aVerbOfAnotherKindSharesNothing() {
        assertThat(targets("mali-withdrew-from-ecowas-and-created-a-confederation", "created", "050"))
                .noneMatch(t -> t.startsWith("IGOWAFWAF"));
    }

    @Test
    void conjunctsWithDifferentSubjectsShareNothing() {
        assertThat(targets("japan-gave-aid-and-china-paid-nepal", "gave", "070")).isEmpty();
    }

    @Test
    void anActOfConflictSharesNothing() {
        // Sending troops coded as a show of force is no transfer, though "send" is a verb of giving.
        assertThat(targets("japan-sent-troops-and-paid-nepal", "sent", "150")).doesNotContain("NPL SHARED_ARGUMENT");
        assertThat(targets("japan-sent-troops-and-paid-nepal", "sent", "070")).contains("NPL SHARED_ARGUMENT");
    }

    @Test
    void whomAConjunctOustsIsWhomPowerWasSeizedFrom() {
        assertThat(targets("rebels-seized-power-and-forced-the-president-from-office", "seized", "180"))
                .contains("GINGOV SHARED_ARGUMENT");
        assertThat(targets("rebels-seized-power-and-freed-the-prisoners", "seized", "180"))
                .noneMatch(t -> t.endsWith("SHARED_ARGUMENT"));
    }

    @Test
    void aPurposeClausesDestinationIsNoRecipient() {
        assertThat(targets("iran-offered-to-pay-the-relatives-to-invite-her-to-turkey", "pay", "0311"))
                .doesNotContain("TUR SHARED_ARGUMENT");
    }

    @Test
    void anObjectAfterTwoJoinedVerbsIsBoth() {
        assertThat(targets("troops-killed-and-injured-rebels", "injured", "190")).contains("MLIREB SHARED_ARGUMENT");
        assertThat(targets("troops-killed-a-rebel-and-fled", "fled", "190")).doesNotContain("MLIREB SHARED_ARGUMENT");
    }
}
