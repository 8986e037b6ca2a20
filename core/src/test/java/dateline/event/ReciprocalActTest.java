package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ReciprocalAct} on hand-written parses (CoNLL-U, no CoreNLP): a listed subject of a reciprocal verb, or of
 * a verb whose object is "each other", acts on each member, whatever the root; other verbs, a complement clause's
 * act and a pair of parties of no known country keep an event without target.
 */
class ReciprocalActTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("reciprocal-acts.conllu", name);
    }

    @Test
    void twoCountriesThatClashedClashedWithEachOther() {
        ConlluFixture f = parse("kenya-and-somalia-clashed");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("clashed"))).isTrue();
        assertThat(f.events()).contains("190 KEN>SOM", "190 SOM>KEN").doesNotContain("190 KEN>-", "190 SOM>-");
    }

    @Test
    void anAccusationOfEachOtherIsOneAccusationEachWay() {
        ConlluFixture f = parse("ghana-and-togo-accused-each-other");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("accused"))).isTrue();
        assertThat(f.events()).anyMatch(e -> e.startsWith("11") && e.endsWith(" GHA>TGO"))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" TGO>GHA"));
    }

    @Test
    void thePartyOfTheChargeIsNotTheOneAccusedOfIt() {
        ConlluFixture f = parse("ghana-and-togo-accused-each-other-of-raiding");
        assertThat(f.events()).anyMatch(e -> e.startsWith("11") && e.endsWith(" GHA>TGO"))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" TGO>GHA"))
                .noneMatch(e -> e.endsWith(">---CVL"));
    }

    @Test
    void leadersWhoDisagreeAboutAQuestionDisagreeWithEachOther() {
        ConlluFixture f = parse("the-leaders-disagreed-about-who");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("disagreed"))).isTrue();
        assertThat(f.events()).anyMatch(e -> e.endsWith(" KENGOV>UGAGOV"))
                .anyMatch(e -> e.endsWith(" UGAGOV>KENGOV"));
    }

    @Test
    void aProtestIsNotReciprocal() {
        ConlluFixture f = parse("chad-and-sudan-protested");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("protested"))).isFalse();
        assertThat(f.events()).noneMatch(e -> e.endsWith("TCD>SDN") || e.endsWith("SDN>TCD"));
    }

    @Test
    void fightingToDoSomethingIsNotFightingEachOther() {
        ConlluFixture f = parse("mali-and-niger-fought-to-defend");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("fought"))).isFalse();
        assertThat(f.events()).noneMatch(e -> e.endsWith("MLI>NER") || e.endsWith("NER>MLI"));
    }

    @Test
    void arguingThatSomethingIsAClaimNotAQuarrel() {
        ConlluFixture f = parse("peru-and-chile-argued-that");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("argued"))).isFalse();
        assertThat(f.events()).noneMatch(e -> e.endsWith("PER>CHL") || e.endsWith("CHL>PER"));
    }

    @Test
    void twoPartiesOfNoKnownCountryAreNotMadeEachOthersTarget() {
        ConlluFixture f = parse("police-and-gunmen-clashed");
        assertThat(ReciprocalAct.reciprocal(f.tree(), f.token("clashed"))).isTrue();
        assertThat(f.events()).noneMatch(e -> e.endsWith("---COP>---UAF") || e.endsWith("---UAF>---COP"));
    }
}
