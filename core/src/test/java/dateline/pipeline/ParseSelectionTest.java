package dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.ActorResolver;
import dateline.article.Article;
import dateline.event.EventCoder;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.NlpConfig;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parse-selection stage on sentences of our own, one per paragraph, each made to meet one rule; and on the seed,
 * where the plan is exactly what the pipeline parsed.
 */
class ParseSelectionTest {
    static final String ACTOR = "Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo.";
    static final String PRONOUN = "They condemned the attack on the convoy.";
    static final String QUOTATION = "\"The border stays closed,\" the statement said.";
    static final String NO_SOURCE = "The attack on the convoy was condemned.";
    static final String NO_TRIGGER = "The sky over the city was grey.";
    static final String TOO_LONG = "Egyptian Foreign Minister Sameh Shoukry condemned the attacks on "
            + String.join(", ", Collections.nCopies(70, "the village")) + ".";

    private static final ParseSelection SELECTION = new ParseSelection(ActorResolver.bundled(),
            EventCoder.bundled()::mayHoldEvent, NlpConfig.full());
    private static AnnotatedArticle unparsed;
    private static ParsePlan plan;

    @BeforeAll
    static void plan() {
        unparsed = Seed.annotator().tag(article(String.join("\n\n",
                ACTOR, PRONOUN, QUOTATION, NO_SOURCE, NO_TRIGGER, TOO_LONG))).unparsed();
        plan = SELECTION.plan(unparsed);
    }

    static Article article(String text) {
        return new Article(Article.idOf("test", text), "test", null, null, null, null, null, LocalDate.of(2024, 3, 3),
                null, text, List.of(), List.of(), "en", List.of());
    }

    private static ParseDecision decisionFor(String sentence) {
        for (int i = 0; i < unparsed.sentences().size(); i++) {
            if (unparsed.article().slice(unparsed.sentences().get(i).span()).equals(sentence)) {
                return plan.of(i);
            }
        }
        throw new AssertionError("no sentence " + sentence);
    }

    @Test
    void oneDecisionPerSentenceInOrder() {
        assertThat(unparsed.sentences()).hasSize(6);
        assertThat(plan.decisions()).extracting(ParseDecision::sentence).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aTriggerAndAResolvedActorIsParsedNamingTheActor() {
        ParseDecision d = decisionFor(ACTOR);
        assertThat(d.reason()).isEqualTo(ParseDecision.Reason.ACTOR);
        assertThat(d.parse()).isTrue();
        assertThat(d.evidence()).startsWith("EGY").endsWith("Sameh Shoukry\"");
    }

    @Test
    void aTriggerAndAPersonalPronounIsParsed() {
        ParseDecision d = decisionFor(PRONOUN);
        assertThat(d.reason()).isEqualTo(ParseDecision.Reason.PRONOUN);
        assertThat(d.evidence()).isEqualTo("\"They\"");
    }

    @Test
    void aTriggerInAParagraphWithAQuotationIsParsed() {
        ParseDecision d = decisionFor(QUOTATION);
        assertThat(d.reason()).isEqualTo(ParseDecision.Reason.QUOTATION);
        assertThat(d.evidence()).isEqualTo("paragraph 2");
    }

    @Test
    void aTriggerWithoutASourceCandidateIsNotParsed() {
        ParseDecision d = decisionFor(NO_SOURCE);
        assertThat(d.reason()).isEqualTo(ParseDecision.Reason.NO_SOURCE);
        assertThat(d.parse()).isFalse();
        assertThat(d.describe()).startsWith("not parsed: a trigger word, but no candidate for the source");
    }

    @Test
    void aSentenceWithoutTriggerIsNotParsed() {
        assertThat(decisionFor(NO_TRIGGER).reason()).isEqualTo(ParseDecision.Reason.NO_TRIGGER);
    }

    @Test
    void aSentenceOverTheLengthLimitIsNotParsedSayingHowLong() {
        ParseDecision d = decisionFor(TOO_LONG);
        assertThat(d.reason()).isEqualTo(ParseDecision.Reason.TOO_LONG);
        int tokens = unparsed.sentences().get(d.sentence()).tokens().size();
        assertThat(tokens).isGreaterThan(120);
        assertThat(d.evidence()).isEqualTo(tokens + " tokens, limit 120");
    }

    @Test
    void theChosenSentencesAreThoseDecidedToBeParsed() {
        assertThat(plan.chosen()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(SELECTION.select(unparsed)).isEqualTo(plan.chosen());
    }

    @Test
    void anAnnotatorWithoutParserParsesNothing() {
        ParsePlan none = new ParseSelection(ActorResolver.bundled(), EventCoder.bundled()::mayHoldEvent,
                NlpConfig.noParse()).plan(unparsed);
        assertThat(none.decisions()).extracting(ParseDecision::reason).containsOnly(ParseDecision.Reason.NO_PARSER);
        assertThat(none.chosen()).isEmpty();
    }

    @Test
    void thePipelineParsesExactlyWhatThePlanChoseAndCodesTheSameWithOrWithoutIt() {
        Pipeline pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
        Pipeline.PlannedCoding run = pipeline.codeWithPlan(Seed.article());
        AnnotatedArticle annotated = run.coded().annotation();
        assertThat(run.plan().decisions()).hasSameSizeAs(annotated.sentences());
        for (ParseDecision d : run.plan().decisions()) {
            assertThat(annotated.sentences().get(d.sentence()).parsed()).as(d.describe()).isEqualTo(d.parse());
        }
        // The seed's one unparsed sentence is the stray quote mark; every event comes from a parsed sentence.
        assertThat(run.plan().chosen()).hasSize(annotated.sentences().size() - 1);
        assertThat(run.coded().events()).allMatch(e -> run.plan().of(e.sentence()).parse());
        assertThat(pipeline.code(Seed.article())).isEqualTo(run.coded());
    }
}
