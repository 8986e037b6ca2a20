package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.event.ArgumentFinder.Argument;
import dateline.event.ArgumentFinder.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The argument finder's rules, each on a hand-written parse of a sentence written for it (CoNLL-U, no CoreNLP):
 * which token holds the source and the target of a trigger, by which rule, and which actors they lead to.
 */
class ArgumentFinderTest {
    private static final Set<String> NO_TRIGGERS = Set.of();

    /** A match of trigger {@code t} with code {@code code} and nothing bound. */
    private static PatternMatcher.Match match(String code) {
        Pattern p = new Pattern("test:1", code, null, Set.of("x"), 'V', List.of(), true, true);
        return new PatternMatcher.Match(p, Map.of());
    }

    private static List<String> codes(List<Argument> args) {
        return args.stream().map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    @Test
    void aToInfinitiveTakesItsGovernorsSubjectAndKeepsItsOwnTargetPhrase() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Chile chile PROPN NNP _ 2 nsubj _ Actor=CHL
                2 decided decide VERB VBD _ 0 root _ _
                3 to to PART TO _ 4 mark _ _
                4 train train VERB VB _ 2 xcomp _ _
                5 police police NOUN NN _ 6 compound _ _
                6 officers officer NOUN NNS _ 4 obj _ _
                7 for for ADP IN _ 8 case _ _
                8 Haiti haiti PROPN NNP _ 4 obl _ Actor=HTI
                9 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int train = f.token("train");
        assertThat(args.subject(train)).isEqualTo(new ArgumentFinder.Candidate(f.token("Chile"), Rule.GOVERNOR_SUBJECT));
        assertThat(codes(args.targetActors(train, match("0")))).containsExactly("HTI PREPOSITION");
    }

