package dateline.event;

import static dateline.event.ConlluFixture.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two argument rules on hand-written parses (CoNLL-U, no CoreNLP): a past participle the parser reads as a small
 * clause is passive, and an infinitive with its own subject under the object names whom the object is for.
 */
class ParticipleAndPermissionArgumentsTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("participles-and-permissions.conllu", name);
    }

    private static List<String> codes(List<ArgumentFinder.Argument> args) {
        return args.stream().map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void aSmallClauseParticipleIsPassiveItsSubjectUndergoesIt() {
        // "freed [the envoy jailed last year]": the envoy was jailed, by no one named; he did not jail.
        ConlluFixture f = parse("egypt-freed-the-envoy-jailed");
        ArgumentFinder args = f.finder(Set.of());
        int jailed = f.token("jailed");
        assertThat(args.subject(jailed)).isNull();
        assertThat(codes(args.targetActors(jailed, match("173")))).startsWith("SDNGOV PARTICIPLE_HEAD");
        // The freeing is done to the envoy.
        assertThat(codes(args.targetActors(f.token("freed"), match("0841")))).contains("SDNGOV SMALL_CLAUSE_SUBJECT");
    }

    @Test
    void anInfinitivesOwnSubjectUnderTheObjectIsTheTarget() {
        ConlluFixture f = parse("egypt-gave-permission-to-israel-to-send");
        ArgumentFinder args = f.finder(Set.of());
        assertThat(codes(args.targetActors(f.token("gave"), match("0")))).first()
                .isEqualTo("ISR OBJECT_CLAUSE_SUBJECT");
    }
}
