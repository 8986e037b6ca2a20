package dateline.time;

import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.TimeExpression;
import dateline.nlp.TimeTagger;
import dateline.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event-dating stage: after events are coded, gives each the date its own sentence states for it, resolved
 * against the article's publication date, or the publication date when the text states none.
 *
 * <p>Which expression belongs to which event is read from the dependency parse, not from nearness: an expression
 * belongs to an event when its head attaches, through nouns and prepositions, to a word of the event's trigger or
 * to the head of the trigger's clause ("Rouhani, in a telephone conversation ... on Saturday afternoon, added";
 * "The envoy, who arrived on Friday, met the president on Sunday": Sunday belongs to the meeting, Friday to the
 * arrival). Of several, the one with the fewest edges to the trigger wins; one that resolves to nothing (a future
 * "next Tuesday") is passed over. Sentences without a parse get the publication date.
 *
 * <p>Thread-safe: holds only the SUTime tagger, which is.
 */
public final class EventDater {
    /** Prepositions that open a date phrase and belong to its evidence ("on Saturday afternoon"). */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "during", "over", "since", "by");
    /** Relations that start a clause of their own: walking up from a date stops at such a head. */
    private static final Set<String> CLAUSAL = Set.of("root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl",
            "parataxis", "csubj", "csubj:pass");

    /** Relations by which a noun trigger is an argument of its clause's head. */
    private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "compound");
    /** Relations of a subject phrase: a date inside it is not the verb's. */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "would", "wo");
    /** Heads of "X to VERB" that put VERB in the future. */
    private static final Set<String> FUTURE_GOVERNORS = Set.of("due", "schedule", "expect", "set", "plan", "intend",
            "go", "prepare", "aim", "hope", "want", "seek", "vow", "pledge", "promise", "threaten");

    private final TimeTagger tagger;
    private final DateResolver resolver = new DateResolver();
    private final TimeCues cues = new TimeCues();

    public EventDater(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** A dater with SUTime's bundled rules. */
    public static EventDater bundled() {
        return new EventDater(TimeTagger.load());
    }

    /** The date of each event, in the order of {@code events} (a list parallel to it). */
    public List<EventDate> date(AnnotatedArticle article, List<Event> events) {
        Map<Integer, List<TimeExpression>> bySentence = new HashMap<>();
        List<EventDate> dates = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean future = e.flags().contains(Event.Flag.FUTURE) || e.flags().contains(Event.Flag.HYPOTHETICAL);
            // SUTime runs only for an event that can take a date from its sentence: it is the dater's whole cost.
            List<TimeExpression> expressions = e.trigger() == null || future ? List.of()
                    : bySentence.computeIfAbsent(e.sentence(), i -> expressions(article, i));
            dates.add(date(article, e.sentence(), e.trigger(), expressions, future));
        }
        return dates;
    }

    /** The date of an event triggered by {@code trigger} in sentence {@code sentence}. */
    public EventDate dateOf(AnnotatedArticle article, int sentence, Span trigger) {
        return date(article, sentence, trigger, expressions(article, sentence), false);
    }

    private List<TimeExpression> expressions(AnnotatedArticle article, int sentence) {
        Sentence s = article.sentences().get(sentence);
        if (!s.parsed() || !cues.mayHoldDate(s)) {
            return List.of();
        }
        return tagger.find(article, s, article.article().date());
    }

    /**
     * @param future whether the coder flagged the event as future or hypothetical: its date phrase, if any, is
     *               after publication, so the event keeps the publication date
     */
    private EventDate date(AnnotatedArticle article, int sentence, Span trigger, List<TimeExpression> expressions,
            boolean future) {
        LocalDate published = article.article().date();
        Sentence s = article.sentences().get(sentence);
        if (expressions.isEmpty() || trigger == null || future) {
            return EventDate.published(published);
        }
        Set<Integer> triggerTokens = new HashSet<>();
        for (Token t : s.tokens()) {
            if (t.span().overlaps(trigger)) {
                triggerTokens.add(t.index());
            }
        }
        Set<Integer> anchors = new HashSet<>(triggerTokens);
        boolean verbal = triggerTokens.stream().anyMatch(t -> s.tokens().get(t).isVerb());
        for (int t : triggerTokens) {
            int head = clauseHead(s, t);
            // A noun trigger shares its clause's date only as the clause's subject or object ("held talks on
            // Monday"); "declared Tuesday a day of mourning for the victims of the attack" does not date the attack.
            if (verbal || argumentOf(s, t, head)) {
                anchors.add(head);
            }
        }
        if (futureClause(s, anchors)) {
            return EventDate.published(published);
        }
        List<TimeExpression> attached = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (TimeExpression x : expressions) {
            int d = distance(s, x, triggerTokens, anchors);
            if (d >= 0) {
                int at = 0;
                while (at < distances.size() && distances.get(at) <= d) {
                    at++;
                }
                attached.add(at, x);
                distances.add(at, d);
            }
        }
        String text = article.article().text();
        for (TimeExpression x : attached) {
            Optional<DateResolver.Resolution> r = resolver.resolve(x.text(), x.value(), published);
            if (r.isPresent()) {
                Span evidence = withPreposition(s, x);
                LocalDate end = r.get().end();
                if (published != null && text.regionMatches(true, evidence.start(), "since ", 0, 6)) {
                    // "since May": from then until the report.
                    end = published;
                }
                return new EventDate(r.get().start(), end, r.get().basis(), evidence, evidence.slice(text));
            }
        }
        return EventDate.published(published);
    }

    /**
     * Edges from the expression's head up to the trigger or its clause head, or -1 when the expression belongs to
     * another clause.
     */
    private static int distance(Sentence s, TimeExpression x, Set<Integer> triggerTokens, Set<Integer> anchors) {
        int head = headOf(s, x.tokenStart(), x.tokenEnd());
        if (triggerTokens.contains(head)) {
            return 0;
        }
        int current = head;
        for (int steps = 1; steps <= s.tokens().size(); steps++) {
            Dependency up = s.headOf(current);
            if (up == null || up.governor() == Dependency.ROOT) {
                return -1;
            }
            int g = up.governor();
            if (SUBJECTS.contains(up.relation()) && steps > 1) {
                // A date inside the subject phrase ("the announcement last week has increased uncertainty": last
                // week is the announcement's, not the increase's).
                return -1;
            }
            if (triggerTokens.contains(g) || (anchors.contains(g) && isClauseHead(s, g))) {
                return steps;
            }
            if (isClauseHead(s, g)) {
                // Another clause's date.
                return -1;
            }
            current = g;
        }
        return -1;
    }

    /** Whether {@code token} reaches {@code head} through core-argument and compound edges only. */
    private static boolean argumentOf(Sentence s, int token, int head) {
        int current = token;
        for (int steps = 0; steps <= s.tokens().size() && current != head; steps++) {
            Dependency up = s.headOf(current);
            if (up == null || up.governor() == Dependency.ROOT || !ARGUMENTS.contains(up.relation())) {
                return false;
            }
            current = up.governor();
        }
        return current == head;
    }

    /**
     * Whether the event's clause speaks of the future: an auxiliary "will", "shall", "'ll" or "would", or a
     * clause under "due to", "scheduled to", "expected to", "set to", "plans to", "going to". Its date phrase, if
     * any, is then after publication ("Rubio will join the talks on Tuesday"), and is not read backwards.
     */
    private static boolean futureClause(Sentence s, Set<Integer> anchors) {
        for (int t : anchors) {
            if (hasFutureAuxiliary(s, t)) {
                return true;
            }
            Dependency up = s.headOf(t);
            if (up != null && up.governor() != Dependency.ROOT && up.relation().equals("xcomp")) {
                Token governor = s.tokens().get(up.governor());
                if (FUTURE_GOVERNORS.contains(governor.lemma().toLowerCase(Locale.ROOT))
                        || hasFutureAuxiliary(s, up.governor())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasFutureAuxiliary(Sentence s, int token) {
        for (Dependency c : s.childrenOf(token)) {
            if (c.relation().startsWith("aux")
                    && FUTURE_AUXILIARIES.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The token of [start, end) whose head lies outside it. */
    private static int headOf(Sentence s, int start, int end) {
        for (int t = start; t < end; t++) {
            Dependency d = s.headOf(t);
            if (d == null || d.governor() == Dependency.ROOT || d.governor() < start || d.governor() >= end) {
                return t;
            }
        }
        return end - 1;
    }

    /** The head of the clause {@code token} is in: itself if it heads one, else the nearest ancestor that does. */
    private static int clauseHead(Sentence s, int token) {
        int current = token;
        for (int steps = 0; steps <= s.tokens().size(); steps++) {
            if (isClauseHead(s, current)) {
                return current;
            }
            Dependency up = s.headOf(current);
            if (up == null || up.governor() == Dependency.ROOT) {
                return current;
            }
            current = up.governor();
        }
        return current;
    }

    private static boolean isClauseHead(Sentence s, int token) {
        if (s.tokens().get(token).isVerb()) {
            return true;
        }
        Dependency d = s.headOf(token);
        if (d == null || CLAUSAL.contains(d.relation())) {
            return true;
        }
        for (Dependency c : s.childrenOf(token)) {
            if (c.relation().equals("cop") || c.relation().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The expression with the preposition that opens its phrase, as written: "on Saturday afternoon". */
    private static Span withPreposition(Sentence s, TimeExpression x) {
        if (x.tokenStart() > 0) {
            Token before = s.tokens().get(x.tokenStart() - 1);
            if (DATE_PREPOSITIONS.contains(before.word().toLowerCase(Locale.ROOT))) {
                return new Span(before.span().start(), x.span().end());
            }
        }
        return x.span();
    }
}
