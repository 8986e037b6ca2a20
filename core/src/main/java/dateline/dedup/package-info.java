/**
 * Finding duplicate articles: exact copies (same normalised text) and near-duplicates such as syndicated wire
 * copies with a different dateline, headline or a few edited words (64-bit SimHash over word shingles).
 * Front door: {@link dateline.dedup.Fingerprint#of} and {@link dateline.dedup.DuplicateIndex}.
 */
package dateline.dedup;
