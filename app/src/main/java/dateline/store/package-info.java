/**
 * The embedded store: a DuckDB database (articles, sentences, actors, events, mentions, quotes, places) with
 * versioned migrations, a single transactional writer that deduplicates articles and aggregates events, the
 * queries behind {@code query}, {@code series} and {@code sql}, and a Lucene index over article text.
 * Front door: {@link dateline.store.Store}. Schema: {@code docs/store.md}.
 */
package dateline.store;
