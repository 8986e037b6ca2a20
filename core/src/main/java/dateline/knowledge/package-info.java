/**
 * Reading Dateline's knowledge files: the tab-separated tables and word lists under {@code src/main/resources}
 * (codebook, dictionaries, cue words, gazetteer, ...). {@link dateline.knowledge.TableFile} is the one reader every
 * loader uses: one syntax for comments and blank lines, and an error naming file and line for a malformed row.
 */
package dateline.knowledge;
