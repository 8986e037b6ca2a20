package dateline.event;

import static dateline.event.ConlluFixture.match;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.event.ArgumentFinder.Argument;
import dateline.event.ArgumentFinder.Rule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The argument finder's rules, each on a hand-written parse of a sentence written for it (CoNLL-U, no CoreNLP):
 * which token holds the source and the target of a trigger, by which rule, and which actors they lead to.
 */
class ArgumentFinderTest {
    private static final Set<String> NO_TRIGGERS = Set.of();

    /** A match of trigger {@code t} with code {@code code} and nothing bound. */

    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("argument-finder.conllu", name);
    }

    private static List<String> codes(List<Argument> args) {
        return args.stream().map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void aToInfinitiveTakesItsGovernorsSubjectAndKeepsItsOwnTargetPhrase() {
        // "Chile decided to train police officers for Haiti."
        ConlluFixture f = parse("chile-decided-to-train");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int train = f.token("train");
        assertThat(args.subject(train)).isEqualTo(new ArgumentFinder.Candidate(f.token("Chile"), Rule.GOVERNOR_SUBJECT));
        assertThat(codes(args.targetActors(train, match("0")))).containsExactly("HTI PREPOSITION");
    }

    @Test
    void aVerbWithoutTargetTakesTheTargetOfItsOpenComplement() {
        // "struggled to stamp out": the struggle is with whom the stamping out is done to.
        ConlluFixture f = parse("police-struggled-to-stamp-out");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("struggled"), match("190")))).containsExactly("SOMREB OPEN_COMPLEMENT");
        // A to-infinitive under "struggle" is a purpose the coder does not code as done, even when it is a trigger
        // itself, so its target stays the struggle's (SentenceTargetsTest: an aspectual verb's is not).
        assertThat(codes(f.finder(Set.of("stamp")).targetActors(f.token("struggled"), match("190"))))
                .containsExactly("SOMREB OPEN_COMPLEMENT");
    }

    @Test
    void anOpenComplementWithASubjectOfItsOwnIsNotTheVerbsTarget() {
        // "asked Togo to reopen the border with Benin": Togo is asked; Benin is not.
        ConlluFixture f = parse("ghana-asked-togo-to-reopen");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("asked"), match("020")))).containsExactly("TGO OBJECT");
        assertThat(args.subject(f.token("reopen")).rule()).isEqualTo(Rule.CONTROLLER);
    }

    @Test
    void aClausalComplementsSubjectIsATarget() {
        // "Ghana demanded that Togo reopen the border."
        ConlluFixture f = parse("ghana-demanded-that-togo-reopen");
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("demanded"), match("100"))))
                .containsExactly("TGO COMPLEMENT_SUBJECT");
    }

    @Test
    void aDemonymOnTheObjectNamesTheTargetEvenForAThing() {
        // "Quito dismissed a Peruvian plan."
        ConlluFixture f = parse("quito-dismissed-peruvian-plan");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int dismissed = f.token("dismissed");
        assertThat(codes(args.targetActors(dismissed, match("120")))).containsExactly("PER OBJECT");
        // A demonym gives the nationality of the thing, not an owner: it stays when owners are not followed.
        ArgumentFinder.Candidate object = args.targets(dismissed, match("120")).get(0);
        assertThat(codes(args.arguments(object, false))).containsExactly("PER OBJECT");
        assertThat(args.subject(dismissed).rule()).isEqualTo(Rule.SUBJECT);
    }

    @Test
    void aPossessiveOnTheObjectNamesTheTargetUnlessOwnersAreLeftOut() {
        // "They criticised Kenya's courts."
        ConlluFixture f = parse("they-criticised-kenyas-courts");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int criticised = f.token("criticised");
        assertThat(codes(args.targetActors(criticised, match("111")))).containsExactly("KEN OBJECT");
        ArgumentFinder.Candidate object = args.targets(criticised, match("111")).get(0);
        assertThat(args.arguments(object, false)).isEmpty();
        assertThat(codes(args.sourceActors(criticised))).containsExactly("UGA SUBJECT");
    }

    @Test
    void aFromPhraseUnderTheTargetNounNamesWhoseItIs() {
        // "The cabinet gave in to pressure from the unions."
        ConlluFixture f = parse("cabinet-gave-in-to-unions");
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("gave"), match("080"))))
                .containsExactly("---LAB PREPOSITION");
    }

    @Test
    void aByPhraseUnderTheObjectNamesWhoDidIt() {
        // "Kenya welcomed the visit by Ugandan officials."
        ConlluFixture f = parse("kenya-welcomed-visit-by-ugandans");
        assertThat(codes(f.finder(Set.of("visit")).targetActors(f.token("welcomed"), match("043"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void anOfPhraseUnderTheObjectNamesTheTarget() {
        // "Kenya condemned the policies of Uganda."
        ConlluFixture f = parse("kenya-condemned-policies-of-uganda");
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("condemned"), match("122"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void bothPartiesAfterBetweenAreTargetsOfAnEventNoun() {
        // "Egypt brokered a deal between Israel and Hamas."
        ConlluFixture f = parse("egypt-brokered-deal-between");
        ArgumentFinder args = f.finder(Set.of("deal", "broker"));
        assertThat(codes(args.targetActors(f.token("brokered"), match("043"))))
                .containsExactly("ISR OBJECT_PHRASE", "PSEREB OBJECT_PHRASE");
        // The parties of a thing between them ("tensions between X and Y") are not the target.
        ArgumentFinder thing = f.finder(Set.of("broker"));
        assertThat(thing.targetActors(f.token("brokered"), match("043"))).isEmpty();
    }

    @Test
    void thePartyOfAnEventNounInATargetPhraseIsTheTarget() {
        // "Scholz was optimistic about a deal with Australia."
        ConlluFixture about = parse("scholz-optimistic-about-deal");
        assertThat(codes(about.finder(Set.of("deal", "optimistic")).targetActors(about.token("optimistic"), match("013"))))
                .containsExactly("AUS EVENT_NOUN_PHRASE");
        // "a suspension of aid to Honduras": the event noun is named with "of" under the object.
        ConlluFixture of = parse("washington-announced-suspension-of-aid");
        assertThat(codes(of.finder(Set.of("aid", "announce")).targetActors(of.token("announced"), match("162"))))
                .containsExactly("HND EVENT_NOUN_PHRASE");
        // A thing's phrases are not followed: "a shipment of wheat to Honduras" names no party of the act.
        assertThat(of.finder(Set.of("announce")).targetActors(of.token("announced"), match("162"))).isEmpty();
    }

    @Test
    void anObjectPronounOfAJoinedVerbIsTheEarlierVerbsObject() {
        // The actor stage linked "him" to the subject; a verb's object pronoun cannot be its own subject.
        ConlluFixture f = parse("trump-called-erdogan-and-urged-him");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("urged"), match("020"))))
                .startsWith("USAGOV OBJECT", "TURGOV PRONOUN_ANTECEDENT");
        assertThat(f.events()).contains("020 USAGOV>TURGOV");
    }

    @Test
    void theNamedMembersOfAGroupAreItsActors() {
        // "Bush urged partners like Saudi Arabia to reform."
        ConlluFixture f = parse("bush-urged-partners-like-saudi-arabia");
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("urged"), match("020"))))
                .containsExactly("SAU OBJECT");
    }

    @Test
    void thePlaceOfAnAttackOrOfAidIsItsTargetButNotThePlaceOfAMeeting() {
        // "Kenya deployed observers in Zimbabwe."
        ConlluFixture f = parse("kenya-deployed-observers-in-zimbabwe");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int deployed = f.token("deployed");
        assertThat(codes(args.targetActors(deployed, match("074")))).containsExactly("ZWE PLACE");
        assertThat(codes(args.targetActors(deployed, match("190")))).containsExactly("ZWE PLACE");
        assertThat(args.targetActors(deployed, match("040"))).isEmpty();
    }

    @Test
    void coordinatedSubjectsAreAllSources() {
        // "Chile and Argentina signed a fishing accord."
        ConlluFixture f = parse("chile-and-argentina-signed-accord");
        assertThat(codes(f.finder(Set.of("accord")).sourceActors(f.token("signed"))))
                .containsExactly("CHL SUBJECT", "ARG SUBJECT");
    }

    @Test
    void anAppositionOfTheObjectNamesTheTarget() {
        // "Kenya criticized its neighbour, Uganda."
        ConlluFixture f = parse("kenya-criticized-neighbour-uganda");
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("criticized"), match("111"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void aRelativeClauseActsThroughTheNounItModifies() {
        // "the militants who attacked Kenya": the militants attacked.
        ConlluFixture subject = parse("uganda-arrested-militants-who-attacked");
        ArgumentFinder args = subject.finder(NO_TRIGGERS);
        assertThat(codes(args.sourceActors(subject.token("attacked")))).containsExactly("SOMREB RELATIVE_HEAD");
        // "the reporters that Somalia had detained": the reporters were detained.
        ConlluFixture object = parse("kenya-freed-reporters-somalia-detained");
        ArgumentFinder objArgs = object.finder(NO_TRIGGERS);
        int detained = object.token("detained");
        assertThat(codes(objArgs.sourceActors(detained))).containsExactly("SOM SUBJECT");
        assertThat(codes(objArgs.targetActors(detained, match("173")))).containsExactly("---MED RELATIVE_HEAD");
    }

    @Test
    void aPassiveActsThroughItsByAgentAndOnItsSubject() {
        // "Iran was accused of spying by Israel."
        ConlluFixture f = parse("iran-was-accused-by-israel");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int accused = f.token("accused");
        assertThat(codes(args.sourceActors(accused))).containsExactly("ISR PASSIVE_AGENT");
        assertThat(codes(args.targetActors(accused, match("112")))).containsExactly("IRN PASSIVE_SUBJECT");
        // The clause under the passive is done by what the passive was done to: Iran is said to spy; and only the
        // accusation is coded, not the spying.
        assertThat(args.subject(f.token("spying"))).isEqualTo(new ArgumentFinder.Candidate(f.token("Iran"),
                Rule.GOVERNOR_SUBJECT));
        assertThat(f.events()).containsExactly("112 ISR>IRN");
    }

    @Test
    void aPassiveWithoutAgentHasNoSourceAndGivesAnEventWithNoSource() {
        // CAMEO codes it with an unknown source: an accusation is done to the accused (roots.tsv, source column).
        ConlluFixture f = parse("iran-has-been-accused");
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(args.subject(f.token("accused"))).isNull();
        assertThat(codes(args.targetActors(f.token("accused"), match("112")))).containsExactly("IRN PASSIVE_SUBJECT");
        assertThat(f.events()).singleElement().asString().startsWith("112").endsWith(" ->IRN");
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("accuse: event 112") && o.contains("(source unnamed)"));
    }

    @Test
    void aPronounResolvedInsideTheSentenceIsTheSource() {
        // "Kenya said it condemned Uganda." The actor stage resolves "it" to Kenya; without that the speaker of "said"
        // stands in.
        ConlluFixture resolved = parse("kenya-said-it-condemned-resolved");
        assertThat(codes(resolved.finder(NO_TRIGGERS).sourceActors(resolved.token("condemned"))))
                .containsExactly("KEN SUBJECT");
        assertThat(resolved.events()).containsExactly("111 KEN>UGA");
        ConlluFixture unresolved = parse("kenya-said-it-condemned-unresolved");
        assertThat(unresolved.finder(NO_TRIGGERS).sourceActors(unresolved.token("condemned"))).isEmpty();
        assertThat(unresolved.events()).containsExactly("111 KEN>UGA");
    }

    @Test
    void coordinatedActorsGiveOneEventPerPairAndAJointActBothWays() {
        // "Kenya and Uganda condemned Somalia."
        ConlluFixture each = parse("kenya-and-uganda-condemned-somalia");
        assertThat(each.events()).containsExactlyInAnyOrder("111 KEN>SOM", "111 UGA>SOM");
        // "Chile and Argentina signed a fishing accord."
        ConlluFixture joint = parse("chile-and-argentina-signed-accord");
        assertThat(joint.events()).hasSize(2).allMatch(e -> e.endsWith("CHL>ARG") || e.endsWith("ARG>CHL"))
                .anyMatch(e -> e.endsWith("CHL>ARG")).anyMatch(e -> e.endsWith("ARG>CHL"));
    }

    @Test
    void theCoderNamesTheRuleThatFoundTheTarget() {
        // "Quito rejected a Peruvian plan."
        ConlluFixture f = parse("quito-rejected-peruvian-plan");
        assertThat(f.events()).containsExactly("120 ECU>PER");
        var trace = EventCoder.bundled().explain(f.article(), f.actors(), List.of(), 0).triggers().stream()
                .filter(t -> t.lemma().equals("reject")).findFirst().orElseThrow();
        assertThat(trace.target()).isEqualTo("'plan' (object) -> PER");
        assertThat(trace.source()).isEqualTo("subject 'Quito' -> ECU");
    }
}
