package dateline.eval;

/**
 * Precision, recall and F1. A ratio with a zero denominator is undefined (NaN): no output has no precision, no
 * gold has no recall.
 */
public record Prf(double precision, double recall, double f1) {

    /** From {@code right} out of {@code emitted} (precision) and {@code found} out of {@code expected} (recall). */
    public static Prf of(long right, long emitted, long found, long expected) {
        double p = emitted == 0 ? Double.NaN : (double) right / emitted;
        double r = expected == 0 ? Double.NaN : (double) found / expected;
        double f = Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f);
    }
}
