package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.article.Span;
import dateline.cameo.CameoCode;
import dateline.cameo.CameoRoot;
import dateline.cameo.Codebook;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.quote.Quote;
import dateline.quote.SpeechCues;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

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
    /** Verbs whose clausal complement is reported speech: the "reports" column of {@code quote/cues.tsv}. */
    private static final Set<String> SPEECH = SpeechCues.bundled().reporting();
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Roots of acts of force (assault, fight, mass violence), which a weapon or the act itself can be said to do. */
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    private static final Set<String> HYPOTHETICAL = Set.of("may", "might", "could", "should", "can", "must");
    // "would" in news is nearly always reported future ("said it would send troops"), rarely a conditional.
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "would", "wo");
    /** Verbs whose to-infinitive is the act itself, not its purpose: "began to withdraw", "was forced to leave". */
    static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "resume", "manage", "proceed",
            "try", "attempt", "force", "compel", "oblige", "help", "go", "move", "persuade", "convince", "decide");
    /** "is scheduled to visit", "is expected to sign": a to-infinitive under these is a future act. */
    private static final Set<String> SCHEDULED = Set.of("schedule", "expect", "set", "due", "slate", "poise",
            "go", "plan");
    private static final Set<String> INTENT = Set.of("plan", "intend", "threaten", "want", "expect", "prepare", "aim",
            "seek", "hope", "vow", "promise", "pledge", "agree", "offer", "propose");

    /** Nouns that speak for their issuer: "a statement urging", "a report that calls on". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "letter", "resolution", "communique",
            "declaration", "message", "note", "decree", "order", "ruling", "verdict", "petition", "motion", "bill");
    private static final Set<String> NO_COMMENT = Set.of("comment", "elaborate", "speculate");
    /** Verbs whose clause states a charge or a denial, not a fact: "accused Iran of spying", "denied attacking". */
    private static final Set<String> CLAIMED = Set.of("accuse", "charge", "allege", "deny", "suspect", "blame");

    private final Codebook codebook;
    private final PatternSet patterns;
    private final RootPolicy roots;
    private final Frames frames;

    /**
     * @param roots  which roots are coded without a target actor
     * @param frames intent, appeal, demand, rejection and threat verbs and the sub-codes of what they embed
     */
    public EventCoder(Codebook codebook, PatternSet patterns, RootPolicy roots, Frames frames) {
        this.codebook = codebook;
        this.patterns = patterns;
        this.roots = roots;
        this.frames = frames;
    }

    /** The coder with the bundled codebook and patterns, requiring a target. */
    public static EventCoder bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final EventCoder BUNDLED = new EventCoder(Codebook.bundled(), PatternSet.bundled(), RootPolicy.bundled(), Frames.bundled());
    }

    public PatternSet patterns() {
        return patterns;
    }

    /** The events of an annotated, actor-resolved article, in sentence order. */
    public List<Event> code(AnnotatedArticle article, ActorMentions actors, List<Quote> quotes) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (mayHoldEvent(s)) {
                out.addAll(codeSentence(article, s, actors, quotes, Trace.NONE));
            }
        }
        return out;
    }

    /** Whether the sentence has a trigger lemma at all; a sentence without one cannot hold an event. */
    public boolean mayHoldEvent(Sentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (patterns.isTrigger(l) || patterns.isTrigger(l.toLowerCase(java.util.Locale.ROOT))
                    || frames.verb(l) != null) {
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
                    "not parsed, so not coded (the parse selection says why)");
        }
        Trace trace = Trace.recording();
        List<Event> events = codeSentence(article, s, actors, quotes, trace);
        return new Explanation(s, text, inSentence, trace.triggers(), events,
                trace.triggers().isEmpty() ? "no trigger word" : null);
    }

    /**
     * For each token, the trigger whose best pattern names it as a condition word (not a wildcard), or -1. Such a
     * token is part of a larger phrase that is coded as a whole: in "the lifting of sanctions against Iran" the
     * sanctions are what is lifted, not an event of their own.
     */
    private int[] consumedTriggers(DependencyTree tree, Triggered[] triggered) {
        int[] consumedBy = new int[tree.size()];
        java.util.Arrays.fill(consumedBy, -1);
        // The best match of each trigger is already known (matchTriggers: the first, most specific match, null
        // when it blocks or the token is in the boilerplate); matching every pattern again cost as much again.
        for (int i = 0; i < tree.size(); i++) {
            if (triggered[i] == null || triggered[i].match() == null) {
                continue;
            }
            for (var e : triggered[i].match().bound().entrySet()) {
                int b = e.getValue();
                if (!e.getKey().words().isEmpty() && b != i && !patterns.forTrigger(tree.lemma[b]).isEmpty()) {
                    consumedBy[b] = i;
                }
            }
        }
        return consumedBy;
    }

    /** A trigger token with the pattern that matched it (most specific first), and the patterns tried. */
    private record Triggered(int token, PatternMatcher.Match match, List<Explanation.Tried> tried, int subject) {
        Pattern pattern() {
            return match.pattern();
        }
    }

    /**
     * A frame verb with the action it embeds: "pledged [to send aid]", "demanded [the release] of". The frame codes
     * {@code code}; the embedded action gives no event of its own.
     */
    private record Framed(int verb, int embedded, String code, String rule) {
    }

    private List<Event> codeSentence(AnnotatedArticle article, Sentence s, ActorMentions actors, List<Quote> quotes,
            Trace trace) {
        if (!s.parsed() || s.dependencies().isEmpty()) {
            return List.of();
        }
        DependencyTree tree = new DependencyTree(s);
        ArgumentFinder args = ArgumentFinder.of(tree, actors, s.index(), lemma -> !patterns.forTrigger(lemma).isEmpty());
        Triggered[] triggered = matchTriggers(article, tree, args, trace);
        Framed[] frameAt = new Framed[tree.size()];
        IntPredicate party = t -> !args.roles().actorsFrom(t, false).isEmpty();
        int[] framedBy = new int[tree.size()];
        java.util.Arrays.fill(framedBy, -1);
        for (int i = 0; i < tree.size(); i++) {
            Framed f = frame(tree, i, triggered, party);
            if (f != null) {
                frameAt[i] = f;
                framedBy[f.embedded()] = i;
            }
        }
        List<Event> events = new ArrayList<>();
        List<Integer> eventTriggers = new ArrayList<>();
        int[] consumedBy = consumedTriggers(tree, triggered);
        for (int i = 0; i < tree.size(); i++) {
            Triggered t = triggered[i];
            Framed frame = frameAt[i];
            if (t == null && frame == null) {
                continue;
            }
            List<Explanation.Tried> tried = t == null ? List.of() : t.tried();
            if (framedBy[i] >= 0 && frameAt[framedBy[i]] != null) {
                note(trace, i, tree, tried, null, null, null, "framed: the action embedded by '"
                        + tree.token(framedBy[i]).word() + "' (" + frameAt[framedBy[i]].code() + "), not done");
                continue;
            }
            if (t != null && t.match() == null && frame == null) {
                continue; // noted by matchTriggers
            }
            PatternMatcher.Match best = frame != null ? frameMatch(frame, t, triggered[frame.embedded()], tree) : t.match();
            Pattern p = best.pattern();
            int subject = t != null ? t.subject() : args.subjectToken(i);
            Token tok = tree.token(i);
            Set<Event.Flag> flags = EnumSet.noneOf(Event.Flag.class);
            modality(tree, i, flags);
            String code = p.code();
            String reverse = p.reverseCode();
            String unreal = unrealised(tree, i, flags, frame != null);
            unreal = unreal != null ? unreal : NotDone.why(tree, i);
            unreal = unreal != null ? unreal : NotDone.negatedObject(tree, i, p);
            unreal = unreal != null ? unreal : UndoneComplement.why(tree, i, code);
            unreal = unreal != null ? unreal : CareerClause.why(tree, i);
            unreal = unreal != null ? unreal : ForecastClause.expectation(tree, args, i);
            if (!ThirdPartyCharge.performative(tree, i, code)) {
                unreal = unreal != null ? unreal
                        : ThirdPartyCharge.quoted(tree, args, i, subject, quoteAt(quotes, tok.span()));
                unreal = unreal != null ? unreal : ThirdPartyCharge.reported(tree, args, i, subject, SPEECH::contains);
            }
            unreal = unreal != null ? unreal : ThirdPartyCharge.conjecture(tree, i);
            unreal = unreal != null ? unreal : ThirdPartyCharge.document(tree, i, subject, code);
            unreal = unreal != null ? unreal : AskedQuestion.why(tree, i);
            unreal = unreal != null ? unreal : PrivateTravel.why(tree, i, subject, code);
            unreal = unreal != null ? unreal : OccasionClause.why(tree, i);
            unreal = unreal != null ? unreal : DispositionClause.why(tree, i);
            unreal = unreal != null ? unreal : LiteraryWork.why(tree, i);
            unreal = unreal != null ? unreal : ImaginedClause.why(tree, i);
            unreal = unreal != null ? unreal : CalledForAct.why(tree, i);
            if (unreal != null) {
                note(trace, i, tree, tried, p.id(), null, null, "dropped: " + unreal);
                continue;
            }
            String futureOf = null; // the code of a future act before it became intent or threat
            if (flags.contains(Event.Flag.FUTURE) && frame == null && AnnouncedDecision.madeNow(tree, i, code, flags)) {
                flags.remove(Event.Flag.FUTURE); // "announced that it would cease aid": the cut, not a threat
            }
            if (flags.contains(Event.Flag.FUTURE) && frame == null && code != null) {
                // CAMEO codes a stated future act as intent (03x) or threat (13x), never as done; and only the
                // actor's own: another's forecast or a belief about it is no one's intent.
                String forecast = forecast(tree, args, i, subject, quotes);
                if (forecast != null) {
                    note(trace, i, tree, tried, p.id(), null, null, "dropped: " + forecast);
                    continue;
                }
                String family = futureFamily(code, flags.contains(Event.Flag.NEGATED));
                if (family == null) {
                    note(trace, i, tree, tried, p.id(), null, null, "dropped: " + (flags.contains(Event.Flag.NEGATED)
                            ? "a future act negated" : "a future act of root " + CameoCode.rootOf(code))
                            + " is neither intent nor threat");
                    continue;
                }
                futureOf = code;
                code = frames.code(family, code);
                reverse = null;
                // The intent, threat or refusal is stated now: it happened, as stated.
                flags.remove(Event.Flag.FUTURE);
                flags.remove(Event.Flag.NEGATED);
            } else if (frame != null && flags.contains(Event.Flag.FUTURE) && !flags.contains(Event.Flag.NEGATED)) {
                // A frame said to come is judged as any future act: another party's forecast of it ("an analyst
                // said Tokyo will urge Manila to ...") is no one's intent.
                String forecast = forecast(tree, args, i, subject, quotes);
                if (forecast != null) {
                    note(trace, i, tree, tried, p.id(), null, null, "dropped: " + forecast);
                    continue;
                }
                String intent = futureFrame(code, flags);
                if (intent != null) {
                    // "he would ask Russia to veto": an appeal he says he will make is his stated intent (03), as
                    // a future act outside a frame is; the appeal itself is not made yet.
                    futureOf = code;
                    code = intent;
                    flags.remove(Event.Flag.FUTURE);
                }
            } else if (flags.contains(Event.Flag.NEGATED)) {
                note(trace, i, tree, tried, p.id(), null, null, "dropped: negated (it did not happen)");
                continue;
            } else if (code != null && CameoCode.rootOf(code).equals("03")) {
                Quote said = quoteAt(quotes, tok.span());
                String claim = ForecastClause.claimedIntent(tree, args, i, subject,
                        said == null ? null : said.speaker(), SPEECH::contains);
                if (claim != null) {
                    note(trace, i, tree, tried, p.id(), null, null, "dropped: " + claim);
                    continue;
                }
            }
            Found src = findSource(article, s, tree, args, best, subject, i, quotes, flags);
            if (src.actor() == null) {
                String agentless = frame == null && best.bound().keySet().stream().noneMatch(k -> k.marksSource())
                        ? AgentlessPassive.why(tree, i, subject) : null;
                boolean force = code != null && FORCE_ROOTS.contains(CameoCode.rootOf(code));
                if (agentless == null && frame == null && force) {
                    agentless = AgentlessPassive.byMeans(tree, i, subject); // "a roadside bomb killed four soldiers"
                }
                if (agentless == null && frame == null && force && subject < 0) {
                    // "the bombing of a base that killed two": the act is the clause's subject, its doer unnamed.
                    agentless = AgentlessPassive.byMeans(tree, i, ActNounClause.relativeAct(tree, i));
                }
                if (agentless != null) {
                    codeAgentless(s, tree, args, best, i, code, flags, p.id(), src, agentless, tried,
                            events, eventTriggers, trace);
                    continue;
                }
                note(trace, i, tree, tried, p.id(), src.why(), null, "dropped: no source actor");
                continue;
            }
            Actor source = src.actor();
            // A private person's act that is no news event: family history decades back, or a private voice's remark.
            String notActing = CareerClause.history(tree, source, article.article().date());
            notActing = notActing != null ? notActing : PrivatePerson.why(tree, s.index(), source, code);
            if (notActing != null) {
                note(trace, i, tree, tried, p.id(), src.why(), null, "dropped: " + notActing);
                continue;
            }
            String sourceWhy = src.why();
            Span quoteSpan = src.quote();
            List<Actor> sources = ListInClause.members(tree, members(actors, source), source);
            Found tgt = findTarget(tree, args, best, i, frame, triggered, code, source, sources);
            int ownAct = code != null && CameoCode.rootOf(code).equals("11") ? Allegation.ownAct(tree, i,
                    a -> args.roles().actorsFrom(a, false).stream().anyMatch(x -> sameActor(x, source)),
                    a -> args.roles().actorsFrom(a, false).stream().anyMatch(x -> !sameActor(x, source))) : -1;
            if (ownAct >= 0 && triggered[ownAct] != null && triggered[ownAct].match() != null) {
                // "The US claimed that they had attacked Iraq": claiming one's own act is claiming responsibility
                // (015) for it, towards the act's target; the act itself stays alleged (unrealised).
                code = "015";
                reverse = null;
                Found act = findTarget(tree, args, triggered[ownAct].match(), ownAct, null, triggered,
                        triggered[ownAct].pattern().code(), source, sources);
                tgt = new Found(act.actor(), "claimed own act '" + tree.token(ownAct).word() + "': " + act.why(), null);
            }
            Actor target = tgt.actor();
            String targetWhy = tgt.why();
            boolean own = frame != null || p.handWritten();
            // A group's violence in its own country is done to that country ("Boko Haram kidnapped schoolgirls in
            // Nigeria"), not to itself.
            boolean ownCountry = target != null && target.actorCode().isCountry() && !source.actorCode().isCountry()
                    && code != null && VIOLENCE.contains(CameoCode.rootOf(code));
            int obj = tree.child(i, "obj");
            if (obj >= 0 && reflexive(tree.token(obj).word()) && code != null && FIGHT.contains(CameoCode.rootOf(code))) {
                // "the rebels attacked themselves": force a party turns on itself is no event between parties (a
                // suicide bombing, root 18, "blew himself up", stays an act without target).
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: done to the source itself");
                continue;
            }
            if (target != null && sameActor(source, target) && !ownCountry && roots.targetOptional(code, own)) {
                // "withdrew its troops", "opened its borders": done to its own, so to no other party.
                targetWhy += " (the source's own: no target)";
                target = null;
            }
            if (target != null && sources.size() >= 2 && ReciprocalAct.eachOtherObject(tree, i)) {
                // "X and Y accused each other of shelling villages": the object is the listed subject, each to each;
                // a party of the charge is not the accused.
                targetWhy += " (the object 'each other': each member to the other)";
                target = null;
            }
            List<Actor> targets = target == null ? List.of()
                    : ListInClause.members(tree, members(actors, target), target);
            targets = VictimCountry.apply(tree, args.roles(), i, code, targets);
            // Parties listed together act jointly when the act is reciprocal and has no other party ("Chile and
            // Argentina signed an accord", "Egypt, Jordan and Qatar held talks"). A stated intent (a frame, or an
            // intent verb's own 03 pattern) is joint only for a pair ("Brazil and the US seek to deepen their
            // partnership"): a longer list is a set of parties each offering or promising the same ("Australia,
            // Canada and the US offered to resettle them").
            // A longer list acts jointly only as the active subject of the act ("the US, Russia and Switzerland
            // met"), not as the agents of a passive ("a fight joined by Brunei, Malaysia and Vietnam").
            boolean intent = frame != null || code != null && CameoCode.rootOf(code).equals("03");
            boolean activeSubject = subject >= 0 && tree.rel[subject].equals("nsubj") && !tree.isPassive(i);
            boolean joint = intent || !activeSubject ? sources.size() == 2 : sources.size() >= 2;
            String mutualCode = target == null && joint ? mutualCode(code, reverse) : null;
            if (mutualCode == null && target == null && joint && activeSubject && code != null
                    && !sources.stream().allMatch(RoleFinder::unknownCountry) && ReciprocalAct.reciprocal(tree, i)) {
                mutualCode = code; // "Kenya and Somalia clashed": each with the other, whatever the root
            }
            // A noun names an act only with its parties ("US sanctions against Iran"); alone ("the plan", "aid")
            // it is a topic, so nominal triggers need a target.
            // An appeal said to come is intent towards the party to be asked: with none named, it is no event.
            boolean appealToCome = futureOf != null && CameoCode.rootOf(futureOf).equals("02");
            boolean targetOptional = roots.targetOptional(appealToCome ? futureOf : code, own)
                    && (frame != null || !tok.isNoun() || own);
            if (target == null && mutualCode == null && !targetOptional) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: no target actor");
                continue;
            }
            if (target != null && sameActor(source, target) && !ownCountry) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy,
                        "dropped: self-event " + source.code() + " -> " + target.code());
                continue;
            }
            if (target != null && countryless(code, source, target)) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: neither " + source.code()
                        + " nor " + target.code() + " has a known country");
                continue;
            }
            code = ContextSubcodes.refine(tree, i, code, source, target, k -> args.roles().actorsFrom(k, false));
            code = WarningWithoutThreat.refine(tree, i, code, frame != null, target == null);
            if (code != null && (code.startsWith("02") || code.startsWith("04")) && NamingCall.predicate(tree, i)) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: 'call X Y' names X");
                continue;
            }
            if (OrderToOwnForces.applies(tree, i, code, source, target)) {
                note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, "dropped: an order to the source's own forces");
                continue;
            }
            Span trig = tok.span();
            for (int b : best.bound().values()) {
                if (Math.abs(b - i) <= 8 && (target == null || !target.span().contains(tree.token(b).span()))) {
                    trig = trig.union(tree.token(b).span());
                }
            }
            if (frame != null && Math.abs(frame.embedded() - i) <= 8) {
                trig = trig.union(tree.token(frame.embedded()).span());
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
                    if (code != null) {
                        events.add(event(s, a, null, code, flags, trig, p.id(), quoteSpan));
                        eventTriggers.add(i);
                        made.add(code + " " + a.code() + " -> -");
                    }
                }
            } else {
                // Coordinated actors act or are acted on one by one: "Iran and Iraq criticized the US" gives two
                // events.
                for (Actor a : sources) {
                    for (Actor b : targets) {
                        if (sameActor(a, b) && !ownCountry || countryless(code, a, b)) {
                            continue;
                        }
                        if (code != null) {
                            events.add(event(s, a, b, code, flags, trig, p.id(), quoteSpan));
                            eventTriggers.add(i);
                            made.add(code + " " + a.code() + " -> " + b.code());
                        }
                        if (reverse != null) {
                            events.add(event(s, b, a, reverse, flags, trig, p.id(), quoteSpan));
                            eventTriggers.add(i);
                            made.add(reverse + " " + b.code() + " -> " + a.code());
                        }
                    }
                }
            }
            note(trace, i, tree, tried, p.id(), sourceWhy, targetWhy, made.isEmpty() ? "no event"
                    : "event " + String.join(", ", made) + (flags.isEmpty() ? "" : " " + flags));
        }
        // A trigger that is a condition word of a larger pattern that gave an event is part of that phrase, not an
        // event of its own ("the lifting of sanctions against Iran").
        for (int k = events.size() - 1; k >= 0; k--) {
            int by = consumedBy[eventTriggers.get(k)];
            if (by >= 0 && (eventTriggers.contains(by) || framedBy[by] >= 0 && eventTriggers.contains(framedBy[by]))) {
                note(trace, eventTriggers.get(k), tree, null, null, null, null, "dropped: a condition word of the"
                        + " pattern at '" + tree.token(by).word() + "', which codes the whole phrase");
                events.remove(k);
                eventTriggers.remove(k);
            }
        }
        dropSameAct(events, eventTriggers, tree, trace);
        dropGoverningWithoutTarget(events, eventTriggers, tree, trace);
        return finish(events, eventTriggers, tree);
    }

    /**
     * Codes an agentless passive ("Two journalists were arrested in Cairo") with no source, where the codebook allows
     * an unnamed doer ({@link AgentlessPassive}): the passive subject or another target phrase must be an actor of a
     * known country, as an event between two unknowns is dropped when both are named.
     */
    private void codeAgentless(Sentence s, DependencyTree tree, ArgumentFinder args, PatternMatcher.Match best, int i,
            String code, Set<Event.Flag> flags, String rule, Found src, String agentless,
            List<Explanation.Tried> tried, List<Event> events, List<Integer> eventTriggers, Trace trace) {
        String sourceWhy = src.why() + "; " + agentless;
        if (code == null || !roots.sourceOptional(code)) {
            note(trace, i, tree, tried, rule, sourceWhy, null, "dropped: no source actor, and "
                    + (code == null ? "the pattern codes no event" : "root " + CameoCode.rootOf(code)
                    + " needs a named doer (roots.tsv)"));
            return;
        }
        // The party the act was done to, never the place it was done in ("currencies have been blocked in Iraqi
        // banks" was not done to the banks), nor the owner of a thing: with no doer named, "Iranian currencies
        // have been blocked" says too little of who acted on whom.
        Actor target = null;
        String targetWhy = "no object or target phrase";
        for (ArgumentFinder.Candidate c : args.targets(i, best)) {
            if (c.rule() == ArgumentFinder.Rule.PLACE) {
                continue;
            }
            // A demonym modifying a thing ("Iranian currencies") is its owner, not the party acted on.
            List<ArgumentFinder.Argument> found = args.arguments(c, false).stream()
                    .filter(x -> x.actor().tokenEnd() - x.actor().tokenStart() > 1
                            || !tree.rel[x.actor().tokenStart()].equals("amod"))
                    .toList();
            targetWhy = c.rule().label() + " '" + tree.token(c.token()).word() + "'"
                    + (found.isEmpty() ? " is no actor" : " -> " + found.get(0).actor().code());
            if (!found.isEmpty()) {
                target = found.get(0).actor();
                break;
            }
        }
        if (target == null || RoleFinder.unknownCountry(target)) {
            note(trace, i, tree, tried, rule, sourceWhy, targetWhy, "dropped: no source actor, and "
                    + (target == null ? "no target actor" : "the target " + target.code() + " has no known country"));
            return;
        }
        Span trig = tree.token(i).span();
        for (int b : best.bound().values()) {
            if (Math.abs(b - i) <= 8 && !target.span().contains(tree.token(b).span())) {
                trig = trig.union(tree.token(b).span());
            }
        }
        events.add(event(s, null, target, code, flags, trig, rule, src.quote()));
        eventTriggers.add(i);
        note(trace, i, tree, tried, rule, sourceWhy, targetWhy, "event " + code + " - -> " + target.code()
                + " (source unnamed)" + (flags.isEmpty() ? "" : " " + flags));
    }

    /**
     * Drops an event without a target whose open complement holds another event's trigger: "decided to take
     * action against France" is the action; the deciding adds nothing, and an imported pattern that matched it on a
     * phrase of the inner clause ("against") would code a false event.
     */
    private static void dropGoverningWithoutTarget(List<Event> events, List<Integer> triggers, DependencyTree tree,
            Trace trace) {
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).target() != null) {
                continue;
            }
            int t = triggers.get(k);
            for (int other : triggers) {
                if (other != t && governs(tree, t, other)) {
                    note(trace, t, tree, null, null, null, null, "dropped: no target, and it governs the event at '"
                            + tree.token(other).word() + "'");
                    events.remove(k);
                    triggers.remove(k);
                    break;
                }
            }
        }
    }

    /**
     * Drops an event that names the same act as another event of the sentence ({@link OneAct}): an act inside what
     * an intent frame embeds, an announced intent's content coded twice, the participle of an attack's result.
     */
    private void dropSameAct(List<Event> events, List<Integer> triggers, DependencyTree tree, Trace trace) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            for (int j = 0; j < events.size(); j++) {
                Event o = events.get(j);
                String why = OneAct.why(tree, triggers.get(k), e.code(), e.target() != null, triggers.get(j),
                        o.code(), o.target() != null, l -> frames.verb(l) != null);
                if (why != null) {
                    note(trace, triggers.get(k), tree, null, null, null, null, "dropped: " + why);
                    events.remove(k);
                    triggers.remove(k);
                    break;
                }
            }
        }
    }

    /** Whether {@code t} is the open complement of {@code ancestor}, directly or through other ones. */
    private static boolean governs(DependencyTree tree, int ancestor, int t) {
        for (int cur = t, guard = 0; cur >= 0 && guard < tree.size() && tree.rel[cur].equals("xcomp"); guard++) {
            cur = tree.head[cur];
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** An actor found for a role (or null), why, and for a source the quote it was found in. */
    private record Found(Actor actor, String why, Span quote) {
    }

    /**
     * The source of the act at {@code i}: the subject (or the phrase the pattern marks), a document's issuer, and
     * for a pronoun or missing subject the speaker of the quote or reporting verb around it. Adds
     * {@link Event.Flag#REPORTED} to {@code flags} inside reported speech.
     */
    private Found findSource(AnnotatedArticle article, Sentence s, DependencyTree tree, ArgumentFinder args,
            PatternMatcher.Match best, int subject, int i, List<Quote> quotes, Set<Event.Flag> flags) {
        RoleFinder roles = args.roles();
        Token tok = tree.token(i);
        Actor source = null;
        int srcTok = subject;
        boolean srcBroad = false;
        for (var e : best.bound().entrySet()) {
            if (e.getKey().marksSource()) {
                srcTok = e.getValue();
                srcBroad = true;
            }
        }
        if (srcTok >= 0 && !roles.isFirstPerson(srcTok)) {
            // A country's property does nothing itself: "a Georgian cargo plane flying to New Delhi" is no visit.
            List<Actor> found = roles.actorsFrom(srcTok, srcBroad).stream()
                    .filter(a -> !ActorResolver.OWNER_RULE.equals(a.rule())).toList();
            if (found.isEmpty() && DOCUMENTS.contains(tree.lemma[srcTok])) {
                // "X issued a statement urging Y to ...": a statement speaks for whoever issued it.
                int issuer = args.issuerOf(srcTok);
                found = issuer >= 0 ? roles.actorsFrom(issuer, false) : List.of();
            }
            source = found.isEmpty() ? null : found.get(0);
        }
        String role = srcTok < 0 ? "" : srcTok != subject ? "marked phrase"
                : args.subject(i) == null ? "holder of '" + tok.word() + "'" : args.subject(i).rule().label();
        String why = srcTok < 0 ? "no subject" : role + " '" + tree.token(srcTok).word() + "'"
                + (source == null ? " is no actor" : " -> " + source.code());
        // An -ing form without an actor subject names an activity, not an act of the speaker: "facilitating
        // visas can help", "improving relations is important".
        boolean topic = source == null && tok.pos().equals("VBG") && !roles.isFirstPerson(srcTok);
        // The speaker stands in only for a pronoun or missing subject, and not for the unnamed agent of a
        // passive ("X said eight people were killed": X did not kill them).
        // Nor for a past participle describing a noun ("mend damaged ties", "officials accused of"): a passive
        // whose agent is unnamed, not an act of the speaker.
        boolean describing = tok.pos().equals("VBN") && (tree.rel[i].equals("amod") || tree.rel[i].equals("acl"))
                || args.participleAsVerb(i);
        boolean speakerMay = source == null && !topic && roles.mayBeSpeaker(srcTok)
                && !(srcTok < 0 && (tree.isPassive(i) || describing))
                && !(srcTok < 0 && tok.isNoun() && ActNounClause.ownClause(tree, i)) // "the attack is an attack on"
                && !(srcTok < 0 && ActNounClause.relativeAct(tree, i) >= 0); // "X said ... the strike that killed"
        PronounLink other = speakerMay ? SpeakerStandIn.link(article, s, srcTok) : null;
        Span quoteSpan = null;
        Quote q = quoteAt(quotes, tok.span());
        if (q != null && srcTok >= 0 && SpeakerStandIn.quotedThirdPerson(q, tree.token(srcTok))) {
            speakerMay = false;
        }
        if (q != null) {
            quoteSpan = q.content();
            if (q.kind() == Quote.Kind.INDIRECT) {
                flags.add(Event.Flag.REPORTED);
            }
            if (source == null && q.speaker() != null && speakerMay && SpeakerStandIn.refersTo(other, q.speaker())) {
                source = q.speaker();
                why += "; quote speaker -> " + source.code();
            }
        }
        int speech = speechAncestor(tree, i);
        if (speech >= 0) {
            flags.add(Event.Flag.REPORTED);
            if (source == null && speakerMay) {
                int sp = args.subjectToken(speech);
                List<Actor> found = sp >= 0 ? roles.actorsFrom(sp, false) : List.of();
                if (!found.isEmpty() && SpeakerStandIn.refersTo(other, found.get(0))) {
                    source = found.get(0);
                    why += "; speaker of '" + tree.token(speech).word() + "' -> " + source.code();
                }
            }
        }
        return new Found(source, why, quoteSpan);
    }

    /**
     * The target of the act at {@code i}: the first candidate phrase ({@link ArgumentFinder#targets}; for a
     * frame, its own object first, then the embedded action's) that leads to an actor other than the source and
     * its coordination.
     */
    private Found findTarget(DependencyTree tree, ArgumentFinder args, PatternMatcher.Match best, int i, Framed frame,
            Triggered[] triggered, String code, Actor source, List<Actor> sources) {
        List<ArgumentFinder.Candidate> candidates = args.targets(i, best);
        if (frame != null) {
            // The frame's own object first ("urged Iraq to withdraw"), then the embedded action's target
            // ("pledged to send monitors to Sudan").
            Triggered inner = triggered[frame.embedded()];
            if (inner != null && inner.match() != null) {
                candidates.addAll(args.targets(frame.embedded(), inner.match()));
            } else {
                candidates.addAll(args.clauseTargets(frame.embedded()));
            }
        }
        Actor target = null;
        ArgumentFinder.Candidate from = null;
        boolean cooperative = nonConflict(code);
        for (int k = 0; k < candidates.size() && target == null; k++) {
            from = candidates.get(k);
            int tok = from.token();
            // Only a direct object the pattern does not name: "improved X's trade balance" is not done to X,
            // but "expressed appreciation for X's help" is, and so is "reduce X's debt" (a pattern for debt
            // relief names "debt").
            boolean owners = !(cooperative && tree.rel[tok].equals("obj") && args.roles().isThing(tok)
                    && !best.bound().containsValue(tok));
            List<Actor> found = args.arguments(from, owners).stream().map(ArgumentFinder.Argument::actor).toList();
            target = pickTarget(found, source, sources);
        }
        if (target != null && source != null && RoleFinder.unknownCountry(source) && RoleFinder.unknownCountry(target)
                && ArgumentFinder.actsOnPlace(best.pattern())) {
            // "Militants attacked a village in Burkina Faso": with neither party's country known, the act is
            // done to the country it was done in, as CAMEO codes attacks on places.
            for (ArgumentFinder.Candidate c : candidates) {
                if (c.rule() != ArgumentFinder.Rule.PLACE) {
                    continue;
                }
                Actor place = pickTarget(args.arguments(c, true).stream().map(ArgumentFinder.Argument::actor)
                        .toList(), source, sources);
                if (place != null && !RoleFinder.unknownCountry(place)) {
                    target = place;
                    from = c;
                    break;
                }
            }
        }
        if (target == null && source != null && !source.actorCode().isCountry() && code != null
                && VIOLENCE.contains(CameoCode.rootOf(code))) {
            // "Boko Haram kidnapped schoolgirls in Nigeria": violence by a group within a country is done to the
            // country it is done in, although that is the group's own (which pickTarget passes over).
            for (ArgumentFinder.Candidate c : candidates) {
                if (c.rule() != ArgumentFinder.Rule.PLACE) {
                    continue;
                }
                for (ArgumentFinder.Argument a : args.arguments(c, true)) {
                    Actor place = a.actor();
                    if (place.actorCode().isCountry() && sources.stream().noneMatch(m -> m.span().equals(place.span()))) {
                        target = place;
                        from = c;
                        break;
                    }
                }
                if (target != null) {
                    break;
                }
            }
        }
        if (target == null && !candidates.isEmpty()) {
            from = candidates.get(0);
        }
        String why = from == null ? "no object or target phrase"
                : "'" + tree.token(from.token()).word() + "' (" + from.rule().label() + ")"
                + (target == null ? " leads to no actor" : " -> " + target.code());
        return new Found(target, why, null);
    }

    /**
     * Step 1: for each trigger token, the most specific pattern that matches it (null where none does, or it is in
     * the boilerplate, or a blocking pattern wins). Notes each failure in the trace.
     */
    private Triggered[] matchTriggers(AnnotatedArticle article, DependencyTree tree, ArgumentFinder args,
            Trace trace) {
        Triggered[] out = new Triggered[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            List<Pattern> candidates = patterns.forTrigger(tree.lemma[i]);
            boolean frameVerb = frames.verb(tree.lemma[i]) != null || StatePassive.frame(tree, i, frames) != null;
            if (candidates.isEmpty() && !frameVerb) {
                continue;
            }
            List<Explanation.Tried> tried = trace.on() ? new ArrayList<>() : null;
            int subject = args.subjectToken(i);
            if (subject < 0) {
                subject = StatePassive.holder(tree, i, frames); // "they are committed to reform"
            }
            if (inBoilerplate(article, tree.token(i).span())) {
                note(trace, i, tree, tried, null, null, null, "skipped: in boilerplate");
                continue;
            }
            PatternMatcher.Match best = null;
            for (Pattern p : candidates) {
                StringBuilder why = trace.on() ? new StringBuilder() : null;
                PatternMatcher.Match m = PatternMatcher.match(p, tree, i, subject, why);
                if (tried != null) {
                    tried.add(new Explanation.Tried(p.id(), codeLabel(p), m == null ? why.toString() : null));
                }
                if (m != null && best == null) {
                    best = m; // patterns come most specific first
                    if (!trace.on()) {
                        break;
                    }
                }
            }
            if (best != null && best.pattern().blocks()) {
                if (!frameVerb) {
                    note(trace, i, tree, tried, best.pattern().id(), null, null,
                            "not an event: pattern " + best.pattern().id() + " blocks it");
                    continue;
                }
                best = null;
            }
            if (best == null && !frameVerb) {
                note(trace, i, tree, tried, null, null, null, "no pattern matched");
            }
            out[i] = new Triggered(i, best, tried == null ? List.of() : tried, subject);
        }
        return out;
    }

    /**
     * Step 2: the frame at verb {@code i}, if it is a frame verb embedding an action: a complement clause ("vowed
     * to boost trade", "warned that it would retaliate"), an event noun as object ("demanded the release of",
     * "pledged aid") or after "for" ("called for a ceasefire"); or a speech verb reporting a duty laid on a party
     * ({@link ObligationClause}: "says Israel must withdraw").
     */
    private Framed frame(DependencyTree tree, int i, Triggered[] triggered, IntPredicate party) {
        Frames.Verb v = StatePassive.frame(tree, i, frames) != null ? StatePassive.frame(tree, i, frames)
                : frames.verb(tree.lemma[i]);
        int duty = v == null ? ObligationClause.embedded(tree, i, SPEECH::contains, party) : -1;
        if (duty >= 0) {
            // "Russia says Israel must end its attacks": the speaker demands (must) or urges (should) it.
            Triggered inner = triggered[duty];
            String embedded = inner != null && inner.match() != null && frames.verb(tree.lemma[duty]) == null
                    ? inner.pattern().code() : null;
            String root = ObligationClause.root(tree, duty);
            return new Framed(i, duty, frames.code(root, embedded), "obligation:" + tree.lemma[i] + " ... "
                    + (root.equals("10") ? "must" : "should") + (embedded == null ? "" : "<-" + inner.pattern().id()));
        }
        String pos = tree.token(i).pos();
        if (v == null || !(pos.startsWith("VB") || pos.startsWith("JJ") && v.adjective())) {
            return null;
        }
        if (AccordWith.states(tree, i)) {
            return null; // "agreed with Peru that ...": accord (019), coded by its pattern, not an intent
        }
        int e = -1;
        for (int ch : tree.children(i)) {
            String r = tree.rel[ch];
            if ((r.equals("xcomp") || r.equals("ccomp")) && tree.token(ch).pos().startsWith("VB")) {
                e = ch;
                break;
            }
            // A disposition ("is committed to expanding trade") takes a gerund after "to" as its act, as it
            // takes an infinitive; the verb in another form does not ("by committing to never discussing").
            boolean disposition = pos.startsWith("JJ") || StatePassive.frame(tree, i, frames) != null;
            if (disposition && (r.startsWith("obl") || r.equals("advcl")) && "to".equals(tree.preposition(ch))) {
                // The parser often reads the gerund as a modifier of its object ("to [expanding] trade").
                int gerund = tree.token(ch).pos().equals("VBG") ? ch
                        : tree.token(ch - 1).pos().equals("VBG") && tree.rel[ch - 1].equals("amod") ? ch - 1 : -1;
                if (gerund >= 0) {
                    e = gerund;
                    break;
                }
            }
        }
        if (e < 0) {
            for (int ch : tree.children(i)) {
                String r = tree.rel[ch];
                boolean event = triggered[ch] != null && triggered[ch].match() != null;
                if (event && tree.token(ch).isNoun() && (r.equals("obj")
                        || r.startsWith("obl") && "for".equals(tree.preposition(ch)))) {
                    e = ch;
                    break;
                }
            }
        }
        if (e < 0 && v.strong()) {
            // No action embedded, but a thing the frame is about: "threatened Belarus with new sanctions",
            // "demanded the resignation of the minister", "appealed for food aid".
            for (int ch : tree.children(i)) {
                String r = tree.rel[ch];
                String prep = tree.preposition(ch);
                boolean about = r.equals("obj") || r.startsWith("obl") && ("for".equals(prep) || "with".equals(prep));
                if (about && tree.token(ch).isNoun() && frames.hasTopic(v.root(), topicWords(tree, ch))) {
                    e = ch;
                    break;
                }
            }
        }
        if (e >= 0 && !v.strong() && (triggered[e] == null || triggered[e].match() == null)) {
            // "is eyeing an agreement with Cairo to weaken its ties": an infinitive that codes nothing after an
            // object that is an act is the purpose of that act; the act is what the weak frame embeds.
            int o = tree.child(i, "obj");
            if (o >= 0 && o < e && tree.token(o).isNoun() && triggered[o] != null && triggered[o].match() != null) {
                e = o;
            }
        }
        if (e < 0 || NamingCall.names(tree, i, e)) {
            return null;
        }
        if (ImaginedClause.why(tree, e) != null) {
            return null; // "hoped that Russia would withdraw": another's act hoped for is no intent of the hoper
        }
        if (v.root().equals("12") && NO_COMMENT.contains(tree.lemma[e])) {
            return null; // "declined to comment" is 011, a statement
        }
        Triggered inner = triggered[e];
        String embedded = inner != null && inner.match() != null ? inner.pattern().code() : null;
        if (embedded != null && frames.verb(tree.lemma[e]) != null) {
            embedded = null; // "agreed to consider": the inner frame gives no action
        }
        if (embedded == null && !v.strong()) {
            return null;
        }
        String root = v.root();
        int asked = tree.child(i, "obj");
        if (frames.rootWithObject(v.lemma()) != null && tree.rel[e].equals("xcomp") && asked >= 0 && party.test(asked)) {
            root = frames.rootWithObject(v.lemma()); // "wants Putin to attack": an appeal to Putin
        }
        if (root.equals("03") && codebook.root(embedded).map(r -> r.quadClass() == 4).orElse(false)) {
            root = "13"; // "vowed to attack", "plans to impose sanctions": a stated hostile intent is a threat
        }
        String code = frames.code(root, embedded, topicWords(tree, e));
        String rule = "frames.tsv:" + v.lemma() + (embedded == null ? "" : "<-" + inner.pattern().id());
        return new Framed(i, e, code, rule);
    }

    /**
     * What the phrase headed by {@code e} is about, most telling first: "modifier head" lemma pairs of its head
     * ("food aid"), the head, then the same for its object and nominal dependents ("halt [its offensive]",
     * "the resignation [of the minister]"), then the modifiers alone.
     */
    private static List<String> topicWords(DependencyTree tree, int e) {
        List<Integer> heads = new ArrayList<>();
        heads.add(e);
        for (int ch : tree.children(e)) {
            String r = tree.rel[ch];
            if ((r.equals("obj") || r.startsWith("obl") || r.startsWith("nmod")) && tree.token(ch).isNoun()) {
                heads.add(ch);
            }
        }
        List<String> words = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        for (int h : heads) {
            for (int ch : tree.children(h)) {
                String r = tree.rel[ch];
                if (r.equals("amod") || r.equals("compound") || r.startsWith("nmod")) {
                    words.add(tree.lemma[ch] + " " + tree.lemma[h]);
                    modifiers.add(tree.lemma[ch]);
                }
            }
            words.add(tree.lemma[h]);
        }
        words.addAll(modifiers);
        return words;
    }

    /** The match a frame codes with: the frame's code, keeping the verb's own bound words where it had a match. */
    private static PatternMatcher.Match frameMatch(Framed f, Triggered t, Triggered inner, DependencyTree tree) {
        Pattern p = new Pattern(f.rule(), f.code(), null, Set.of(tree.lemma[f.verb()]), 'V', List.of(), true, true);
        java.util.Map<Constraint, Integer> bound = new java.util.HashMap<>();
        if (t != null && t.match() != null) {
            bound.putAll(t.match().bound());
        }
        if (inner != null && inner.match() != null) {
            // The words the embedded action's pattern names stay named: "promised to reduce Portugal's debt" is
            // debt relief for Portugal, as "reduced Portugal's debt" is.
            for (var e : inner.match().bound().entrySet()) {
                if (!e.getKey().marksSource()) {
                    bound.put(e.getKey(), e.getValue());
                }
            }
        }
        return new PatternMatcher.Match(p, bound);
    }

    /**
     * Why the act at {@code t} is not reported as done, or null: a hypothetical or conditional clause ("could
     * attack", "if Iran attacks"), or a purpose clause ("sent troops to fight the rebels", "is scheduled to
     * travel"), or the content of a charge or denial ("accused Iran of spying": only the accusation is coded). A
     * frame's own verb is judged by its own modality only.
     */
    private String unrealised(DependencyTree tree, int t, Set<Event.Flag> flags, boolean frame) {
        if (flags.contains(Event.Flag.HYPOTHETICAL)) {
            return "hypothetical or conditional (it has not happened)";
        }
        String clause = UnrealisedClause.why(tree, t);
        if (clause != null) {
            return clause;
        }
        if (frame) {
            return null;
        }
        // A verb joined to a to-infinitive shares its "to" ("to seize the assets and hand them"), and a nominal
        // act is as done as the verb whose object it is ("to impose a blockade").
        int v = UndoneComplement.clauseOf(tree, t);
        int h = tree.head[v];
        int alleged = Allegation.allegedBy(tree, t, CLAIMED);
        if (alleged >= 0) {
            return "what '" + tree.token(alleged).word() + "' charges or denies (or alleges), not an act reported as"
                    + " done";
        }
        boolean toInfinitive = false;
        for (int ch : tree.children(v)) {
            if (tree.rel[ch].equals("mark") && tree.lemma[ch].equals("to")) {
                toInfinitive = true;
            }
        }
        if (toInfinitive && h >= 0 && !ASPECTUAL.contains(tree.lemma[h]) && !flags.contains(Event.Flag.FUTURE)) {
            return "a purpose or plan ('" + tree.token(h).word() + " ... to " + tree.token(t).word()
                    + "'), not an act done";
        }
        if (toInfinitive && h >= 0 && tree.rel[v].equals("xcomp") && tree.token(h).isVerb()) {
            // "an effort ... to persuade manufacturers to close": what a persuasion brings about is as done as
            // the persuasion, so an undone one leaves it undone too.
            Set<Event.Flag> above = EnumSet.noneOf(Event.Flag.class);
            modality(tree, h, above);
            String why = unrealised(tree, h, above, false);
            why = why != null ? why : UndoneComplement.why(tree, h, null);
            if (why != null) {
                return "brought about by '" + tree.token(h).word() + "', itself undone: " + why;
            }
        }
        return null;
    }

    /**
     * The frame root a future act is coded under: intent (03) for cooperation, yielding and aid (03 to 08),
     * threat (13) for conflict (14 to 20), rejection (12) for a cooperative act refused ("will not lift the
     * embargo"); null where CAMEO has none (a future statement, a negated threat).
     */
    private String futureFamily(String code, boolean negated) {
        return codebook.root(code).map(r -> negated ? r.futureNegated() : r.future()).orElse(null);
    }

    /**
     * The code of a frame told in the future ("will ask X to veto") when the codebook codes a future act of the
     * frame's root under another root (an appeal, 02, as intent, 03): that root's default, since the embedded act
     * is what the frame asks of another party, not what the source intends to do. Null when the frame keeps its
     * code (not future, negated, or a root whose future is itself: "will promise", "will threaten").
     */
    private String futureFrame(String code, Set<Event.Flag> flags) {
        if (code == null || !flags.contains(Event.Flag.FUTURE) || flags.contains(Event.Flag.NEGATED)) {
            return null;
        }
        String family = futureFamily(code, false);
        return family == null || family.equals(CameoCode.rootOf(code)) ? null : frames.code(family, null);
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
            String key = e.code() + "|" + (e.source() == null ? "" : e.source().code()) + "|" + (e.target() == null ? "" : e.target().code());
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
                e.quote());
    }

    private Event event(Sentence s, Actor source, Actor target, String code, Set<Event.Flag> flags, Span trigger,
            String rule, Span quote) {
        CameoCode c = codebook.get(code).orElseThrow(() -> new IllegalStateException("unknown code " + code));
        return new Event(s.index(), source, target, code, c.root(), c.quadClass(), c.goldstein(), c.ploverCategory(),
                c.ploverMode(), flags, false, trigger, s.span(), rule, quote);
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
    private String mutualCode(String code, String reverse) {
        String c = code != null ? code : reverse;
        if (c == null) {
            return null;
        }
        boolean mutual = codebook.contains(c) && codebook.root(c).map(CameoRoot::mutual).orElse(false);
        return mutual ? c : null;
    }

    /**
     * Whether the pattern codes one of the roots 01 to 10 (statements, appeals, intents, consultation, cooperation,
     * aid, yielding, investigation, demands): acts whose object is often a thing of a country ("improve X's trade
     * balance", "affected X's exports") that the country is not the target of. Conflict roots keep such owners
     * as targets: "attacked an X ship" is an attack on X.
     */
    private boolean nonConflict(String code) {
        if (code == null) {
            return false;
        }
        return codebook.contains(code) && !codebook.root(code).map(CameoRoot::ownerIsTarget).orElse(true);
    }

    /** Roots of assault, fight and mass violence (CAMEO 18, 19, 20). */
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
    private static final Set<String> FIGHT = Set.of("19", "20");

    private static boolean reflexive(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("self") || w.endsWith("selves");
    }

    /**
     * The first candidate from another country than the source; else the first that is not the source itself.
     * Never one of the source's own coordination: actors listed together act together, and are not each other's
     * target ("Britain, France and Germany condemned Iran").
     */
    private static Actor pickTarget(List<Actor> found, Actor source, List<Actor> sources) {
        List<Actor> open = new ArrayList<>();
        for (Actor a : found) {
            if (source != null && sameActor(a, source)) {
                continue; // "withdrew its troops from Albania": its own troops are not what it acts on
            }
            if (sources.size() < 2 || sources.stream().noneMatch(m -> m.span().equals(a.span()))) {
                open.add(a);
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        for (Actor a : open) {
            if (source == null || a.country() == null || !a.country().equals(source.country())) {
                return a;
            }
        }
        return open.get(0);
    }

    /** Same actor: equal codes, or a country and one of its own institutions ("IRN" and "IRNGOV"). */
    static boolean sameActor(Actor a, Actor b) {
        if (a.span().equals(b.span()) || a.code().equals(b.code())) {
            return true;
        }
        String ca = Actor.countryOf(a.code());
        String cb = Actor.countryOf(b.code());
        return ca != null && ca.equals(cb) && (a.actorCode().isCountry() || b.actorCode().isCountry());
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
        boolean negationCarries = true;
        for (int guard = 0; guard < 4 && cur >= 0; guard++) {
            for (int ch : tree.children(cur)) {
                String r = tree.rel[ch];
                String l = tree.lemma[ch];
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATORS.contains(l)) {
                    if (!negationCarries) {
                        continue;
                    }
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
            // Not an infinitive with a subject of its own ("permission for Russia to help"): what the object
            // allows or asks of another party, not the governing clause's own act.
            boolean infinitive = r.equals("acl") && "to".equals(tree.preposition(cur))
                    && tree.child(cur, "nsubj") < 0;
            boolean object = tree.isNominal(cur) && (r.equals("obj") || r.equals("nsubj:pass"));
            boolean joined = sharesAuxiliary(tree, cur);
            // A bare infinitive without a subject that the parser reads as dep or ccomp ("will help release the
            // detainees", "will help free them") is the verb's open complement, as an xcomp is.
            xcomp |= (r.equals("dep") || r.equals("ccomp")) && tree.token(cur).pos().equals("VB")
                    && tree.child(cur, "nsubj", "nsubj:pass", "mark") < 0 && tree.head[cur] >= 0
                    && tree.token(tree.head[cur]).isVerb();
            if (!xcomp && !infinitive && !object && !joined) {
                break;
            }
            if (joined) {
                // "will cede the land and pay": the auxiliary is written once for both verbs; a negation only
                // with "or"/"nor" ("did not attack or invade"), not "and" ("did not cede and paid").
                int cc = tree.child(cur, "cc");
                negationCarries = cc >= 0 && (tree.lemma[cc].equals("or") || tree.lemma[cc].equals("nor"));
            }
            cur = tree.head[cur];
            if (xcomp && cur >= 0 && (INTENT.contains(tree.lemma[cur]) || SCHEDULED.contains(tree.lemma[cur]))) {
                flags.add(Event.Flag.FUTURE);
            }
        }
        // "maybe some got caught", "if you told us that's what you intended", "we would have never let you in".
        if (ForecastClause.conditional(tree, t) || ForecastClause.counterfactual(tree, t)) {
            flags.add(Event.Flag.HYPOTHETICAL);
        }
    }

    /**
     * Whether verb {@code v} is joined to a verb ("and pay") without a subject or auxiliary of its own, so that it
     * shares its first verb's auxiliaries; not after "but" ("will not sign but talk").
     */
    private static boolean sharesAuxiliary(DependencyTree tree, int v) {
        int h = tree.head[v];
        if (!tree.rel[v].equals("conj") || h < 0 || !tree.token(v).isVerb()
                || !tree.token(h).pos().equals(tree.token(v).pos())) {
            return false; // "will meet X and said": another tense is another clause
        }
        if (tree.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "csubj") >= 0) {
            return false;
        }
        int cc = tree.child(v, "cc");
        return cc < 0 || !tree.lemma[cc].equals("but");
    }

    /**
     * Whether an event between {@code a} and {@code b} is dropped for want of a country: neither has one, and it is
     * not a fight between a state force and an armed group ({@link FightBetweenGroups}).
     */
    private static boolean countryless(String code, Actor a, Actor b) {
        return RoleFinder.unknownCountry(a) && RoleFinder.unknownCountry(b) && !FightBetweenGroups.kept(code, a, b);
    }

    /** Why a future act at {@code i} is another party's forecast rather than the actor's own intent, or null. */
    private String forecast(DependencyTree tree, ArgumentFinder args, int i, int subject, List<Quote> quotes) {
        Quote said = quoteAt(quotes, tree.token(i).span());
        return ForecastClause.why(tree, args, i, subject, said == null ? null : said.speaker(), SPEECH::contains,
                l -> frames.verb(l) != null);
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

    private static void note(Trace trace, int i, DependencyTree tree,
            List<Explanation.Tried> tried, String chosen, String source, String target, String outcome) {
        if (trace.on()) {
            trace.add(new Explanation.TriggerTrace(i, tree.lemma[i], tried == null ? List.of() : tried, chosen, source,
                    target, outcome));
        }
    }
}
