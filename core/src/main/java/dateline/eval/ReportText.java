package dateline.eval;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Renders an {@link EvalReport} for a terminal: summary, scores per level, root confusion, sentences, checks. */
public final class ReportText {
    private static final int LABEL_WIDTH = 90;

    private ReportText() {
    }

    public static void print(EvalReport r, PrintWriter out) {
        GoldSet g = r.gold();
        out.println("== " + g.source() + "  (" + g.format().label() + ", " + g.scheme()
                + (g.article() != null ? "; article " + g.article() : "") + ")");
        long named = r.sentences().stream().filter(s -> s.sentence().inGold()).count();
        long withRequired = r.sentences().stream().filter(s -> s.sentence().hasRequired()).count();
        long none = r.sentences().stream().filter(s -> s.sentence().expectsNone()).count();
        out.printf(Locale.ROOT, "%d document(s); %d gold sentence(s): %d with required events, %d expecting none; "
                + "%d other sentence(s) with coded events%n", g.documents().size(), named, withRequired, none,
                r.sentences().size() - named);
        out.printf(Locale.ROOT, "gold events: %d required, %d optional; coded events: %d (+%d negated, not scored); "
                + "coding took %.1f s%n", r.requiredEvents(), r.optionalEvents(), r.codedEvents(), r.negated(),
                r.seconds());
        printNotes(g.notes(), r.failures(), out);
        printScores(r, out);
        printDates(r.dates(), out);
        out.println();
        printConfusion(r.confusion(), out);
        out.println();
        printSentences(r, out);
        if (!r.checks().isEmpty()) {
            out.println();
            printChecks(r.checks(), out);
        }
        out.println();
    }

    /** The gold file's notes (what was skipped, and why) and the articles that failed to code, then a blank line. */
    static void printNotes(List<String> notes, List<String> failures, PrintWriter out) {
        for (String n : notes) {
            out.println("note: " + n);
        }
        for (String f : failures) {
            out.println("failed: " + f);
        }
        out.println();
    }

    /** Date accuracy, only when the gold dates some event. */
    private static void printDates(DateScores d, PrintWriter out) {
        if (d.goldDated() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "event dates: %d/%d right (%s) of the %d dated gold events found at %s; "
                + "dating by publication date: %d/%d (%s)%n", d.correct(), d.matched(), num(d.accuracy()),
                d.goldDated(), DateScores.LEVEL.label(), d.publicationCorrect(), d.matched(),
                num(d.publicationAccuracy()));
        for (String miss : d.misses()) {
            out.println("  date wrong: " + miss);
        }
    }

    private static void printScores(EvalReport r, PrintWriter out) {
        out.println("                 --------------------- events ---------------------   ------------ sentences"
                + " ------------");
        out.println("level              TP    FP    FN   opt   dup      P      R     F1      P      R     F1   exact");
        for (Level level : r.gold().format().levels()) {
            LevelScores s = r.at(level);
            Prf e = s.events();
            Prf t = s.sentences();
            out.printf(Locale.ROOT, "%-15s %5d %5d %5d %5d %5d  %s  %s  %s  %s  %s  %s  %s%n", level.label(), s.tp(),
                    s.fp(), s.fn(), s.optional(), s.duplicates(), num(e.precision()), num(e.recall()), num(e.f1()),
                    num(t.precision()), num(t.recall()), num(t.f1()), s.exact() + "/" + s.namedSentences());
        }
        LevelScores root = r.at(Level.ROOT);
        if (root.noEventSentences() > 0) {
            out.printf(Locale.ROOT, "no-event sentences left empty: %d of %d%n", root.noEventEmpty(),
                    root.noEventSentences());
        }
        out.println("(P precision, R recall; events: opt = matched an optional gold event, dup = repeated a matched "
                + "event; neither counts. Sentences: P = share of sentences with coded events that have no false "
                + "positive, R = share of sentences with required events where all were found; exact = gold "
                + "sentences coded entirely right)");
    }

