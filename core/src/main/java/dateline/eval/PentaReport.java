package dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of coding a PentaClass news set, with its figures.
 *
 * @param gold    the set (source, notes)
 * @param results every sentence, in file order
 * @param seconds time spent coding, in seconds
 */
public record PentaReport(PentaSet gold, List<PentaResult> results, double seconds) {
    public PentaReport {
        Objects.requireNonNull(gold, "gold");
        results = List.copyOf(results);
    }

    /** A count out of a total; {@link #share()} is NaN when the total is 0. */
    public record Count(long count, long of) {
        public double share() {
            return of == 0 ? Double.NaN : (double) count / of;
        }
    }

    /** Sentences with any scored event. */
    public Count detected() {
        return new Count(results.stream().filter(PentaResult::detected).count(), results.size());
    }

    /** Sentences with an event of the gold class. */
    public Count classRight() {
        return new Count(results.stream().filter(PentaResult::classRight).count(), results.size());
    }

    /** Coded events whose class is their sentence's gold class, out of all scored coded events. */
    public Count precision() {
        long right = 0;
        long all = 0;
        for (PentaResult r : results) {
            all += r.classes().size();
            right += r.classes().stream().filter(c -> c == r.sentence().penta()).count();
        }
        return new Count(right, all);
    }

    /** Coded events of class {@code c} whose sentence's gold class is {@code c}, out of coded events of class c. */
    public Count precision(int c) {
        long right = 0;
        long all = 0;
        for (PentaResult r : results) {
            long n = r.classes().stream().filter(x -> x == c).count();
            all += n;
            if (r.sentence().penta() == c) {
                right += n;
            }
        }
        return new Count(right, all);
    }

    /** Sentences of gold class {@code c} with an event of that class, out of the sentences of class c. */
    public Count classRight(int c) {
        List<PentaResult> of = results.stream().filter(r -> r.sentence().penta() == c).toList();
        return new Count(of.stream().filter(PentaResult::classRight).count(), of.size());
    }

    /** Sentences with gold source spans where an event of the gold class has an agreeing source. */
    public Count sourceRight() {
        List<PentaResult> of = results.stream().filter(r -> r.sourceRight() != null).toList();
        return new Count(of.stream().filter(PentaResult::sourceRight).count(), of.size());
    }

    /** Coded events left out as negated. */
    public long negated() {
        return results.stream().mapToLong(PentaResult::negated).sum();
    }

    /** Coded events scored. */
    public long codedEvents() {
        return results.stream().mapToLong(r -> r.events().size()).sum();
    }

    /** Sentences whose coding failed, one line each. */
    public List<String> failures() {
        return results.stream().filter(r -> r.failure() != null)
                .map(r -> r.sentence().id() + ": " + r.failure()).toList();
    }

    /**
     * Sentences by gold class (rows 0-4) and coded class (columns 0-4, then {@link PentaResult#NONE} for no
     * event); see {@link PentaResult#codedClass()}.
     */
    public int[][] confusion() {
        int[][] m = new int[PentaSet.CLASSES][PentaSet.CLASSES + 1];
        for (PentaResult r : results) {
            m[r.sentence().penta()][r.codedClass()]++;
        }
        return m;
    }
}
