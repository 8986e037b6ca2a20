package dateline.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating the pipeline on one gold set.
 *
 * @param gold          the gold set (source, format, notes)
 * @param sentences     every scored sentence, in document and text order
 * @param scores        totals per level
 * @param confusion     gold root by coded root
 * @param checks        actor, quote and place checks (seed gold only; else empty)
 * @param failures      documents the pipeline failed on, one line each (their events count as missed)
 * @param seconds       time spent coding, in seconds
 * @param negated       coded events flagged {@code NEGATED} ("did not attack"), left out of scoring: they did not
 *                      happen
 * @param dates         date accuracy over the gold events that have a date ({@code goldDated} 0 when none has)
 */
public record EvalReport(GoldSet gold, List<SentenceResult> sentences, Map<Level, LevelScores> scores,
        Confusion confusion, List<CheckReport> checks, List<String> failures, double seconds,
        long negated, DateScores dates) {
    public EvalReport {
        sentences = List.copyOf(sentences);
        scores = Map.copyOf(scores);
        checks = List.copyOf(checks);
        failures = List.copyOf(failures);
    }

    public LevelScores at(Level level) {
        return scores.get(level);
    }

    /** Required gold events. */
    public long requiredEvents() {
        return sentences.stream().flatMap(s -> s.sentence().gold().stream()).filter(GoldEvent::required).count();
    }

    /** Optional gold events. */
    public long optionalEvents() {
        return sentences.stream().flatMap(s -> s.sentence().gold().stream()).filter(g -> !g.required()).count();
    }

    /** Events the pipeline coded. */
    public long codedEvents() {
        return sentences.stream().mapToLong(s -> s.sentence().predicted().size()).sum();
    }
}
