package dateline.eval;

import java.io.PrintWriter;
import java.util.Locale;

/** Renders a {@link PentaReport} for a terminal: the four figures, the figures by class, the class confusion. */
public final class PentaReportText {
    private static final String[] CLASS_NAMES = {"statements, appeals (01-02)", "verbal cooperation (03-05)",
        "material cooperation (06-08)", "verbal conflict (09-13)", "material conflict (14-20)"};

    private PentaReportText() {
    }

    public static void print(PentaReport r, PrintWriter out) {
        PentaSet g = r.gold();
        out.println("== " + g.source() + "  (PentaClass news set, JSON Lines)");
        out.printf(Locale.ROOT, "%d sentences, each its own article without a date; coded events: %d (+%d negated, "
                + "not scored); coding took %.1f s%n", g.sentences().size(), r.codedEvents(), r.negated(),
                r.seconds());
        ReportText.printNotes(g.notes(), r.failures(), out);
        line(out, "sentences with an event (detected)", r.detected());
        line(out, "sentences with an event of the gold class", r.classRight());
        line(out, "coded events of the sentence's gold class (precision)", r.precision());
        line(out, "source span agreement (of sentences with source spans)", r.sourceRight());
        out.println();
        out.println("class                              sentences   class right        coded events   precision");
        for (int c = 0; c < PentaSet.CLASSES; c++) {
            PentaReport.Count right = r.classRight(c);
            PentaReport.Count prec = r.precision(c);
            out.printf(Locale.ROOT, "%d %-30s %9d  %5d %6s   %5d of %5d  %9s%n", c, CLASS_NAMES[c], right.of(),
                    right.count(), pct(right), prec.count(), prec.of(), pct(prec));
        }
        out.println("(class right: sentences of the gold class with an event of that class; precision: coded events "
                + "of the class whose sentence has that gold class)");
        out.println();
        out.println("class confusion (rows: gold class; columns: coded class of the sentence, the gold class when any "
                + "event has it, else the most frequent; none = no event)");
        out.println("gold      0     1     2     3     4  none");
        int[][] m = r.confusion();
        for (int gc = 0; gc < PentaSet.CLASSES; gc++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", gc));
            for (int pc = 0; pc <= PentaSet.CLASSES; pc++) {
                row.append(String.format(Locale.ROOT, "%6d", m[gc][pc]));
            }
            out.println(row);
        }
        out.println();
    }

    private static void line(PrintWriter out, String label, PentaReport.Count c) {
        out.printf(Locale.ROOT, "%-56s %5d / %5d  %7s%n", label, c.count(), c.of(), pct(c));
    }

    static String pct(PentaReport.Count c) {
        return Double.isNaN(c.share()) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * c.share());
    }
}
