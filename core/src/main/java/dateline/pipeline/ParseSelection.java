package dateline.pipeline;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.NlpConfig;
import dateline.nlp.ParseSelector;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The parse-selection stage: decides, from an article annotated without parses, which sentences get the dependency
 * parse, the costliest annotation step. A sentence is parsed when it has a trigger word (of some event pattern or
 * frame verb) and a candidate for the source: a resolved actor, a personal pronoun, or a quotation in its
 * paragraph (whose speaker can be the source). An event may lack a target, never a source, so a sentence without
 * either cannot give one. Sentences longer than the annotator's limit are not parsed (the parser's cost grows
 * fast with length).
 *
 * <p>Every way of coding an article ({@link Pipeline#code}, hence {@code code}, {@code ingest}, the server and the
 * Spark job) and {@code dateline explain} go through this one stage, so what {@code explain} shows is what was
 * coded. Thread-safe: it holds only immutable knowledge.
 */
public final class ParseSelection implements ParseSelector {
    private static final Set<String> PERSONAL = dateline.nlp.Pronouns.bundled().personal();
    private static final String QUOTE_MARKS = "\"“”«»„";

    private final ActorResolver actors;
    private final Predicate<Sentence> hasTrigger;
    private final NlpConfig config;

    /**
     * @param actors     resolves the source candidates
     * @param hasTrigger whether a sentence has a trigger word the event coder knows
     * @param config     the annotator's settings: whether it parses at all, and its sentence-length limit
     */
    public ParseSelection(ActorResolver actors, Predicate<Sentence> hasTrigger, NlpConfig config) {
        this.actors = actors;
        this.hasTrigger = hasTrigger;
        this.config = config;
    }

    /** One decision per sentence of {@code unparsed}, with the rule that made it. */
    public ParsePlan plan(AnnotatedArticle unparsed) {
        List<ParseDecision> decisions = new ArrayList<>(unparsed.sentences().size());
        ActorMentions resolved = null; // resolved on the first sentence that needs it: most articles have one
        for (Sentence s : unparsed.sentences()) {
            if (!config.parse()) {
                decisions.add(new ParseDecision(s.index(), ParseDecision.Reason.NO_PARSER, null));
            } else if (!hasTrigger.test(s)) {
                decisions.add(new ParseDecision(s.index(), ParseDecision.Reason.NO_TRIGGER, null));
            } else if (s.tokens().size() > config.maxSentenceTokens()) {
                decisions.add(new ParseDecision(s.index(), ParseDecision.Reason.TOO_LONG,
                        s.tokens().size() + " tokens, limit " + config.maxSentenceTokens()));
            } else {
                if (resolved == null) {
                    resolved = actors.resolve(unparsed);
                }
                decisions.add(sourceCandidate(unparsed, s, resolved));
            }
        }
        return new ParsePlan(decisions);
    }

    /** The indices of the sentences {@link #plan} parses. */
    @Override
    public Set<Integer> select(AnnotatedArticle unparsed) {
        return plan(unparsed).chosen();
    }

    private static ParseDecision sourceCandidate(AnnotatedArticle unparsed, Sentence s, ActorMentions resolved) {
        List<Actor> inSentence = resolved.inSentence(s.index());
        if (!inSentence.isEmpty()) {
            Actor a = inSentence.get(0);
            return new ParseDecision(s.index(), ParseDecision.Reason.ACTOR,
                    a.code() + " \"" + unparsed.article().slice(a.span()) + "\"");
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("PRP") && PERSONAL.contains(t.word().toLowerCase(Locale.ROOT))) {
                return new ParseDecision(s.index(), ParseDecision.Reason.PRONOUN, "\"" + t.word() + "\"");
            }
        }
        if (paragraphHasQuote(unparsed, s)) {
            return new ParseDecision(s.index(), ParseDecision.Reason.QUOTATION, "paragraph " + s.paragraph());
        }
        return new ParseDecision(s.index(), ParseDecision.Reason.NO_SOURCE, null);
    }

    private static boolean paragraphHasQuote(AnnotatedArticle a, Sentence s) {
        String text = a.article().text();
        for (Sentence other : a.sentences()) {
            if (other.paragraph() == s.paragraph()) {
                for (int i = other.span().start(); i < other.span().end(); i++) {
                    if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "parse selection (trigger word and source candidate, at most " + config.maxSentenceTokens() + " tokens)";
    }
}
