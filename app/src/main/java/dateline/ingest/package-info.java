/**
 * Batch ingestion: expanding inputs (files, directories, globs, JSON Lines, RSS/Atom feeds), coding articles on
 * worker threads (sharing one thread-safe pipeline) and storing them through the store's single writer.
 * Front door: {@link dateline.ingest.Ingester}.
 */
package dateline.ingest;
