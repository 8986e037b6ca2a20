package dateline.server;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A coder for server and browser tests that need no CoreNLP: it finds the words "opposes" and "called" in the
 * text and makes one event for each, with the nearest preceding "President"/"Rouhani"/"He" as the source and the
 * next "Iraq" as the target. It exercises the JSON and the highlighting, not the coding.
 */
final class FakeCoder implements ArticleCoder {
    @Override
    public CodedArticle code(Article a) {
        String text = a.text();
        List<Event> events = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (String verb : new String[] {"opposes", "called"}) {
            int t = text.indexOf(verb);
            if (t < 0) {
                continue;
            }
            Span trigger = new Span(t, t + verb.length());
            Actor source = actorBefore(text, t);
            Actor target = actorAfter(text, t + verb.length(), "Iraq", "IRQ");
            if (source != null) {
                actors.add(source);
            }
            if (target != null) {
                actors.add(target);
            }
            int sentStart = Math.max(text.lastIndexOf(". ", t) + 2, text.lastIndexOf('\n', t) + 1);
            int sentEnd = text.indexOf('.', t);
            Span sentence = new Span(Math.max(0, sentStart), sentEnd < 0 ? text.length() : sentEnd + 1);
            boolean conflict = verb.equals("called");
            events.add(new Event(0, source, target, conflict ? "111" : "110", "11", 3, conflict ? -2.0 : -2.0,
                    "DISAPPROVE", null, Set.of(), true, trigger, sentence, "fake:" + verb, null));
        }
        AnnotatedArticle annotated = new AnnotatedArticle(a, List.of(), List.of(), List.of());
        return new CodedArticle(annotated, new ActorMentions(actors), List.of(), events, List.of(), null, List.of());
    }

    private static Actor actorBefore(String text, int before) {
        int best = -1;
        String word = null;
        for (String w : new String[] {"Iranian President", "Rouhani", "He"}) {
            int i = text.lastIndexOf(w, before);
            if (i > best) {
                best = i;
                word = w;
            }
        }
        return best < 0 ? null : actor(text, best, word, "IRNGOV");
    }

    private static Actor actorAfter(String text, int after, String word, String code) {
        int i = text.indexOf(word, after);
        return i < 0 ? null : actor(text, i, word, code);
    }

    private static Actor actor(String text, int start, String word, String code) {
        return new Actor(code, word, code.substring(0, 3), null, new Span(start, start + word.length()), 0, 0, 1,
                "fake", "name", null, null);
    }
}