    private static void printConfusion(Confusion c, PrintWriter out) {
        out.println("root confusion (rows: gold root, columns: coded root; none = no event)");
        if (c.isEmpty()) {
            out.println("  (empty)");
            return;
        }
        List<String> labels = c.labels();
        // Only columns that hold a count: a root nobody coded is noise across a wide table.
        List<String> columns = labels.stream().filter(p -> labels.stream().anyMatch(g -> c.count(g, p) > 0)).toList();
        int w = Math.max(4, labels.stream().mapToInt(String::length).max().orElse(4)) + 1;
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", ""));
        for (String l : columns) {
            head.append(String.format(Locale.ROOT, "%" + w + "s", l));
        }
        out.println(head);
        for (String gold : labels) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", gold));
            boolean any = false;
            for (String pred : columns) {
                int n = c.count(gold, pred);
                any |= n > 0;
                row.append(String.format(Locale.ROOT, "%" + w + "s", n == 0 ? "." : Integer.toString(n)));
            }
            if (any) {
                out.println(row);
            }
        }
    }

    private static void printSentences(EvalReport r, PrintWriter out) {
        out.println("sentences (marks per level " + String.join(", ", r.gold().format().levels().stream()
                .map(Level::label).toList()) + ": Y found/right, x missed/false positive, o optional matched, "
                + ". optional not found, d duplicate)");
        for (SentenceResult s : r.sentences()) {
            SentenceCase c = s.sentence();
            out.println(c.id() + (c.label() != null ? "  \"" + clip(c.label()) + "\"" : "")
                    + (c.expectsNone() ? "  [gold: no event]" : ""));
            for (int i = 0; i < c.gold().size(); i++) {
                GoldEvent g = c.gold().get(i);
                StringBuilder marks = new StringBuilder();
                for (Level level : r.gold().format().levels()) {
                    boolean hit = s.at(level).gold().get(i) >= 0;
                    marks.append(g.required() ? (hit ? 'Y' : 'x') : (hit ? 'o' : '.'));
                }
                out.printf(Locale.ROOT, "    gold  %s  %-26s %-22s %-8s %s%n", marks,
                        String.join("|", g.accept()) + (g.mode() != null ? "/" + g.mode() : ""),
                        actors(g.sourceCode(), g.targetCode()), g.required() ? "required" : "optional", g.id());
            }
            for (int j = 0; j < c.predicted().size(); j++) {
                Event e = c.predicted().get(j);
                StringBuilder marks = new StringBuilder();
                for (Level level : r.gold().format().levels()) {
                    marks.append(switch (s.at(level).predicted().get(j)) {
                        case MATCHED -> 'Y';
                        case OPTIONAL -> 'o';
                        case DUPLICATE -> 'd';
                        case FALSE_POSITIVE -> 'x';
                    });
                }
                String code = r.gold().scheme() == Scheme.PLOVER ? Labels.code(Scheme.PLOVER, e) + " (" + e.code()
                        + ")" : e.code();
                out.printf(Locale.ROOT, "    coded %s  %-26s %-22s %s%n", marks, code,
                        actors(code(e.source()), code(e.target())), trigger(c.article(), e));
            }
        }
    }

    private static void printChecks(List<CheckReport> checks, PrintWriter out) {
        out.println("other stages (seed gold)");
        for (CheckReport c : checks) {
            if (!c.produced()) {
                out.printf(Locale.ROOT, "  %s: not produced (the pipeline gave no %s)%n", c.stage(), c.stage());
                continue;
            }
            out.printf(Locale.ROOT, "  %s: %d of %d required OK (%d wrong, %d missing)%n", c.stage(),
                    c.count(CheckReport.Status.OK, true), c.required(), c.count(CheckReport.Status.WRONG, true),
                    c.count(CheckReport.Status.MISSING, true));
            for (CheckReport.Item i : c.items()) {
                out.printf(Locale.ROOT, "    %-7s %s%s%s%n", i.status(), i.expected(), i.required() ? "" : " (optional)",
                        i.found() != null && i.status() != CheckReport.Status.OK ? "  -> " + i.found()
                                : i.found() != null ? "  [" + i.found() + "]" : "");
            }
        }
    }

    private static String trigger(Article article, Event e) {
        if (article == null || e.trigger() == null || e.trigger().end() > article.text().length()) {
            return "";
        }
        return "\"" + clip(article.slice(e.trigger())) + "\"";
    }

    private static String actors(String source, String target) {
        return (source == null ? "-" : source) + ">" + (target == null ? "-" : target);
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    static String clip(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= LABEL_WIDTH ? t : t.substring(0, LABEL_WIDTH - 3) + "...";
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "  n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