    @Test
    void aVerbWithoutTargetTakesTheTargetOfItsOpenComplement() {
        // "struggled to stamp out": the struggle is with whom the stamping out is done to.
        ConlluFixture f = ConlluFixture.parse("""
                1 Police police NOUN NNS _ 2 nsubj _ Actor=KENCOP
                2 struggled struggle VERB VBD _ 0 root _ _
                3 to to PART TO _ 4 mark _ _
                4 stamp stamp VERB VB _ 2 xcomp _ _
                5 out out ADP RP _ 4 compound:prt _ _
                6 the the DET DT _ 7 det _ _
                7 militants militant NOUN NNS _ 4 obj _ Actor=SOMREB
                8 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("struggled"), match("190")))).containsExactly("SOMREB OPEN_COMPLEMENT");
        // A complement that is a trigger itself is its own event, with its own target.
        assertThat(f.finder(Set.of("stamp")).targetActors(f.token("struggled"), match("190"))).isEmpty();
    }

    @Test
    void anOpenComplementWithASubjectOfItsOwnIsNotTheVerbsTarget() {
        // "asked Togo to reopen the border with Benin": Togo is asked; Benin is not.
        ConlluFixture f = ConlluFixture.parse("""
                1 Ghana ghana PROPN NNP _ 2 nsubj _ Actor=GHA
                2 asked ask VERB VBD _ 0 root _ _
                3 Togo togo PROPN NNP _ 2 obj _ Actor=TGO
                4 to to PART TO _ 5 mark _ _
                5 reopen reopen VERB VB _ 2 xcomp _ _
                6 the the DET DT _ 7 det _ _
                7 border border NOUN NN _ 5 obj _ _
                8 with with ADP IN _ 9 case _ _
                9 Benin benin PROPN NNP _ 7 nmod _ Actor=BEN
                10 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("asked"), match("020")))).containsExactly("TGO OBJECT");
        assertThat(args.subject(f.token("reopen")).rule()).isEqualTo(Rule.CONTROLLER);
    }

    @Test
    void aClausalComplementsSubjectIsATarget() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Ghana ghana PROPN NNP _ 2 nsubj _ Actor=GHA
                2 demanded demand VERB VBD _ 0 root _ _
                3 that that SCONJ IN _ 5 mark _ _
                4 Togo togo PROPN NNP _ 5 nsubj _ Actor=TGO
                5 reopen reopen VERB VB _ 2 ccomp _ _
                6 the the DET DT _ 7 det _ _
                7 border border NOUN NN _ 5 obj _ _
                8 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("demanded"), match("100"))))
                .containsExactly("TGO COMPLEMENT_SUBJECT");
    }

    @Test
    void aDemonymOnTheObjectNamesTheTargetEvenForAThing() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Quito quito PROPN NNP _ 2 nsubj _ Actor=ECU
                2 dismissed dismiss VERB VBD _ 0 root _ _
                3 a a DET DT _ 5 det _ _
                4 Peruvian peruvian ADJ JJ _ 5 amod _ Actor=PER|NER=NATIONALITY
                5 plan plan NOUN NN _ 2 obj _ _
                6 . . PUNCT . _ 2 punct _ _
                """);
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
        ConlluFixture f = ConlluFixture.parse("""
                1 They they PRON PRP _ 2 nsubj _ Actor=UGA
                2 criticised criticise VERB VBD _ 0 root _ _
                3 Kenya kenya PROPN NNP _ 5 nmod:poss _ Actor=KEN
                4 's 's PART POS _ 3 case _ _
                5 courts court NOUN NNS _ 2 obj _ _
                6 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int criticised = f.token("criticised");
        assertThat(codes(args.targetActors(criticised, match("111")))).containsExactly("KEN OBJECT");
        ArgumentFinder.Candidate object = args.targets(criticised, match("111")).get(0);
        assertThat(args.arguments(object, false)).isEmpty();
        assertThat(codes(args.sourceActors(criticised))).containsExactly("UGA SUBJECT");
    }

    @Test
    void aFromPhraseUnderTheTargetNounNamesWhoseItIs() {
        ConlluFixture f = ConlluFixture.parse("""
                1 The the DET DT _ 2 det _ _
                2 cabinet cabinet NOUN NN _ 3 nsubj _ Actor=---GOV
                3 gave give VERB VBD _ 0 root _ _
                4 in in ADP RP _ 3 compound:prt _ _
                5 to to ADP IN _ 6 case _ _
                6 pressure pressure NOUN NN _ 3 obl _ _
                7 from from ADP IN _ 9 case _ _
                8 the the DET DT _ 9 det _ _
                9 unions union NOUN NNS _ 6 nmod _ Actor=---LAB
                10 . . PUNCT . _ 3 punct _ _
                """);
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("gave"), match("080"))))
                .containsExactly("---LAB PREPOSITION");
    }

    @Test
    void aByPhraseUnderTheObjectNamesWhoDidIt() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 welcomed welcome VERB VBD _ 0 root _ _
                3 the the DET DT _ 4 det _ _
                4 visit visit NOUN NN _ 2 obj _ _
                5 by by ADP IN _ 7 case _ _
                6 Ugandan ugandan ADJ JJ _ 7 amod _ Actor=UGA|NER=NATIONALITY
                7 officials official NOUN NNS _ 4 nmod _ _
                8 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(f.finder(Set.of("visit")).targetActors(f.token("welcomed"), match("043"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void anOfPhraseUnderTheObjectNamesTheTarget() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 condemned condemn VERB VBD _ 0 root _ _
                3 the the DET DT _ 4 det _ _
                4 policies policy NOUN NNS _ 2 obj _ _
                5 of of ADP IN _ 6 case _ _
                6 Uganda uganda PROPN NNP _ 4 nmod _ Actor=UGA
                7 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("condemned"), match("122"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void bothPartiesAfterBetweenAreTargetsOfAnEventNoun() {
        ConlluFixture f = ConlluFixture.parse("""
                # coord = 6 8
                1 Egypt egypt PROPN NNP _ 2 nsubj _ Actor=EGY
                2 brokered broker VERB VBD _ 0 root _ _
                3 a a DET DT _ 4 det _ _
                4 deal deal NOUN NN _ 2 obj _ _
                5 between between ADP IN _ 6 case _ _
                6 Israel israel PROPN NNP _ 4 nmod _ Actor=ISR
                7 and and CCONJ CC _ 8 cc _ _
                8 Hamas hamas PROPN NNP _ 6 conj _ Actor=PSEREB
                9 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(Set.of("deal", "broker"));
        assertThat(codes(args.targetActors(f.token("brokered"), match("043"))))
                .containsExactly("ISR OBJECT_PHRASE", "PSEREB OBJECT_PHRASE");
        // The parties of a thing between them ("tensions between X and Y") are not the target.
        ArgumentFinder thing = f.finder(Set.of("broker"));
        assertThat(thing.targetActors(f.token("brokered"), match("043"))).isEmpty();
    }

    @Test
    void thePartyOfAnEventNounInATargetPhraseIsTheTarget() {
        ConlluFixture about = ConlluFixture.parse("""
                1 Scholz scholz PROPN NNP _ 3 nsubj _ Actor=DEUGOV
                2 was be AUX VBD _ 3 cop _ _
                3 optimistic optimistic ADJ JJ _ 0 root _ _
                4 about about ADP IN _ 6 case _ _
                5 a a DET DT _ 6 det _ _
                6 deal deal NOUN NN _ 3 obl _ _
                7 with with ADP IN _ 8 case _ _
                8 Australia australia PROPN NNP _ 6 nmod _ Actor=AUS
                9 . . PUNCT . _ 3 punct _ _
                """);
        assertThat(codes(about.finder(Set.of("deal", "optimistic")).targetActors(about.token("optimistic"), match("013"))))
                .containsExactly("AUS EVENT_NOUN_PHRASE");
        // "a suspension of aid to Guatemala": the event noun is named with "of" under the object.
        ConlluFixture of = ConlluFixture.parse("""
                1 Washington washington PROPN NNP _ 2 nsubj _ Actor=USA
                2 announced announce VERB VBD _ 0 root _ _
                3 a a DET DT _ 4 det _ _
                4 suspension suspension NOUN NN _ 2 obj _ _
                5 of of ADP IN _ 6 case _ _
                6 aid aid NOUN NN _ 4 nmod _ _
                7 to to ADP IN _ 8 case _ _
                8 Guatemala guatemala PROPN NNP _ 6 nmod _ Actor=GTM
                9 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(of.finder(Set.of("aid", "announce")).targetActors(of.token("announced"), match("162"))))
                .containsExactly("GTM EVENT_NOUN_PHRASE");
        // A thing's phrases are not followed: "a shipment of wheat to Guatemala" names no party of the act.
        assertThat(of.finder(Set.of("announce")).targetActors(of.token("announced"), match("162"))).isEmpty();
    }

    @Test
    void anObjectPronounOfAJoinedVerbIsTheEarlierVerbsObject() {
        // The actor stage linked "him" to the subject; a verb's object pronoun cannot be its own subject.
        ConlluFixture f = ConlluFixture.parse("""
                1 Trump trump PROPN NNP _ 2 nsubj _ Actor=USAGOV
                2 called call VERB VBD _ 0 root _ _
                3 Erdogan erdogan PROPN NNP _ 2 obj _ Actor=TURGOV
                4 and and CCONJ CC _ 5 cc _ _
                5 urged urge VERB VBD _ 2 conj _ _
                6 him he PRON PRP _ 5 obj _ Actor=USAGOV
                7 to to PART TO _ 8 mark _ _
                8 act act VERB VB _ 5 xcomp _ _
                9 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(codes(args.targetActors(f.token("urged"), match("020"))))
                .startsWith("USAGOV OBJECT", "TURGOV PRONOUN_ANTECEDENT");
        assertThat(f.events()).contains("020 USAGOV>TURGOV");
    }

    @Test
    void theNamedMembersOfAGroupAreItsActors() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Bush bush PROPN NNP _ 2 nsubj _ Actor=USAGOV
                2 urged urge VERB VBD _ 0 root _ _
                3 partners partner NOUN NNS _ 2 obj _ _
                4 like like ADP IN _ 6 case _ _
                5 Saudi saudi PROPN NNP _ 6 compound _ Actor=SAU
                6 Arabia arabia PROPN NNP _ 3 nmod _ Actor=SAU
                7 to to PART TO _ 8 mark _ _
                8 reform reform VERB VB _ 2 xcomp _ _
                9 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("urged"), match("020"))))
                .containsExactly("SAU OBJECT");
    }

    @Test
    void thePlaceOfAnAttackOrOfAidIsItsTargetButNotThePlaceOfAMeeting() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 deployed deploy VERB VBD _ 0 root _ _
                3 observers observer NOUN NNS _ 2 obj _ _
                4 in in ADP IN _ 5 case _ _
                5 Zimbabwe zimbabwe PROPN NNP _ 2 obl _ Actor=ZWE
                6 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        int deployed = f.token("deployed");
        assertThat(codes(args.targetActors(deployed, match("074")))).containsExactly("ZWE PLACE");
        assertThat(codes(args.targetActors(deployed, match("190")))).containsExactly("ZWE PLACE");
        assertThat(args.targetActors(deployed, match("040"))).isEmpty();
    }

    @Test
    void coordinatedSubjectsAreAllSources() {
        ConlluFixture f = ConlluFixture.parse("""
                # coord = 1 3
                1 Chile chile PROPN NNP _ 4 nsubj _ Actor=CHL
                2 and and CCONJ CC _ 3 cc _ _
                3 Argentina argentina PROPN NNP _ 1 conj _ Actor=ARG
                4 signed sign VERB VBD _ 0 root _ _
                5 a a DET DT _ 7 det _ _
                6 fishing fishing NOUN NN _ 7 compound _ _
                7 accord accord NOUN NN _ 4 obj _ _
                8 . . PUNCT . _ 4 punct _ _
                """);
        assertThat(codes(f.finder(Set.of("accord")).sourceActors(f.token("signed"))))
                .containsExactly("CHL SUBJECT", "ARG SUBJECT");
    }

    @Test
    void anAppositionOfTheObjectNamesTheTarget() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 criticized criticize VERB VBD _ 0 root _ _
                3 its its PRON PRP$ _ 4 nmod:poss _ _
                4 neighbour neighbour NOUN NN _ 2 obj _ _
                5 , , PUNCT , _ 6 punct _ _
                6 Uganda uganda PROPN NNP _ 4 appos _ Actor=UGA
                7 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(codes(f.finder(NO_TRIGGERS).targetActors(f.token("criticized"), match("111"))))
                .containsExactly("UGA OBJECT");
    }

    @Test
    void aRelativeClauseActsThroughTheNounItModifies() {
        // "the militants who attacked Kenya": the militants attacked.
        ConlluFixture subject = ConlluFixture.parse("""
                1 Uganda uganda PROPN NNP _ 2 nsubj _ Actor=UGA
                2 arrested arrest VERB VBD _ 0 root _ _
                3 the the DET DT _ 4 det _ _
                4 militants militant NOUN NNS _ 2 obj _ Actor=SOMREB
                5 who who PRON WP _ 6 nsubj _ _
                6 attacked attack VERB VBD _ 4 acl:relcl _ _
                7 Kenya kenya PROPN NNP _ 6 obj _ Actor=KEN
                8 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder args = subject.finder(NO_TRIGGERS);
        assertThat(codes(args.sourceActors(subject.token("attacked")))).containsExactly("SOMREB RELATIVE_HEAD");
        // "the reporters that Somalia had detained": the reporters were detained.
        ConlluFixture object = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 freed free VERB VBD _ 0 root _ _
                3 the the DET DT _ 4 det _ _
                4 reporters reporter NOUN NNS _ 2 obj _ Actor=---MED
                5 that that PRON WDT _ 8 obj _ _
                6 Somalia somalia PROPN NNP _ 8 nsubj _ Actor=SOM
                7 had have AUX VBD _ 8 aux _ _
                8 detained detain VERB VBN _ 4 acl:relcl _ _
                9 . . PUNCT . _ 2 punct _ _
                """);
        ArgumentFinder objArgs = object.finder(NO_TRIGGERS);
        int detained = object.token("detained");
        assertThat(codes(objArgs.sourceActors(detained))).containsExactly("SOM SUBJECT");
        assertThat(codes(objArgs.targetActors(detained, match("173")))).containsExactly("---MED RELATIVE_HEAD");
    }

    @Test
    void aPassiveActsThroughItsByAgentAndOnItsSubject() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Iran iran PROPN NNP _ 3 nsubj:pass _ Actor=IRN
                2 was be AUX VBD _ 3 aux:pass _ _
                3 accused accuse VERB VBN _ 0 root _ _
                4 of of SCONJ IN _ 5 mark _ _
                5 spying spy VERB VBG _ 3 advcl _ _
                6 by by ADP IN _ 7 case _ _
                7 Israel israel PROPN NNP _ 3 obl _ Actor=ISR
                8 . . PUNCT . _ 3 punct _ _
                """);
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
    void aPassiveWithoutAgentHasNoSourceAndGivesNoEvent() {
        // CAMEO would code it with an unknown source; the rows cannot hold one yet, so it is not emitted.
        ConlluFixture f = ConlluFixture.parse("""
                1 Iran iran PROPN NNP _ 4 nsubj:pass _ Actor=IRN
                2 has have AUX VBZ _ 4 aux _ _
                3 been be AUX VBN _ 4 aux:pass _ _
                4 accused accuse VERB VBN _ 0 root _ _
                5 of of SCONJ IN _ 6 mark _ _
                6 spying spy VERB VBG _ 4 advcl _ _
                7 . . PUNCT . _ 4 punct _ _
                """);
        ArgumentFinder args = f.finder(NO_TRIGGERS);
        assertThat(args.subject(f.token("accused"))).isNull();
        assertThat(codes(args.targetActors(f.token("accused"), match("112")))).containsExactly("IRN PASSIVE_SUBJECT");
        assertThat(f.events()).isEmpty();
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("accuse: dropped: no source actor"));
    }

    @Test
    void aPronounResolvedInsideTheSentenceIsTheSource() {
        // The actor stage resolves "it" to Kenya; without that the speaker of "said" stands in.
        String parse = """
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 said say VERB VBD _ 0 root _ _
                3 it it PRON PRP _ 4 nsubj _ %s
                4 condemned condemn VERB VBD _ 2 ccomp _ _
                5 Uganda uganda PROPN NNP _ 4 obj _ Actor=UGA
                6 . . PUNCT . _ 2 punct _ _
                """;
        ConlluFixture resolved = ConlluFixture.parse(parse.formatted("Actor=KEN"));
        assertThat(codes(resolved.finder(NO_TRIGGERS).sourceActors(resolved.token("condemned"))))
                .containsExactly("KEN SUBJECT");
        assertThat(resolved.events()).containsExactly("111 KEN>UGA");
        ConlluFixture unresolved = ConlluFixture.parse(parse.formatted("_"));
        assertThat(unresolved.finder(NO_TRIGGERS).sourceActors(unresolved.token("condemned"))).isEmpty();
        assertThat(unresolved.events()).containsExactly("111 KEN>UGA");
    }

    @Test
    void coordinatedActorsGiveOneEventPerPairAndAJointActBothWays() {
        ConlluFixture each = ConlluFixture.parse("""
                # coord = 1 3
                1 Kenya kenya PROPN NNP _ 4 nsubj _ Actor=KEN
                2 and and CCONJ CC _ 3 cc _ _
                3 Uganda uganda PROPN NNP _ 1 conj _ Actor=UGA
                4 condemned condemn VERB VBD _ 0 root _ _
                5 Somalia somalia PROPN NNP _ 4 obj _ Actor=SOM
                6 . . PUNCT . _ 4 punct _ _
                """);
        assertThat(each.events()).containsExactlyInAnyOrder("111 KEN>SOM", "111 UGA>SOM");
        ConlluFixture joint = ConlluFixture.parse("""
                # coord = 1 3
                1 Chile chile PROPN NNP _ 4 nsubj _ Actor=CHL
                2 and and CCONJ CC _ 3 cc _ _
                3 Argentina argentina PROPN NNP _ 1 conj _ Actor=ARG
                4 signed sign VERB VBD _ 0 root _ _
                5 a a DET DT _ 7 det _ _
                6 fishing fishing NOUN NN _ 7 compound _ _
                7 accord accord NOUN NN _ 4 obj _ _
                8 . . PUNCT . _ 4 punct _ _
                """);
        assertThat(joint.events()).hasSize(2).allMatch(e -> e.endsWith("CHL>ARG") || e.endsWith("ARG>CHL"))
                .anyMatch(e -> e.endsWith("CHL>ARG")).anyMatch(e -> e.endsWith("ARG>CHL"));
    }

    @Test
    void theCoderNamesTheRuleThatFoundTheTarget() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Quito quito PROPN NNP _ 2 nsubj _ Actor=ECU
                2 rejected reject VERB VBD _ 0 root _ _
                3 a a DET DT _ 5 det _ _
                4 Peruvian peruvian ADJ JJ _ 5 amod _ Actor=PER|NER=NATIONALITY
                5 plan plan NOUN NN _ 2 obj _ _
                6 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(f.events()).containsExactly("120 ECU>PER");
        var trace = EventCoder.bundled().explain(f.article(), f.actors(), List.of(), 0).triggers().stream()
                .filter(t -> t.lemma().equals("reject")).findFirst().orElseThrow();
        assertThat(trace.target()).isEqualTo("'plan' (object) -> PER");
        assertThat(trace.source()).isEqualTo("subject 'Quito' -> ECU");
    }
}
