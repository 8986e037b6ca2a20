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

    private final TimeTagger tagger;
    private final DateResolver resolver = new DateResolver();

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
            List<TimeExpression> expressions = bySentence.computeIfAbsent(e.sentence(),
                    i -> expressions(article, i));
            dates.add(date(article, e.sentence(), e.trigger(), expressions));
        }
        return dates;
    }

    /** The date of an event triggered by {@code trigger} in sentence {@code sentence}. */
    public EventDate dateOf(AnnotatedArticle article, int sentence, Span trigger) {
        return date(article, sentence, trigger, expressions(article, sentence));
    }

    private List<TimeExpression> expressions(AnnotatedArticle article, int sentence) {
        Sentence s = article.sentences().get(sentence);
        if (!s.parsed()) {
            return List.of();
        }
        return tagger.find(article, s, article.article().date());
    }

    private EventDate date(AnnotatedArticle article, int sentence, Span trigger, List<TimeExpression> expressions) {
        LocalDate published = article.article().date();
        Sentence s = article.sentences().get(sentence);
        if (expressions.isEmpty() || trigger == null) {
            return EventDate.published(published);
        }
        Set<Integer> triggerTokens = new HashSet<>();
        for (Token t : s.tokens()) {
            if (t.span().overlaps(trigger)) {
                triggerTokens.add(t.index());
            }
        }
        Set<Integer> anchors = new HashSet<>(triggerTokens);
        for (int t : triggerTokens) {
            anchors.add(clauseHead(s, t));
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
                return new EventDate(r.get().start(), r.get().end(), r.get().basis(), evidence, evidence.slice(text));
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
            if (triggerTokens.contains(g) || (anchors.contains(g) && isClauseHead(s, g))) {
                return steps;
            }
            if (isClauseHead(s, g)) {
                return -1;
            }
            current = g;
        }
        return -1;
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
