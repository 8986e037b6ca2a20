package dateline.eval;

/**
 * The counts and scores at one level.
 *
 * <p>Per event: {@code tp} required gold events matched, {@code fn} required gold events missed, {@code fp} coded
 * events that matched nothing. Optional matches and duplicates count neither way. Precision is tp / (tp + fp),
 * recall tp / (tp + fn).
 *
 * <p>Per sentence: a sentence is <em>found</em> when every required gold event of it is matched, and
 * <em>clean</em> when it has coded events and none is a false positive. Precision is clean / sentences with coded
 * events, recall is found / sentences with required gold events. {@code exact} counts the gold sentences whose
 * coding is entirely right (all required events found, no false positive; nothing coded for a no-event sentence).
 */
public record LevelScores(Level level, long tp, long fp, long fn, long optional, long duplicates,
        long goldSentences, long found, long emittingSentences, long clean, long namedSentences, long exact,
        long noEventSentences, long noEventEmpty) {

    public Prf events() {
        return Prf.of(tp, tp + fp, tp, tp + fn);
    }

    public Prf sentences() {
        return Prf.of(clean, emittingSentences, found, goldSentences);
    }
}
