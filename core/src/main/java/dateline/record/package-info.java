/**
 * The row model: what a coded event is in every output. {@link dateline.record.MentionRecord#all} builds, once per
 * coded article, one {@link dateline.record.MentionRecord} per event (the evidence: spans, flags, confidence,
 * dates) around an {@link dateline.record.EventRecord} (who did what to whom, where, on which day: the fields an
 * aggregated event row keeps). The store writer, the Spark job's rows, the GDELT and PLOVER writers and the views
 * take these records instead of spelling out each field from the core records again, so the base-code rule, the
 * flag order and the confidence exist once.
 */
package dateline.record;
