package dateline.eval;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.record.EventFlags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PentaReport} as a tree of maps, lists, strings and numbers, ready for any JSON writer; undefined shares
 * become null. {@link #details} gives one entry per sentence, for inspecting errors.
 */
public final class PentaReportJson {
    private PentaReportJson() {
    }

    public static Map<String, Object> tree(PentaReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", r.gold().source());
        m.put("format", "PENTA_JSONL");
        m.put("sentences", r.gold().sentences().size());
        m.put("codedEvents", r.codedEvents());
        m.put("negatedEvents", r.negated());
        m.put("seconds", Math.round(r.seconds() * 100) / 100.0);
        m.put("notes", r.gold().notes());
        m.put("failures", r.failures());
        m.put("detected", count(r.detected()));
        m.put("classRight", count(r.classRight()));
        m.put("precision", count(r.precision()));
        m.put("sourceSpanRight", count(r.sourceRight()));
        List<Object> byClass = new ArrayList<>();
        for (int c = 0; c < PentaSet.CLASSES; c++) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("class", c);
            cm.put("classRight", count(r.classRight(c)));
            cm.put("precision", count(r.precision(c)));
            byClass.add(cm);
        }
        m.put("byClass", byClass);
        Map<String, Object> confusion = new LinkedHashMap<>();
        int[][] cm = r.confusion();
        for (int g = 0; g < PentaSet.CLASSES; g++) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int p = 0; p <= PentaSet.CLASSES; p++) {
                row.put(p == PentaResult.NONE ? "none" : Integer.toString(p), cm[g][p]);
            }
            confusion.put(Integer.toString(g), row);
        }
        m.put("confusion", confusion);
        m.put("details", details(r));
        return m;
    }

    /** One entry per sentence: id, text, gold class and spans, the outcome, and every coded event. */
    public static List<Map<String, Object>> details(PentaReport r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PentaResult s : r.results()) {
            PentaSentence g = s.sentence();
            Article a = g.article();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("text", a.text());
            m.put("penta", g.penta());
            m.put("detected", s.detected());
            m.put("classRight", s.classRight());
            m.put("sourceRight", s.sourceRight());
            m.put("goldSources", g.sources());
            m.put("goldTargets", g.targets());
            m.put("goldBoth", g.both());
            List<Object> coded = new ArrayList<>();
            for (int i = 0; i < s.events().size(); i++) {
                Event e = s.events().get(i);
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("code", e.code());
                em.put("penta", s.classes().get(i));
                em.put("source", code(e.source()));
                em.put("sourceText", String.join(" / ", PentaEvaluator.mentionTexts(a, e.source())));
                em.put("target", code(e.target()));
                em.put("targetText", String.join(" / ", PentaEvaluator.mentionTexts(a, e.target())));
                em.put("trigger", e.trigger() != null && e.trigger().end() <= a.text().length() ? a.slice(e.trigger())
                        : null);
                em.put("rule", e.rule());
                em.put("flags", EventFlags.of(e.flags()).names());
                coded.add(em);
            }
            m.put("coded", coded);
            m.put("negatedEvents", s.negated());
            m.put("failure", s.failure());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> count(PentaReport.Count c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", c.count());
        m.put("of", c.of());
        m.put("share", Double.isNaN(c.share()) ? null : Math.round(c.share() * 10000) / 10000.0);
        return m;
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }
}
