package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Span;
import dateline.cameo.CameoCode;
import dateline.cameo.Codebook;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.quote.Quote;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events: for each trigger word of a sentence, the most specific matching pattern gives the CAMEO code, and
 * the dependency tree gives the source and target actors. Immutable and thread-safe.
 *
 * <p>Rules beyond the patterns: a direct quote's content is coded with its speaker as source when the quoted
 * clause names no actor ("We oppose ..."); reported speech keeps an actor subject of its own and is flagged
 * {@link Event.Flag#REPORTED}; negation and modal auxiliaries become flags, not dropped events; events whose source
 * and target are the same actor (the same code, or a country and its own government) are dropped, as is anything
 * in the article's boilerplate. By default an event needs a target (as in the CAMEO gold sets).
 */
public final class EventCoder {
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "state", "stress", "emphasize",
            "emphasise", "declare", "announce", "claim", "insist", "argue", "explain", "remark", "reiterate", "affirm",
            "assert", "underline", "mention", "believe", "report", "write", "warn", "point");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("may", "might", "could", "would", "should", "can", "must");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> INTENT = Set.of("plan", "intend", "threaten", "want", "expect", "prepare", "aim",
            "seek", "hope", "vow", "promise", "pledge", "decide", "agree", "try", "attempt", "offer", "propose");

    private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");

    private final Codebook codebook;
    private final PatternSet patterns;
    private final RootPolicy roots;

    /**
     * @param roots which roots are coded without a target actor
     */
    public EventCoder(Codebook codebook, PatternSet patterns, RootPolicy roots) {
        this.codebook = codebook;
        this.patterns = patterns;
        this.roots = roots;
    }

    /** The coder with the bundled codebook and patterns, requiring a target. */
    public static EventCoder bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final EventCoder BUNDLED = new EventCoder(Codebook.bundled(), PatternSet.bundled(), RootPolicy.bundled());
    }

    public PatternSet patterns() {
        return patterns;
    }

    /** The events of an annotated, actor-resolved article, in sentence order. */
    public List<Event> code(AnnotatedArticle article, ActorMentions actors, List<Quote> quotes) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (mayHoldEvent(s)) {
                out.addAll(codeSentence(article, s, actors, quotes, null));
            }
        }
        return out;
    }

    /** Whether the sentence has a trigger lemma at all; a sentence without one cannot hold an event. */
    public boolean mayHoldEvent(Sentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (patterns.isTrigger(l) || patterns.isTrigger(l.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Why sentence {@code sentence} gave the events it gave. */
    public Explanation explain(AnnotatedArticle article, ActorMentions actors, List<Quote> quotes, int sentence) {
        if (sentence < 0 || sentence >= article.sentences().size()) {
            throw new IllegalArgumentException("no sentence " + sentence + " (the article has "
                    + article.sentences().size() + ", numbered from 0)");
        }
        Sentence s = article.sentences().get(sentence);
        String text = article.article().slice(s.span());
        List<Actor> inSentence = actors.inSentence(sentence);
        if (!s.parsed()) {
            return new Explanation(s, text, inSentence, List.of(), List.of(),
                    "not parsed: it has no trigger word, so the annotator skipped it");
        }
        List<Explanation.TriggerTrace> trace = new ArrayList<>();
        List<Event> events = codeSentence(article, s, actors, quotes, trace);
        return new Explanation(s, text, inSentence, trace, events, trace.isEmpty() ? "no trigger word" : null);
    }

    /**
     * For each token, the trigger whose best pattern names it as a condition word (not a wildcard), or -1. Such a
     * token is part of a larger phrase that is coded as a whole: in "the lifting of sanctions against Iran" the
     * sanctions are what is lifted, not an event of their own.
     */
    private int[] consumedTriggers(AnnotatedArticle article, DependencyTree tree, RoleFinder roles) {
        int[] consumedBy = new int[tree.size()];
        java.util.Arrays.fill(consumedBy, -1);
        for (int i = 0; i < tree.size(); i++) {
            List<Pattern> candidates = patterns.forTrigger(tree.lemma[i]);
            if (candidates.isEmpty() || inBoilerplate(article, tree.token(i).span())) {
                continue;
            }
            int subject = roles.subjectToken(i);
            for (Pattern p : candidates) {
                PatternMatcher.Match m = PatternMatcher.match(p, tree, i, subject, null);
                if (m != null) {
                    if (!p.blocks()) {
                        for (var e : m.bound().entrySet()) {
                            int b = e.getValue();
                            if (!e.getKey().words().isEmpty() && b != i && !patterns.forTrigger(tree.lemma[b]).isEmpty()) {
                                consumedBy[b] = i;
                            }
                        }
                    }
                    break;
                }
            }
        }
        return consumedBy;
    }

    private List<Event> codeSentence(AnnotatedArticle article, Sentence s, ActorMentions actors, List<Quote> quotes,
            List<Explanation.TriggerTrace> trace) {
        if (!s.parsed() || s.dependencies().isEmpty()) {
            return List.of();
        }
        DependencyTree tree = new DependencyTree(s);
        RoleFinder roles = new RoleFinder(tree, actors, s.index(), lemma -> !patterns.forTrigger(lemma).isEmpty());
        List<Event> events = new ArrayList<>();
        List<Integer> eventTriggers = new ArrayList<>();
        int[] consumedBy = consumedTriggers(article, tree, roles);
        for (int i = 0; i < tree.size(); i++) {
            List<Pattern> candidates = patterns.forTrigger(tree.lemma[i]);
            if (candidates.isEmpty()) {
                continue;
            }
            Token tok = tree.token(i);
            List<Explanation.Tried> tried = trace != null ? new ArrayList<>() : null;
            if (inBoilerplate(article, tok.span())) {
                note(trace, i, tree, tried, null, null, null, "skipped: in boilerplate");
                continue;
            }
            int subject = roles.subjectToken(i);
            PatternMatcher.Match best = null;
            for (Pattern p : candidates) {
                StringBuilder why = trace != null ? new StringBuilder() : null;
                PatternMatcher.Match m = PatternMatcher.match(p, tree, i, subject, why);
                if (tried != null) {
                    tried.add(new Explanation.Tried(p.id(), codeLabel(p), m == null ? why.toString() : null));
                }
                if (m != null && best == null) {
                    best = m; // patterns come most specific first
                    if (trace == null) {
                        break;
                    }
                }
            }
            if (best == null) {
                note(trace, i, tree, tried, null, null, null, "no pattern matched");
                continue;
            }
            Pattern p = best.pattern();
            if (p.blocks()) {
                note(trace, i, tree, tried, p.id(), null, null, "not an event: pattern " + p.id() + " blocks it");
                continue;
            }
            Set<Event.Flag> flags = EnumSet.noneOf(Event.Flag.class);
            Span quoteSpan = null;
            // Source.
            Actor source = null;
            String sourceWhy;
            int srcTok = subject;
            boolean srcBroad = false;
            for (var e : best.bound().entrySet()) {
                if (e.getKey().marksSource()) {
                    srcTok = e.getValue();
                    srcBroad = true;
                }
            }
            if (srcTok >= 0 && !roles.isFirstPerson(srcTok)) {
                List<Actor> found = roles.actorsFrom(srcTok, srcBroad);
                source = found.isEmpty() ? null : found.get(0);
            }
            sourceWhy = srcTok < 0 ? "no subject" : "subject '" + tree.token(srcTok).word() + "'"
                    + (source == null ? " is no actor" : " -> " + source.code());
            // An -ing form without an actor subject names an activity, not an act of the speaker: "facilitating
            // visas can help", "improving relations is important".
            boolean topic = source == null && tok.pos().equals("VBG") && !roles.isFirstPerson(srcTok);
            // The speaker stands in only for a pronoun or missing subject, and not for the unnamed agent of a
            // passive ("X said eight people were killed": X did not kill them).
            boolean speakerMay = source == null && !topic && roles.mayBeSpeaker(srcTok)
                    && !(srcTok < 0 && tree.isPassive(i));
            PronounLink other = speakerMay ? SpeakerStandIn.link(article, s, srcTok) : null;
            Quote q = quoteAt(quotes, tok.span());
            if (q != null) {
                quoteSpan = q.content();
                if (q.kind() == Quote.Kind.INDIRECT) {
                    flags.add(Event.Flag.REPORTED);
                }
                if (source == null && q.speaker() != null && speakerMay
                        && SpeakerStandIn.refersTo(other, q.speaker())) {
                    source = q.speaker();
                    sourceWhy += "; quote speaker -> " + source.code();
                }
            }
            int speech = speechAncestor(tree, i);
            if (speech >= 0) {
                flags.add(Event.Flag.REPORTED);
                if (source == null && speakerMay) {
                    int sp = roles.subjectToken(speech);
                    List<Actor> found = sp >= 0 ? roles.actorsFrom(sp, false) : List.of();
                    if (!found.isEmpty() && SpeakerStandIn.refersTo(other, found.get(0))) {
                        source = found.get(0);
                        sourceWhy += "; speaker of '" + tree.token(speech).word() + "' -> " + source.code();
                    }
                }
            }
            // Target.
            boolean[] broad = {false};
            List<Integer> tgtToks = roles.targetTokens(i, best, broad);
            Actor target = null;
            int tgtTok = -1;
            boolean cooperative = nonConflict(p);
            for (int k = 0; k < tgtToks.size() && target == null; k++) {
                tgtTok = tgtToks.get(k);
                // Only a direct object the pattern does not name: "improved X's trade balance" is not done to X,
                // but "expressed appreciation for X's help" is, and so is "reduce X's debt" (a pattern for debt
                // relief names "debt").
                boolean owners = !(cooperative && tree.rel[tgtTok].equals("obj") && roles.isThing(tgtTok)
                        && !best.bound().containsValue(tgtTok));
                target = pickTarget(roles.actorsFrom(tgtTok, k == 0 && broad[0], owners), source);
            }
            if (target == null && !tgtToks.isEmpty()) {
                tgtTok = tgtToks.get(0);
            }
            String targetWhy = tgtTok < 0 ? "no object or target phrase"
                    : "'" + tree.token(tgtTok).word() + "'" + (target == null ? " leads to no actor"
                            : " -> " + target.code());
            if (source == null) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: no source actor");
                continue;
            }
            List<Actor> sources = members(actors, source);
            List<Actor> targets = target == null ? List.of() : members(actors, target);
            String mutualCode = target == null && sources.size() >= 2 ? mutualCode(p) : null;
            if (target == null && mutualCode == null && !roots.targetOptional(p.code())) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: no target actor");
                continue;
            }
            if (target != null && sameActor(source, target)) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy,
                        "dropped: self-event " + source.code() + " -> " + target.code());
                continue;
            }
            if (target != null && RoleFinder.unknownCountry(source) && RoleFinder.unknownCountry(target)) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: neither " + source.code()
                        + " nor " + target.code() + " has a known country");
                continue;
            }
            modality(tree, i, flags);
            Span trig = tok.span();
            for (int b : best.bound().values()) {
                if (Math.abs(b - i) <= 8 && (target == null || !target.span().contains(tree.token(b).span()))) {
                    trig = trig.union(tree.token(b).span());
                }
            }
            List<String> made = new ArrayList<>();
            if (mutualCode != null) {
                // "Iran and Iraq signed an agreement": a cooperative act of a coordination with no other party is
                // done by each member towards each other member.
                for (Actor a : sources) {
                    for (Actor b : sources) {
                        if (a != b && !sameActor(a, b)) {
                            events.add(event(s, a, b, mutualCode, flags, trig, p.id(), quoteSpan));
                            eventTriggers.add(i);
                            made.add(mutualCode + " " + a.code() + " -> " + b.code());
                        }
                    }
                }
            } else if (target == null) {
                for (Actor a : sources) {
                    if (p.code() != null) {
                        events.add(event(s, a, null, p.code(), flags, trig, p.id(), quoteSpan));
                        eventTriggers.add(i);
                        made.add(p.code() + " " + a.code() + " -> -");
                    }
                }
            } else {
                // Coordinated actors act or are acted on one by one: "Iran and Iraq criticized the US" gives two
                // events.
                for (Actor a : sources) {
                    for (Actor b : targets) {
                        if (sameActor(a, b) || RoleFinder.unknownCountry(a) && RoleFinder.unknownCountry(b)) {
                            continue;
                        }
                        if (p.code() != null) {
                            events.add(event(s, a, b, p.code(), flags, trig, p.id(), quoteSpan));
                            eventTriggers.add(i);
                            made.add(p.code() + " " + a.code() + " -> " + b.code());
                        }
                        if (p.reverseCode() != null) {
                            events.add(event(s, b, a, p.reverseCode(), flags, trig, p.id(), quoteSpan));
                            eventTriggers.add(i);
                            made.add(p.reverseCode() + " " + b.code() + " -> " + a.code());
                        }
                    }
                }
            }
            note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "event " + String.join(", ", made)
                    + (flags.isEmpty() ? "" : " " + flags));
        }
        // A trigger that is a condition word of a larger pattern that gave an event is part of that phrase, not an
        // event of its own ("the lifting of sanctions against Iran").
        for (int k = events.size() - 1; k >= 0; k--) {
            int by = consumedBy[eventTriggers.get(k)];
            if (by >= 0 && eventTriggers.contains(by)) {
                note(trace, eventTriggers.get(k), tree, null, null, null, null, "dropped: a condition word of the"
                        + " pattern at '" + tree.token(by).word() + "', which codes the whole phrase");
                events.remove(k);
                eventTriggers.remove(k);
            }
        }
        return finish(events, eventTriggers, tree);
    }

    /** Removes duplicates (same code and actors) and marks the events of the highest trigger as root events. */
    private static List<Event> finish(List<Event> events, List<Integer> triggers, DependencyTree tree) {
        int bestDepth = Integer.MAX_VALUE;
        for (int t : triggers) {
            bestDepth = Math.min(bestDepth, tree.depth(t));
        }
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rootTrigger = -1;
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            String key = e.code() + "|" + e.source().code() + "|" + (e.target() == null ? "" : e.target().code());
            if (!seen.add(key)) {
                continue;
            }
            int t = triggers.get(k);
            boolean root = tree.depth(t) == bestDepth && (rootTrigger < 0 || rootTrigger == t);
            if (root) {
                rootTrigger = t;
            }
            out.add(root ? withRoot(e) : e);
        }
        return out;
    }

    private static Event withRoot(Event e) {
        return new Event(e.sentence(), e.source(), e.target(), e.code(), e.rootCode(), e.quadClass(), e.goldstein(),
                e.ploverCategory(), e.ploverMode(), e.flags(), true, e.trigger(), e.sentenceSpan(), e.rule(),
                e.quote(), e.place(), e.placeReason());
    }

    private Event event(Sentence s, Actor source, Actor target, String code, Set<Event.Flag> flags, Span trigger,
            String rule, Span quote) {
        CameoCode c = codebook.get(code).orElseThrow(() -> new IllegalStateException("unknown code " + code));
        return new Event(s.index(), source, target, code, c.root(), c.quadClass(), c.goldstein(), c.ploverCategory(),
                c.ploverMode(), flags, false, trigger, s.span(), rule, quote, null, null);
    }

    /** The members of the coordination {@code a} belongs to ("Iran and Iraq"), or {@code a} alone. */
    private static List<Actor> members(ActorMentions actors, Actor a) {
        var c = actors.compoundAt(a.sentence(), a.tokenStart());
        if (c.isPresent() && c.get().members().stream().anyMatch(m -> m.span().equals(a.span()))) {
            return c.get().members();
        }
        return List.of(a);
    }

    /**
     * The code a coordination without another party does towards each other, or null: the cooperative roots 03
     * to 06 (intend to cooperate, consult, diplomatic and material cooperation), which two parties do together
     * ("Iran and Iraq met"); not, say, protests or attacks, whose target is simply unnamed.
     */
    private String mutualCode(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        if (code == null) {
            return null;
        }
        String root = codebook.get(code).map(CameoCode::root).orElse("");
        return MUTUAL_ROOTS.contains(root) ? code : null;
    }

    /**
     * Whether the pattern codes one of the roots 01 to 10 (statements, appeals, intents, consultation, cooperation,
     * aid, yielding, investigation, demands): acts whose object is often a thing of a country ("improve X's trade
     * balance", "affected X's exports") that the country is not the target of. Conflict roots keep such owners
     * as targets: "attacked an X ship" is an attack on X.
     */
    private boolean nonConflict(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        if (code == null) {
            return false;
        }
        String root = codebook.get(code).map(CameoCode::root).orElse("");
        return root.compareTo("01") >= 0 && root.compareTo("10") <= 0;
    }

    /** The first candidate from another country than the source; else the first that is not the source itself. */
    private static Actor pickTarget(List<Actor> found, Actor source) {
        if (found.isEmpty()) {
            return null;
        }
        if (source != null) {
            for (Actor a : found) {
                if (a.country() == null || !a.country().equals(source.country())) {
                    return a;
                }
            }
        }
        return found.get(0);
    }

    /** Same actor: equal codes, or a country and one of its own institutions ("IRN" and "IRNGOV"). */
    static boolean sameActor(Actor a, Actor b) {
        if (a.span().equals(b.span()) || a.code().equals(b.code())) {
            return true;
        }
        String ca = Actor.countryOf(a.code());
        String cb = Actor.countryOf(b.code());
        return ca != null && ca.equals(cb) && (a.code().length() == 3 || b.code().length() == 3);
    }

    /** The nearest speech verb ("said", "stressed") whose clausal complement holds {@code t}, or -1. */
    private static int speechAncestor(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 8 && cur >= 0; guard++) {
            String r = tree.rel[cur];
            int h = tree.head[cur];
            if (h < 0) {
                return -1;
            }
            if ((r.equals("ccomp") || r.equals("parataxis")) && SPEECH.contains(tree.lemma[h])) {
                return h;
            }
            if (!(r.equals("conj") || r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl"))) {
                return -1;
            }
            cur = h;
        }
        return -1;
    }

    private static void modality(DependencyTree tree, int t, Set<Event.Flag> flags) {
        int cur = t;
        for (int guard = 0; guard < 4 && cur >= 0; guard++) {
            for (int ch : tree.children(cur)) {
                String r = tree.rel[ch];
                String l = tree.lemma[ch];
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATORS.contains(l)) {
                    flags.add(Event.Flag.NEGATED);
                } else if (r.equals("aux") && HYPOTHETICAL.contains(l)) {
                    flags.add(Event.Flag.HYPOTHETICAL);
                } else if (r.equals("aux") && FUTURE.contains(l)) {
                    flags.add(Event.Flag.FUTURE);
                } else if (r.equals("mark") && l.equals("if")) {
                    flags.add(Event.Flag.HYPOTHETICAL);
                }
            }
            // The flags of the governing clause carry down: "would not agree to attack" (xcomp), "did not give
            // permission to attack" (an infinitive modifying the object), "did not impose sanctions" (the object).
            String r = tree.rel[cur];
            boolean xcomp = r.equals("xcomp");
            boolean infinitive = r.equals("acl") && "to".equals(tree.preposition(cur));
            boolean object = tree.isNominal(cur) && (r.equals("obj") || r.equals("nsubj:pass"));
            if (!xcomp && !infinitive && !object) {
                break;
            }
            cur = tree.head[cur];
            if (xcomp && cur >= 0 && INTENT.contains(tree.lemma[cur])) {
                flags.add(Event.Flag.FUTURE);
            }
        }
    }

    private static Quote quoteAt(List<Quote> quotes, Span token) {
        for (Quote q : quotes) {
            if (q.content() != null && q.content().contains(token)) {
                return q;
            }
        }
        return null;
    }

    private static boolean inBoilerplate(AnnotatedArticle a, Span span) {
        for (Span b : a.article().boilerplate()) {
            if (b.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static String codeLabel(Pattern p) {
        return (p.code() == null ? "" : p.code()) + (p.reverseCode() == null ? "" : ":" + p.reverseCode());
    }

    private static void note(List<Explanation.TriggerTrace> trace, int i, DependencyTree tree,
            List<Explanation.Tried> tried, String chosen, String source, String target, String outcome) {
        if (trace != null) {
            trace.add(new Explanation.TriggerTrace(i, tree.lemma[i], tried == null ? List.of() : tried, chosen, source,
                    target, outcome));
        }
    }
}
