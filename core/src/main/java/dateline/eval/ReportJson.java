package dateline.eval;

import dateline.actor.Actor;
import dateline.event.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EvalReport} as a tree of maps, lists, strings and numbers, ready for any JSON writer. Undefined
 * ratios (NaN) become null.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static Map<String, Object> tree(EvalReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        GoldSet g = r.gold();
        m.put("gold", g.source());
        m.put("format", g.format().name());
        m.put("scheme", g.scheme().name());
        m.put("article", g.article());
        m.put("documents", g.documents().size());
        m.put("sentences", r.sentences().size());
        m.put("requiredEvents", r.requiredEvents());
        m.put("optionalEvents", r.optionalEvents());
        m.put("codedEvents", r.codedEvents());
        m.put("negatedEvents", r.negated());
        m.put("seconds", round(r.seconds()));
        m.put("notes", g.notes());
        m.put("failures", r.failures());
        Map<String, Object> levels = new LinkedHashMap<>();
        for (Level level : r.gold().format().levels()) {
            levels.put(level.label(), level(r.at(level)));
        }
        m.put("levels", levels);
        DateScores d = r.dates();
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("level", DateScores.LEVEL.label());
        dates.put("goldDated", d.goldDated());
        dates.put("matched", d.matched());
        dates.put("correct", d.correct());
        dates.put("accuracy", d.matched() == 0 ? null : round(d.accuracy()));
        dates.put("publicationCorrect", d.publicationCorrect());
        dates.put("publicationAccuracy", d.matched() == 0 ? null : round(d.publicationAccuracy()));
        dates.put("misses", d.misses());
        m.put("dates", dates);
        m.put("confusion", confusion(r.confusion()));
        m.put("details", details(r));
        List<Object> checks = new ArrayList<>();
        for (CheckReport c : r.checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("stage", c.stage());
            cm.put("produced", c.produced());
            cm.put("requiredOk", c.count(CheckReport.Status.OK, true));
            cm.put("required", c.required());
            List<Object> items = new ArrayList<>();
            for (CheckReport.Item i : c.items()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("expected", i.expected());
                im.put("required", i.required());
                im.put("status", i.status().name());
                im.put("found", i.found());
                items.add(im);
            }
            cm.put("items", items);
            checks.add(cm);
        }
        m.put("checks", checks);
        return m;
    }

    private static Map<String, Object> level(LevelScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", s.level().description());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("tp", s.tp());
        e.put("fp", s.fp());
        e.put("fn", s.fn());
        e.put("optionalMatched", s.optional());
        e.put("duplicates", s.duplicates());
        prf(e, s.events());
        m.put("events", e);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("withRequiredEvents", s.goldSentences());
        t.put("found", s.found());
        t.put("withCodedEvents", s.emittingSentences());
        t.put("clean", s.clean());
        t.put("goldSentences", s.namedSentences());
        t.put("exact", s.exact());
        t.put("noEvent", s.noEventSentences());
        t.put("noEventLeftEmpty", s.noEventEmpty());
        prf(t, s.sentences());
        m.put("sentences", t);
        return m;
    }

    private static void prf(Map<String, Object> m, Prf p) {
        m.put("precision", round(p.precision()));
        m.put("recall", round(p.recall()));
        m.put("f1", round(p.f1()));
    }

    private static Map<String, Object> confusion(Confusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> labels = c.labels();
        m.put("labels", labels);
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String gold : labels) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String pred : labels) {
                if (c.count(gold, pred) > 0) {
                    row.put(pred, c.count(gold, pred));
                }
            }
            if (!row.isEmpty()) {
                rows.put(gold, row);
            }
        }
        m.put("rows", rows);
        return m;
    }

    /** One entry per scored sentence: its gold events and coded events with their outcome at every level. */
    public static List<Object> details(EvalReport r) {
        List<Object> out = new ArrayList<>();
        for (SentenceResult s : r.sentences()) {
            SentenceCase c = s.sentence();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("label", c.label());
            m.put("inGold", c.inGold());
            m.put("expectsNone", c.expectsNone());
            List<Object> gold = new ArrayList<>();
            for (int i = 0; i < c.gold().size(); i++) {
                GoldEvent g = c.gold().get(i);
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("id", g.id());
                gm.put("required", g.required());
                gm.put("accept", g.accept());
                gm.put("mode", g.mode());
                gm.put("source", g.sourceCode());
                gm.put("target", g.targetCode());
                Map<String, Object> found = new LinkedHashMap<>();
                for (Level level : r.gold().format().levels()) {
                    found.put(level.label(), s.at(level).gold().get(i) >= 0);
                }
                gm.put("found", found);
                gold.add(gm);
            }
            m.put("gold", gold);
            List<Object> coded = new ArrayList<>();
            for (int j = 0; j < c.predicted().size(); j++) {
                Event e = c.predicted().get(j);
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("code", e.code());
                em.put("rootCode", e.rootCode());
                em.put("ploverCategory", e.ploverCategory());
                em.put("ploverMode", e.ploverMode());
                em.put("source", code(e.source()));
                em.put("target", code(e.target()));
                em.put("sentence", e.sentence());
                em.put("trigger", c.article() != null && e.trigger() != null
                        && e.trigger().end() <= c.article().text().length() ? c.article().slice(e.trigger()) : null);
                em.put("rule", e.rule());
                Map<String, Object> outcome = new LinkedHashMap<>();
                for (Level level : r.gold().format().levels()) {
                    outcome.put(level.label(), s.at(level).predicted().get(j).name());
                }
                em.put("outcome", outcome);
                coded.add(em);
            }
            m.put("coded", coded);
            out.add(m);
        }
        return out;
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static Double round(double d) {
        return Double.isNaN(d) ? null : Math.round(d * 10000) / 10000.0;
    }
}
