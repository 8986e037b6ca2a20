package dateline.eval;

/**
 * Precision, recall and F1. A ratio with a zero denominator is undefined (NaN): no output has no precision, no
 * gold has no recall. F1 is undefined only when both are; when one is, F1 is 0, as 2TP / (2TP + FP + FN) gives
 * (coding nothing against a gold with events scores F1 0, not "undefined").
 */
public record Prf(double precision, double recall, double f1) {

    /** From {@code right} out of {@code emitted} (precision) and {@code found} out of {@code expected} (recall). */
    public static Prf of(long right, long emitted, long found, long expected) {
        double p = emitted == 0 ? Double.NaN : (double) right / emitted;
        double r = expected == 0 ? Double.NaN : (double) found / expected;
        double f;
        if (Double.isNaN(p) && Double.isNaN(r)) {
            f = Double.NaN;
        } else if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
            f = 0;
        } else {
            f = 2 * p * r / (p + r);
        }
        return new Prf(p, r, f);
    }
}
