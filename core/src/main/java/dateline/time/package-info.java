/**
 * When coded events happened: the event-dating stage ({@link dateline.time.EventDater}), which runs after events are
 * coded and gives each an {@link dateline.time.EventDate} (a day or a range, its basis and the evidence of the date
 * phrase), resolved against the publication date by {@link dateline.time.DateResolver} and never after it.
 * Front door: {@link dateline.time.EventDater}. See {@code docs/architecture.md}, "Event dates".
 */
package dateline.time;
