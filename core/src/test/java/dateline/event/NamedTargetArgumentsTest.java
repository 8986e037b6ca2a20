package dateline.event;

import static dateline.event.ConlluFixture.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Targets the sentence names, on hand-written parses (CoNLL-U, no CoreNLP): the people a vehicle carries are the
 * target of violence done to it, and the noun a "where" clause modifies is its place, not what it is done to.
 */
class NamedTargetArgumentsTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("named-targets.conllu", name);
    }

    private static List<String> codes(List<ArgumentFinder.Argument> args) {
        return args.stream().map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void violenceOnAVehicleIsDoneToWhomItCarries() {
        ConlluFixture f = parse("rebels-ambushed-a-bus-carrying-soldiers");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(codes(args.targetActors(f.token("ambushed"), match("190")))).first()
                .isEqualTo("NGAMIL CARRIED");
    }

    @Test
    void whatAnObjectCarriesIsNoTargetOfOtherActs() {
        // Praising a report is not done to what the report criticises.
        ConlluFixture f = parse("japan-praised-a-report-criticizing-china");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(codes(args.targetActors(f.token("praised"), match("051")))).isEmpty();
    }

    @Test
    void theNounOfAWhereClauseIsItsPlaceNotItsTarget() {
        ConlluFixture f = parse("forces-clashed-in-the-region-where");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(codes(args.targetActors(f.token("clashed"), match("190")))).first()
                .isEqualTo("---REB PREPOSITION");
        assertThat(codes(args.targetActors(f.token("clashed"), match("190")))).doesNotContain("SYR RELATIVE_HEAD");
    }

    @Test
    void aRelativeClauseWithoutWhereStillActsOnItsNoun() {
        ConlluFixture f = parse("the-village-the-army-shelled");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(args.targets(f.token("shelled"), match("190")))
                .contains(new ArgumentFinder.Candidate(f.token("village"), ArgumentFinder.Rule.RELATIVE_HEAD));
    }
}
