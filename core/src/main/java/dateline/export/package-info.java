/**
 * Export formats that need no database: the GDELT 2.0 Event (61 columns) and Mentions (16 columns) layouts,
 * tab-separated writing with escaping, and the PLOVER JSON Lines record. The store fills them.
 */
package dateline.export;
