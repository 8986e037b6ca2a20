package dateline.quote;

import dateline.actor.ActorMentions;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import dateline.tone.ToneScorer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's quotations and who said them.
 *
 * <p>Direct quotes come from paired quote marks ({@link QuoteMarks}); the speaker is the subject of a speech verb
 * right after the quote ({@code ," he said}) or right before it ({@code X added: "}), followed through pronouns to
 * the person and on to the actor; a quote that opens a paragraph with no cue of its own keeps the speaker of the
 * previous paragraph's quote (paragraph convention). Indirect speech is a speech verb with a reported clause
 * ("said that ..."), an emphasis verb with its object ("stressed the need for ..."), or "according to X".
 * Quotes of fewer than {@value #MIN_WORDS} words with no cue are scare quotes and are skipped.
 */
public final class QuoteFinder {
    static final int MIN_WORDS = 5;
    private static final int CUE_WINDOW_AFTER = 6;
    private static final int CUE_WINDOW_BEFORE = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SpeechCues cues;
    private final ToneScorer tone;
    private final QuoteMarks marks = new QuoteMarks();

    /** A finder with the bundled speech cues and tone lexicon. */
    public QuoteFinder() {
        this(ToneScorer.bundled());
    }

    /** A finder that scores quote tone with {@code tone}. */
    public QuoteFinder(ToneScorer tone) {
        this.cues = SpeechCues.bundled();
        this.tone = tone;
    }

    /** The quotes of an article in text order, with speakers resolved to actors where {@code actors} has them. */
    public QuoteFinding find(AnnotatedArticle a, ActorMentions actors) {
        QuoteMarks.Result found = marks.find(a.article());
        Speakers speakers = new Speakers(a, actors);
        List<Span> quoted = new ArrayList<>();
        for (QuoteMarks.Found f : found.quotes()) {
            quoted.add(new Span(f.open().offset(), f.close() == null ? f.content().end() : f.close().offset() + 1));
        }
        Predicate<Span> inQuote = span -> quoted.stream().anyMatch(q -> q.overlaps(span));
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        int previousParagraph = -2;
        for (QuoteMarks.Found f : found.quotes()) {
            Sentence first = sentenceAt(a, f.content().start());
            if (first == null || f.content().length() == 0) {
                continue;
            }
            Quote q = direct(a, f, speakers, inQuote);
            boolean opensParagraph = opensParagraph(a, f.open().offset());
            if (q == null) {
                if (words(a.article().slice(f.content())) < MIN_WORDS) {
                    continue;
                }
                boolean follows = previous != null && previous.speakerSpan() != null && opensParagraph
                        && first.paragraph() - previousParagraph <= 1;
                q = new Quote(f.content(), null, Quote.Kind.DIRECT, follows ? previous.speaker() : null,
                        follows ? previous.speakerSpan() : null,
                        follows ? "paragraph convention: a quote opening its paragraph with no cue keeps the speaker"
                                + " of the previous quote" : "no speaker found", first.index(), Double.NaN);
            }
            if (f.continued()) {
                q = withAttribution(q, q.attribution() + "; runs over paragraphs (each reopens with a quote mark)");
            }
            q = scored(a, q);
            quotes.add(q);
            previous = q;
            Sentence last = sentenceAt(a, Math.max(f.content().start(), f.content().end() - 1));
            previousParagraph = last == null ? first.paragraph() : last.paragraph();
        }
        quotes.addAll(indirect(a, speakers, inQuote));
        quotes.sort(Comparator.comparing(Quote::content));
        return new QuoteFinding(quotes, found.problems());
    }

    private Quote direct(AnnotatedArticle a, QuoteMarks.Found f, Speakers speakers, Predicate<Span> inQuote) {
        // A cue right after the closing mark: ," he said / ," said the minister.
        if (f.close() != null) {
            Sentence s = sentenceAt(a, f.close().offset());
            if (s != null) {
                int seen = 0;
                for (Token t : s.tokens()) {
                    if (t.span().start() <= f.close().offset()) {
                        continue;
                    }
                    if (isQuoteMark(a, t) || seen++ >= CUE_WINDOW_AFTER) {
                        break;
                    }
                    if (t.isVerb() && cues.kind(t.lemma()) != null) {
                        Speakers.Speaker sp = speakers.of(s, t.index(), inQuote);
                        if (sp != null) {
                            return quote(a, f, t, sp, speakers, "explicit cue after the quote: \""
                                    + a.article().slice(sp.span().union(t.span())) + "\"");
                        }
                    }
                }
            }
        }
        // A cue right before the opening mark: X added: " / ..., noting: ".
        Sentence s = sentenceAt(a, f.open().offset());
        if (s != null) {
            int seen = 0;
            for (int i = s.tokens().size() - 1; i >= 0; i--) {
                Token t = s.tokens().get(i);
                if (t.span().end() > f.open().offset()) {
                    continue;
                }
                if (isQuoteMark(a, t) || seen++ >= CUE_WINDOW_BEFORE) {
                    break;
                }
                if (t.isVerb() && cues.kind(t.lemma()) != null) {
                    Speakers.Speaker sp = speakers.of(s, t.index(), inQuote);
                    if (sp != null) {
                        String cue = a.article().text().substring(t.span().start(), f.open().offset()).strip();
                        return quote(a, f, t, sp, speakers, "preceding cue: \"" + speakers.name(sp) + " ... " + cue
                                + "\" (" + sp.how() + ")");
                    }
                }
            }
        }
        return null;
    }

    private Quote quote(AnnotatedArticle a, QuoteMarks.Found f, Token cue, Speakers.Speaker sp, Speakers speakers,
            String how) {
        Sentence first = sentenceAt(a, f.content().start());
        return new Quote(f.content(), cue.span(), Quote.Kind.DIRECT, speakers.actor(sp), sp.span(),
                how + speakers.chain(sp), first.index(), Double.NaN);
    }

    private List<Quote> indirect(AnnotatedArticle a, Speakers speakers, Predicate<Span> inQuote) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (Token v : s.tokens()) {
                if (inQuote.test(v.span())) {
                    continue;
                }
                if (v.word().equalsIgnoreCase("according") && v.index() + 1 < s.tokens().size()
                        && s.tokens().get(v.index() + 1).word().equalsIgnoreCase("to")) {
                    Quote q = accordingTo(a, s, v, speakers, inQuote);
                    if (q != null) {
                        out.add(q);
                    }
                    continue;
                }
                SpeechCues.Kind kind = v.isVerb() ? cues.kind(v.lemma()) : null;
                if (kind == null) {
                    continue;
                }
                Span content = null;
                String how = null;
                for (Dependency d : s.childrenOf(v.index())) {
                    if (d.relation().equals("ccomp")) {
                        content = subtree(s, d.dependent(), true);
                        how = "reported clause of \"" + v.word() + "\"";
                        break;
                    }
                }
                if (content == null && kind == SpeechCues.Kind.EMPHASIS) {
                    for (Dependency d : s.childrenOf(v.index())) {
                        if (d.relation().equals("obj")) {
                            content = subtree(s, d.dependent(), false);
                            how = "object of \"" + v.word() + "\"";
                            break;
                        }
                    }
                }
                if (content == null || words(a.article().slice(content)) < 3 || inQuote.test(content)) {
                    continue;
                }
                Speakers.Speaker sp = speakers.of(s, v.index(), inQuote);
                if (sp == null) {
                    continue;
                }
                out.add(scored(a, new Quote(content, v.span(), Quote.Kind.INDIRECT, speakers.actor(sp), sp.span(),
                        how + " (" + sp.how() + ")" + speakers.chain(sp), s.index(), Double.NaN)));
            }
        }
        return out;
    }

    /** "according to X": X speaks the rest of the sentence. */
    private Quote accordingTo(AnnotatedArticle a, Sentence s, Token according, Speakers speakers,
            Predicate<Span> inQuote) {
        List<Token> toks = s.tokens();
        int i = according.index() + 2;
        int head = -1;
        while (i < toks.size() && !toks.get(i).pos().matches("[,.:;]|VB.*|``|''")) {
            if (toks.get(i).isNoun() || toks.get(i).pos().startsWith("PRP")) {
                head = i;
            }
            i++;
        }
        if (head < 0) {
            return null;
        }
        // The reported words are the longer side of the sentence around "according to X".
        Span before = according.index() == 0 ? null : beforePhrase(toks, according.index());
        Span after = afterPhrase(toks, i);
        Span content = before == null || after != null && after.length() > before.length() ? after : before;
        if (content == null || words(a.article().slice(content)) < 3 || inQuote.test(content)) {
            return null;
        }
        Speakers.Speaker sp = speakers.mention(s, head, "object of \"according to\"");
        Span cue = according.span().union(toks.get(according.index() + 1).span());
        return scored(a, new Quote(content, cue, Quote.Kind.INDIRECT, speakers.actor(sp), sp.span(),
                "according to " + a.article().slice(sp.span()), s.index(), Double.NaN));
    }

    private static Span beforePhrase(List<Token> toks, int phraseStart) {
        int end = phraseStart - 1;
        while (end >= 0 && toks.get(end).pos().matches("[,.:;]")) {
            end--;
        }
        return end < 0 ? null : new Span(toks.get(0).span().start(), toks.get(end).span().end());
    }

    private static Span afterPhrase(List<Token> toks, int from) {
        int start = from;
        while (start < toks.size() && toks.get(start).pos().matches("[,.:;]")) {
            start++;
        }
        int end = toks.size() - 1;
        while (end > start && toks.get(end).pos().matches("[,.:;]")) {
            end--;
        }
        return start > end ? null : new Span(toks.get(start).span().start(), toks.get(end).span().end());
    }

    /** The span of a token's dependency subtree; {@code dropMark} leaves out a leading "that"/"whether". */
    private static Span subtree(Sentence s, int root, boolean dropMark) {
        int min = root;
        int max = root;
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            for (Dependency d : s.childrenOf(t)) {
                if (dropMark && t == root && d.relation().equals("mark")) {
                    continue;
                }
                min = Math.min(min, d.dependent());
                max = Math.max(max, d.dependent());
                todo.push(d.dependent());
            }
        }
        while (max > min && s.tokens().get(max).pos().matches("[,.:;]")) {
            max--;
        }
        return new Span(s.tokens().get(min).span().start(), s.tokens().get(max).span().end());
    }

    private Quote scored(AnnotatedArticle a, Quote q) {
        double t = tone.score(a.article().slice(q.content())).tone();
        return new Quote(q.content(), q.cue(), q.kind(), q.speaker(), q.speakerSpan(), q.attribution(), q.sentence(), t);
    }

    private static Quote withAttribution(Quote q, String attribution) {
        return new Quote(q.content(), q.cue(), q.kind(), q.speaker(), q.speakerSpan(), attribution, q.sentence(),
                q.tone());
    }

    private static boolean isQuoteMark(AnnotatedArticle a, Token t) {
        String w = a.article().slice(t.span());
        return w.length() == 1 && "\"“”„«»".indexOf(w.charAt(0)) >= 0;
    }

    private static boolean opensParagraph(AnnotatedArticle a, int offset) {
        String text = a.article().annotatableText();
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Sentence sentenceAt(AnnotatedArticle a, int offset) {
        Sentence best = null;
        for (Sentence s : a.sentences()) {
            if (s.span().start() <= offset) {
                best = s;
            }
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return best;
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
